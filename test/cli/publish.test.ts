import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPublish } from '@/lib/cli/publish';
import { run } from '@/lib/cli/main';
import { makeBackup } from '@/lib/format/backup';
import { exportMlNews } from '@/lib/format/mlnews';
import { itemFrom } from '@/lib/model';
import type { GitHubStandin } from '../github-standin/server';
import { standinWithList, WRITER, READER } from '../publish/standin';

const dir = mkdtempSync(join(tmpdir(), 'paperboy-publish-cli-'));
const items = [
  itemFrom({
    title: 'Routing Without Routers',
    url: 'https://arxiv.org/abs/2611.10001',
    section: 'Research',
    summary: 'One.',
    topics: ['MoE'],
    day: '2026-11-17',
    order: 0,
  }),
  itemFrom({
    title: 'Another Week',
    url: 'https://example.org/other',
    section: 'News',
    summary: 'Not this week.',
    topics: [],
    day: '2026-11-03',
  }),
];
const backup = join(dir, 'backup.json');
writeFileSync(backup, JSON.stringify(makeBackup(items)));
const listFile = join(dir, 'week.md');
writeFileSync(listFile, exportMlNews(items.slice(0, 1)));
const README = '# List\n\n# Index\n\n# 2026\n';

let standin: GitHubStandin;
beforeEach(async () => {
  standin = await standinWithList({ 'README.md': README });
});
afterEach(() => standin.close());

/** Only the stand-in may be asked: a call anywhere else fails the test (no test reaches the internet). */
const localFetch = ((url: string, init?: RequestInit) => {
  if (!url.startsWith(standin.url + '/')) throw new Error(`a test tried to reach ${url}`);
  return fetch(url, init);
}) as typeof fetch;

async function publish(args: string[], token: string | null = WRITER) {
  let out = '';
  let err = '';
  const env = token === null ? {} : { GITHUB_TOKEN: token };
  const code = await runPublish(args, { out: (t) => (out += t), err: (t) => (err += t) }, { env, fetch: localFetch, today: '2026-11-23' });
  return { code, out, err };
}
const log = () => standin.git('curator/list', ['log', '--format=%s', 'main']).split('\n');

describe('paperboy publish', () => {
  it('--dry-run prints the diff and writes nothing', async () => {
    const { code, out, err } = await publish([backup, '--week', '2026-11-18', '--repo', 'curator/list', '--api', standin.url, '--dry-run']);
    expect(code).toBe(0);
    expect(out).toContain('--- a/README.md\n+++ b/README.md\n@@ ');
    expect(out).toContain('+|[Routing Without Routers.](https://arxiv.org/abs/2611.10001) |One. |');
    expect(out).toContain('+* [ML news: Week 16 - 22 November](#ml-news-week-16---22-november)');
    expect(out).not.toContain('Another Week');
    expect(err).toMatch(/dry run: nothing was written/);
    expect(log()).toEqual(['Initial commit']);
  });

  it('commits the week from a backup and prints the commit address; again from a list file: unchanged', async () => {
    const first = await publish([backup, '--week', '2026-11-18', '--repo', 'curator/list', '--api', standin.url]);
    expect(first.code).toBe(0);
    const head = standin.git('curator/list', ['rev-parse', 'main']);
    expect(first.out.trim().split('\n').pop()).toBe(`https://github.com/curator/list/commit/${head}`);
    expect(log()).toEqual(['Add ML news: Week 16 - 22 November', 'Initial commit']);
    const again = await publish([listFile, '--week', '2026-11-18', '--repo', 'curator/list', '--api', standin.url]);
    expect(again).toMatchObject({ code: 0, err: expect.stringMatching(/already holds this week/) });
    expect(log()).toHaveLength(2);
  });

  it('--pr opens a pull request; --format compass --file writes a new month file', async () => {
    const pr = await publish([backup, '--week', '2026-11-18', '--repo', 'curator/list', '--api', standin.url, '--pr']);
    expect(pr.out.trim().split('\n').pop()).toBe('https://github.com/curator/list/pull/1');
    expect(log()).toEqual(['Initial commit']);
    const compass = await publish([
      backup,
      '--week=2026-11-18',
      '--repo=curator/list',
      `--api=${standin.url}`,
      '--format',
      'compass',
      '--file',
      'papers/{month}-{year}.md',
      '--message',
      'Papers of the week',
    ]);
    expect(compass.code).toBe(0);
    expect(log()[0]).toBe('Papers of the week');
    expect(standin.fileAt('curator/list', 'main', 'papers/november-2026.md')).toContain(
      '## Week 3/4\n| Title | Summary | Topics |\n| --- | --- | --- |\n| [Routing Without Routers]',
    );
  });

  it('exits 1 with a message when GitHub refuses, 2 for a mistake in the command', async () => {
    expect(await publish([backup, '--week', '2026-11-18', '--repo', 'curator/list', '--api', standin.url], 'github_pat_bad')).toMatchObject(
      {
        code: 1,
        err: expect.stringMatching(/did not accept the token/),
      },
    );
    expect(await publish([backup, '--week', '2026-11-18', '--repo', 'curator/list', '--api', standin.url], READER)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/not write/),
    });
    expect(await publish([backup, '--week', '2026-11-18', '--repo', 'curator/list'], null)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/GITHUB_TOKEN/),
    });
    expect(await publish([backup, '--week', '18/11/2026', '--repo', 'curator/list'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/YYYY-MM-DD/),
    });
    expect(await publish([backup, '--week', '2026-11-18', '--repo', 'nope'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/owner\/name/),
    });
    expect(await publish([join(dir, 'missing.json'), '--week', '2026-11-18', '--repo', 'curator/list'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/no such file/),
    });
    expect(await publish([backup, '--week', '2026-11-18', '--repo', 'curator/list', '--api', 'http://ghe.example.com'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/https/),
    });
    expect(log()).toEqual(['Initial commit']);
  });

  it('is a command of paperboy', async () => {
    let err = '';
    expect(await run(['publish', backup], { out: () => undefined, err: (t) => (err += t) })).toBe(2);
    expect(err).toMatch(/--week YYYY-MM-DD/);
  });
});
