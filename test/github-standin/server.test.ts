import { standinWithList, WRITER } from '../publish/standin';
import type { GitHubStandin } from './server';

/** The stand-in itself: the documented behaviour the publishing tests rely on. */
let standin: GitHubStandin;
const big = 'x'.repeat(1024 * 1024) + '\n';
beforeAll(async () => {
  standin = await standinWithList({ 'README.md': '# small\n', 'big.md': big });
});
afterAll(() => standin.close());

const call = (path: string, init: RequestInit = {}, token = WRITER) =>
  fetch(standin.url + path, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) },
  });

describe('GitHub stand-in', () => {
  it('sends a file over 1 MB in JSON without content (encoding "none"), whole with the raw media type', async () => {
    const json = await (await call('/repos/curator/list/contents/big.md')).json();
    expect(json).toMatchObject({
      type: 'file',
      encoding: 'none',
      content: '',
      size: big.length,
      sha: standin.git('curator/list', ['rev-parse', 'main:big.md']),
    });
    const raw = await call('/repos/curator/list/contents/big.md', { headers: { Accept: 'application/vnd.github.raw+json' } });
    expect(await raw.text()).toBe(big);
    const small = await (await call('/repos/curator/list/contents/README.md')).json();
    expect(Buffer.from(small.content, 'base64').toString()).toBe('# small\n');
    expect(small.encoding).toBe('base64');
  });

  it('refuses a non-fast-forward ref update with 422 unless forced, and counts the rate limit down', async () => {
    const first = standin.git('curator/list', ['rev-parse', 'main']);
    const second = standin.commitFiles('curator/list', 'main', { 'a.md': 'a\n' }, 'Second');
    const back = await call('/repos/curator/list/git/refs/heads/main', { method: 'PATCH', body: JSON.stringify({ sha: first }) });
    expect(back.status).toBe(422);
    expect((await back.json()).message).toBe('Update is not a fast forward');
    expect(standin.git('curator/list', ['rev-parse', 'main'])).toBe(second);
    const a = Number((await call('/repos/curator/list')).headers.get('x-ratelimit-remaining'));
    const b = Number((await call('/repos/curator/list')).headers.get('x-ratelimit-remaining'));
    expect(b).toBe(a - 1);
  });

  it('asks for the sha of a file it replaces (422), and refuses a stale one (409)', async () => {
    const content = Buffer.from('new\n').toString('base64');
    const missing = await call('/repos/curator/list/contents/README.md', {
      method: 'PUT',
      body: JSON.stringify({ message: 'm', content }),
    });
    expect(missing.status).toBe(422);
    const stale = await call('/repos/curator/list/contents/README.md', {
      method: 'PUT',
      body: JSON.stringify({ message: 'm', content, sha: '0'.repeat(40) }),
    });
    expect(stale.status).toBe(409);
    expect(standin.fileAt('curator/list', 'main', 'README.md')).toBe('# small\n');
  });

  it('hides repositories a token cannot see (404), and answers an unknown token with 401', async () => {
    expect((await call('/repos/someone/else')).status).toBe(404);
    expect((await call('/repos/curator/list', {}, 'nope')).status).toBe(401);
  });
});
