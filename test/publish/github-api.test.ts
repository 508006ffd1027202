import { createGitHubApi, GitHubError, gitBlobSha, parseApiBase, parseRepo, utf8ToBase64 } from '@/lib/publish/github-api';
import type { GitHubStandin } from '../github-standin/server';
import { apiFor, READER, standinWithList, WRITER } from './standin';
import { generatedReadme } from './generated-readme';

const repo = { owner: 'curator', name: 'list' };
const BIG = generatedReadme(1.1 * 1024 * 1024);
const UNICODE = 'Ünïcödé — “quotes” 🙂 𝔘 中文\r\nno final newline';

let standin: GitHubStandin;
beforeAll(async () => {
  standin = await standinWithList({ 'README.md': BIG, 'notes/small.md': UNICODE });
});
afterAll(() => standin.close());

async function failure(promise: Promise<unknown>): Promise<GitHubError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(GitHubError);
    return error as GitHubError;
  }
  throw new Error('expected a failure');
}

describe('GitHub API client against the stand-in', () => {
  it('reads the repository, its default branch and what the token may do', async () => {
    expect(await apiFor(standin).getRepository(repo)).toMatchObject({
      fullName: 'curator/list',
      defaultBranch: 'main',
      permissions: { push: true, pull: true, admin: false },
    });
    expect((await apiFor(standin, READER).getRepository(repo)).permissions).toEqual({ push: false, pull: true, admin: false });
  });

  it('reads a file over 1 MB whole with the raw media type, checked against git\u2019s blob sha', async () => {
    const api = apiFor(standin);
    const head = (await api.getBranchHead(repo, 'main'))!;
    const file = (await api.getFile(repo, 'README.md', head))!;
    expect(file.text).toBe(BIG);
    expect(file.sha).toBe(standin.git('curator/list', ['rev-parse', 'main:README.md']));
    const reads = standin.requests.filter((r) => r.path.startsWith('/repos/curator/list/contents/README.md'));
    expect(reads.map((r) => r.accept)).toEqual(['application/vnd.github+json', 'application/vnd.github.raw+json']);
  });

  it('writes and reads back any Unicode, CRLF and a missing final newline byte for byte', async () => {
    const api = apiFor(standin);
    const before = (await api.getFile(repo, 'notes/small.md', 'main'))!;
    expect(before.text).toBe(UNICODE);
    const text = UNICODE + ' — edited 🙃';
    const done = await api.putFile(repo, { path: 'notes/small.md', text, message: 'Edit small', branch: 'main', sha: before.sha });
    expect(standin.fileAt('curator/list', 'main', 'notes/small.md')).toBe(text);
    expect(done.fileSha).toBe(await gitBlobSha(new TextEncoder().encode(text)));
    expect(standin.git('curator/list', ['log', '-1', '--format=%H %s', 'main'])).toBe(`${done.commitSha} Edit small`);
    expect(done.commitUrl).toBe(`https://github.com/curator/list/commit/${done.commitSha}`);
  });

  it('answers a stale sha with a conflict and leaves the branch where it was', async () => {
    const api = apiFor(standin);
    const stale = (await api.getFile(repo, 'notes/small.md', 'main'))!;
    standin.commitFiles('curator/list', 'main', { 'notes/small.md': 'changed by a co-curator\n' }, 'Co-curator edit');
    const head = standin.git('curator/list', ['rev-parse', 'main']);
    const error = await failure(
      api.putFile(repo, { path: 'notes/small.md', text: 'mine', message: 'Mine', branch: 'main', sha: stale.sha }),
    );
    expect(error).toMatchObject({ kind: 'conflict', status: 409 });
    expect(standin.git('curator/list', ['rev-parse', 'main'])).toBe(head);
  });

  it('creates a branch once, never moves an existing one, and opens a pull request', async () => {
    const api = apiFor(standin);
    const head = (await api.getBranchHead(repo, 'main'))!;
    await api.createBranch(repo, 'paperboy/test', head);
    expect(await failure(api.createBranch(repo, 'paperboy/test', head))).toMatchObject({ kind: 'validation', status: 422 });
    const file = (await api.getFile(repo, 'notes/small.md', 'paperboy/test'))!;
    await api.putFile(repo, {
      path: 'notes/small.md',
      text: 'on a branch\n',
      message: 'Branch edit',
      branch: 'paperboy/test',
      sha: file.sha,
    });
    const pr = await api.createPullRequest(repo, { title: 'Branch edit', head: 'paperboy/test', base: 'main', body: 'Why' });
    expect(pr).toEqual({ number: 1, url: 'https://github.com/curator/list/pull/1' });
    expect(standin.pullRequests('curator/list')).toEqual([
      expect.objectContaining({ head: 'paperboy/test', base: 'main', title: 'Branch edit' }),
    ]);
    expect(standin.git('curator/list', ['rev-parse', 'main'])).toBe(head);
  });

  it('says in words what went wrong: 401, 403 read-only, 404 repository / branch / file', async () => {
    expect(await failure(createGitHubApi({ token: 'github_pat_wrong', baseUrl: standin.url, fetch }).getRepository(repo))).toMatchObject({
      kind: 'bad-token',
      status: 401,
      message: expect.stringMatching(/wrong, expired or revoked/),
    });
    const reader = apiFor(standin, READER);
    const file = (await reader.getFile(repo, 'README.md', 'main'))!;
    const denied = await failure(reader.putFile(repo, { path: 'README.md', text: 'x', message: 'x', branch: 'main', sha: file.sha }));
    expect(denied).toMatchObject({ kind: 'forbidden', status: 403, message: expect.stringMatching(/Contents read and write/) });
    expect(await failure(apiFor(standin).getRepository({ owner: 'curator', name: 'missing' }))).toMatchObject({
      kind: 'not-found',
      message: expect.stringMatching(/repository curator\/missing/),
    });
    expect(await apiFor(standin).getBranchHead(repo, 'no-such-branch')).toBeNull();
    expect(await apiFor(standin).getFile(repo, 'no/such.md', 'main')).toBeNull();
    expect(await failure(apiFor(standin).getFile(repo, 'README.md', 'no-such-branch'))).toMatchObject({ kind: 'not-found' });
  });

  it('reports a used-up rate limit with the time it resets, from the headers that counted down', async () => {
    const api = apiFor(standin, READER);
    standin.setRemaining(READER, 1);
    await api.getRepository(repo);
    const error = await failure(api.getRepository(repo));
    expect(error.kind).toBe('rate-limited');
    expect(error.resetAt!.getTime()).toBeGreaterThan(Date.now());
    expect(error.message).toContain(error.resetAt!.toISOString().slice(0, 16));
    standin.setRemaining(READER, 5000);
  });

  it('sends CORS headers like api.github.com, so an extension page may call it', async () => {
    const preflight = await fetch(`${standin.url}/repos/curator/list/contents/README.md`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abc',
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'authorization,content-type,x-github-api-version',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/X-GitHub-Api-Version/);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/PUT/);
  });
});

describe('GitHub API client, answers a stand-in does not give', () => {
  const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    (async () => new Response(JSON.stringify(body), { status, headers })) as unknown as typeof fetch;

  it('says when a secondary rate limit asks to wait', async () => {
    const api = createGitHubApi({
      token: WRITER,
      fetch: answer(403, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '42' }),
    });
    expect(await failure(api.getRepository(repo))).toMatchObject({
      kind: 'rate-limited',
      retryAfter: 42,
      message: expect.stringMatching(/42 seconds/),
    });
  });

  it('says when there is no network, and never puts the token in a message', async () => {
    const offline = (async (url: string) => {
      throw new TypeError(`fetch failed for ${url} with ${WRITER}`);
    }) as unknown as typeof fetch;
    const error = await failure(createGitHubApi({ token: WRITER, fetch: offline }).getRepository(repo));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/could not be reached at https:\/\/api\.github\.com/);
    expect(error.message).not.toContain(WRITER);
    const echoed = await failure(createGitHubApi({ token: WRITER, fetch: answer(422, { message: `bad ${WRITER}` }) }).getRepository(repo));
    expect(echoed.message).not.toContain(WRITER);
  });

  it('never writes what it could not read whole: a wrong checksum is a conflict', async () => {
    const lying = (async () =>
      new Response(JSON.stringify({ type: 'file', encoding: 'base64', size: 5, content: utf8ToBase64('hello'), sha: '0'.repeat(40) }), {
        status: 200,
      })) as unknown as typeof fetch;
    expect(await failure(createGitHubApi({ token: WRITER, fetch: lying }).getFile(repo, 'README.md', 'main'))).toMatchObject({
      kind: 'conflict',
    });
  });

  it('sends the documented headers to the configured address', async () => {
    const seen: { url: string; headers: Record<string, string> }[] = [];
    const spy = (async (url: string, init: RequestInit) => {
      seen.push({ url, headers: init.headers as Record<string, string> });
      return new Response(JSON.stringify({ full_name: 'a/b', default_branch: 'trunk', private: true, html_url: 'x' }), { status: 200 });
    }) as unknown as typeof fetch;
    await createGitHubApi({ token: WRITER, baseUrl: 'https://ghe.example.com/api/v3/', fetch: spy }).getRepository({
      owner: 'a',
      name: 'b',
    });
    expect(seen).toEqual([
      {
        url: 'https://ghe.example.com/api/v3/repos/a/b',
        headers: { Accept: 'application/vnd.github+json', Authorization: `Bearer ${WRITER}`, 'X-GitHub-Api-Version': '2022-11-28' },
      },
    ]);
  });

  it('checks repository names and API addresses before sending a token anywhere', () => {
    expect(parseRepo(' https://github.com/SalvatoreRa/ML-news-of-the-week.git ')).toEqual({
      owner: 'SalvatoreRa',
      name: 'ML-news-of-the-week',
    });
    expect(() => parseRepo('just-a-name')).toThrow(/owner\/name/);
    expect(() => parseRepo('a/b/c')).toThrow(/owner\/name/);
    expect(parseApiBase('')).toBe('https://api.github.com');
    expect(() => parseApiBase('http://ghe.example.com/api/v3')).toThrow(/https/);
    expect(parseApiBase('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
  });

  it('encodes any Unicode as UTF-8 base64', () => {
    expect(Buffer.from(utf8ToBase64(UNICODE), 'base64').toString('utf8')).toBe(UNICODE);
    expect(utf8ToBase64('x'.repeat(100_000) + '🙂')).toBe(Buffer.from('x'.repeat(100_000) + '🙂').toString('base64'));
  });
});
