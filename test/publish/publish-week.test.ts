import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commitMessage, describeAccess, preparePublish, publishWeek, targetPath, type PublishTarget } from '@/lib/publish/publish-week';
import { GitHubError, type GitHubApi, type RemoteFile } from '@/lib/publish/github-api';
import { gitBlobSha } from '@/lib/publish/github-api';
import type { WeekItem } from '@/lib/publish/merge-result';
import type { GitHubStandin } from '../github-standin/server';
import { apiFor, READER, standinWithList } from './standin';
import { generatedReadme } from './generated-readme';

const README = readFileSync(join(__dirname, '../fixtures/publish/ml-news-readme.md'), 'utf8');
const today = '2026-11-23';
const week: WeekItem[] = [
  {
    title: 'Routing Without Routers',
    url: 'https://arxiv.org/abs/2611.10001',
    section: 'Research',
    summary: 'One.',
    topics: ['MoE'],
    day: '2026-11-17',
  },
  { title: 'A Lab Ships Something', url: 'https://example.com/ships', section: 'News', summary: 'Two.', topics: [], day: '2026-11-19' },
];
const mlNews: PublishTarget = { repo: 'curator/list', format: 'ml-news', mode: 'commit' };
const accept = async () => null as string | null;
const confirmWith =
  (message = '') =>
  async () =>
    message;

describe('publish flow, with a fake GitHub', () => {
  /** A GitHub in memory: one branch, one file; `changeBeforeWrite` makes the next write meet a changed file once. */
  function fakeGitHub(text: string | null) {
    const state = {
      text,
      sha: 'sha-0',
      head: 'head-0',
      writes: [] as { text: string; sha: string | null; branch: string }[],
      changeBeforeWrite: null as string | null,
    };
    const api: GitHubApi = {
      base: 'https://api.github.com',
      getRepository: async () => ({
        fullName: 'curator/list',
        defaultBranch: 'main',
        private: false,
        htmlUrl: '',
        permissions: { admin: false, push: true, pull: true },
      }),
      getBranchHead: async (_repo, branch) => (branch === 'main' ? state.head : null),
      getFile: async (_repo, path) =>
        state.text === null ? null : ({ path, sha: state.sha, text: state.text, size: state.text.length } satisfies RemoteFile),
      putFile: async (_repo, change) => {
        if (state.changeBeforeWrite !== null) {
          state.text = state.changeBeforeWrite;
          state.sha = 'sha-by-someone-else';
          state.changeBeforeWrite = null;
        }
        if ((state.text === null ? null : state.sha) !== change.sha) throw new GitHubError('conflict', 'changed', 409);
        state.writes.push({ text: change.text, sha: change.sha, branch: change.branch });
        state.text = change.text;
        state.sha = `sha-${state.writes.length}`;
        return {
          commitSha: `c${state.writes.length}`,
          commitUrl: `https://github.com/curator/list/commit/c${state.writes.length}`,
          fileSha: state.sha,
        };
      },
      createBranch: async () => undefined,
      createPullRequest: async () => ({ number: 7, url: 'https://github.com/curator/list/pull/7' }),
    };
    return { api, state };
  }

  it('shows the diff and the commit message before anything is written, and writes nothing when cancelled', async () => {
    const { api, state } = fakeGitHub(README);
    const seen: string[] = [];
    const outcome = await publishWeek(api, mlNews, '2026-11-18', week, {
      today,
      confirm: async (plan) => {
        seen.push(plan.message, plan.diff.flatMap((h) => h.lines.filter((l) => l.kind === '+').map((l) => l.text)).join('\n'));
        return null;
      },
    });
    expect(outcome.kind).toBe('cancelled');
    expect(state.writes).toEqual([]);
    expect(seen[0]).toBe('Add ML news: Week 16 - 22 November');
    expect(seen[1]).toContain('* [ML news: Week 16 - 22 November](#ml-news-week-16---22-november)');
    expect(seen[1]).toContain('|[Routing Without Routers.](https://arxiv.org/abs/2611.10001) |One. |');
  });

  it('on 409 reads again, merges again into the new text, and shows the new diff', async () => {
    const { api, state } = fakeGitHub(README);
    const coCurator = README.replace('Some words the curator wrote by hand', 'Words a co-curator changed');
    state.changeBeforeWrite = coCurator;
    const reasons: string[] = [];
    const outcome = await publishWeek(api, mlNews, '2026-11-18', week, {
      today,
      confirm: async (plan, reason) => {
        reasons.push(reason);
        return 'My message';
      },
    });
    expect(reasons).toEqual(['first', 'changed-on-github']);
    expect(outcome.kind).toBe('published');
    expect(state.writes).toHaveLength(1);
    expect(state.writes[0]!.text).toContain('Words a co-curator changed');
    expect(state.writes[0]!.text).toContain('# ML news: Week 16 - 22 November');
  });

  it('gives up after the attempts and leaves the remote file and the week as they were', async () => {
    const { api, state } = fakeGitHub(README);
    api.putFile = async () => {
      throw new GitHubError('conflict', 'changed', 409);
    };
    await expect(publishWeek(api, mlNews, '2026-11-18', week, { today, confirm: confirmWith(), attempts: 2 })).rejects.toMatchObject({
      kind: 'conflict',
    });
    expect(state.text).toBe(README);
  });

  it('says "unchanged" when the file already holds the week as it is', async () => {
    const { api } = fakeGitHub(README);
    await publishWeek(api, mlNews, '2026-11-18', week, { today, confirm: confirmWith() });
    expect((await publishWeek(api, mlNews, '2026-11-18', week, { today, confirm: accept })).kind).toBe('unchanged');
  });

  it('refuses a read-only token before reading the file', async () => {
    const { api } = fakeGitHub(README);
    api.getRepository = async () => ({
      fullName: 'curator/list',
      defaultBranch: 'main',
      private: false,
      htmlUrl: '',
      permissions: { admin: false, push: false, pull: true },
    });
    await expect(preparePublish(api, mlNews, '2026-11-18', week)).rejects.toMatchObject({
      kind: 'forbidden',
      message: expect.stringMatching(/can read curator\/list but not write/),
    });
  });

  it('refuses a week with no item, before asking GitHub anything', async () => {
    const { api } = fakeGitHub(README);
    api.getRepository = async () => {
      throw new Error('GitHub was asked');
    };
    await expect(preparePublish(api, mlNews, '2026-11-30', week)).rejects.toMatchObject({
      kind: 'bad-input',
      message: 'There is no item in ML news: Week 30 November - 6 December: nothing to publish.',
    });
  });

  it('knows the period a week is published as', async () => {
    const { inPublishedPeriod } = await import('@/lib/publish/publish-week');
    // The week of Monday 2026-11-02 straddles days 1-7 and 8-14 of the month file.
    expect(['2026-11-02', '2026-11-07', '2026-11-08'].map(inPublishedPeriod('compass', '2026-11-02'))).toEqual([true, true, false]);
    expect(['2026-11-02', '2026-11-08', '2026-11-09'].map(inPublishedPeriod('ml-news', '2026-11-05'))).toEqual([true, true, false]);
  });

  it('names files and commits', () => {
    expect(targetPath({ format: 'compass' }, '2025-04-20')).toBe('research_and_future_trends/april-2025.md');
    expect(targetPath({ format: 'ml-news', file: '/README.md' }, '2025-04-20')).toBe('README.md');
    expect(() => targetPath({ format: 'ml-news', file: '../x.md' }, '2025-04-20')).toThrow(/not a file path/);
    expect(commitMessage('ml-news', '2025-11-20', true)).toBe('Add ML news: Week 17 - 23 November');
    expect(commitMessage('compass', '2026-11-20', false)).toBe('Update papers: Week 3/4 of November 2026');
  });
});

describe('publish flow, against the stand-in GitHub (real git)', () => {
  let standin: GitHubStandin;
  const BIG = generatedReadme(1.1 * 1024 * 1024, '2026-11-09');
  beforeEach(async () => {
    standin = await standinWithList({ 'README.md': BIG });
  });
  afterEach(() => standin.close());
  const log = (ref = 'main') => standin.git('curator/list', ['log', '--format=%s', ref]).split('\n');

  it('publishes a week into a README over 1 MB, then again after an edit: one commit each, one block', async () => {
    const api = apiFor(standin);
    const first = await publishWeek(api, mlNews, '2026-11-18', week, { today, confirm: confirmWith() });
    expect(first.kind).toBe('published');
    expect(log()).toEqual(['Add ML news: Week 16 - 22 November', 'Initial commit']);
    const after = standin.fileAt('curator/list', 'main', 'README.md')!;
    expect(after.length).toBeGreaterThan(1024 * 1024);
    expect(
      after
        .replace(/\n# ML news: Week 16 - 22 November\n[\s\S]*?\[Back to index\]\(#Index\)\n\n/, '\n')
        .replace('* [ML news: Week 16 - 22 November](#ml-news-week-16---22-november)\n', ''),
    ).toBe(BIG);
    if (first.kind === 'published')
      expect(first.done.commitUrl).toBe(`https://github.com/curator/list/commit/${standin.git('curator/list', ['rev-parse', 'main'])}`);

    const edited = [{ ...week[0]!, summary: 'One, edited.' }, week[1]!];
    const second = await publishWeek(api, mlNews, '2026-11-18', edited, { today, confirm: confirmWith() });
    expect(second.kind).toBe('published');
    expect(log()).toEqual(['Update ML news: Week 16 - 22 November', 'Add ML news: Week 16 - 22 November', 'Initial commit']);
    const text = standin.fileAt('curator/list', 'main', 'README.md')!;
    expect(text.split('# ML news: Week 16 - 22 November').length).toBe(2);
    expect(text).toContain('|One, edited. |');
    expect(standin.git('curator/list', ['diff', '--numstat', 'HEAD~1', 'HEAD'])).toBe('1\t1\tREADME.md');
  });

  it('meets a co-curator\u2019s commit between preview and confirm (409): reads again, keeps their change, shows a new diff', async () => {
    const api = apiFor(standin);
    const reasons: string[] = [];
    await publishWeek(api, mlNews, '2026-11-18', week, {
      today,
      confirm: async (plan, reason) => {
        reasons.push(reason);
        if (reason === 'first') {
          standin.commitFiles(
            'curator/list',
            'main',
            { 'README.md': BIG.replace('# ML news of the week (generated for tests)', '# ML news, renamed by a co-curator') },
            'Co-curator renames the list',
          );
        }
        return '';
      },
    });
    expect(reasons).toEqual(['first', 'changed-on-github']);
    expect(log()).toEqual(['Add ML news: Week 16 - 22 November', 'Co-curator renames the list', 'Initial commit']);
    const text = standin.fileAt('curator/list', 'main', 'README.md')!;
    expect(text.startsWith('# ML news, renamed by a co-curator')).toBe(true);
    expect(text).toContain('# ML news: Week 16 - 22 November');
  });

  it('creates a month file that does not exist, with its four weeks', async () => {
    const api = apiFor(standin);
    const target: PublishTarget = { repo: 'curator/list', format: 'compass', mode: 'commit' };
    await publishWeek(api, target, '2026-11-18', week, { today, confirm: confirmWith() });
    expect(log()[0]).toBe('Add papers: Week 3/4 of November 2026');
    const text = standin.fileAt('curator/list', 'main', 'research_and_future_trends/november-2026.md')!;
    expect(text.match(/^## Week \d\/4$/gm)).toEqual(['## Week 1/4', '## Week 2/4', '## Week 3/4', '## Week 4/4']);
    expect(text).toContain('| [Routing Without Routers](https://arxiv.org/pdf/2611.10001) | One. | MoE |');
  });

  it('opens a pull request from a new branch, leaving the base branch alone; a second one gets a new branch', async () => {
    const api = apiFor(standin);
    const target: PublishTarget = { ...mlNews, mode: 'pull-request' };
    const base = standin.git('curator/list', ['rev-parse', 'main']);
    const outcome = await publishWeek(api, target, '2026-11-18', week, { today, confirm: confirmWith() });
    expect(outcome.kind === 'published' && outcome.done.pullRequest).toEqual({ number: 1, url: 'https://github.com/curator/list/pull/1' });
    expect(standin.git('curator/list', ['rev-parse', 'main'])).toBe(base);
    expect(log('paperboy/ml-news-2026-11-16')).toEqual(['Add ML news: Week 16 - 22 November', 'Initial commit']);
    await publishWeek(api, target, '2026-11-18', [{ ...week[0]!, summary: 'Changed.' }], { today, confirm: confirmWith() });
    expect(standin.pullRequests('curator/list').map((p) => p.head)).toEqual([
      'paperboy/ml-news-2026-11-16',
      'paperboy/ml-news-2026-11-16-2',
    ]);
    expect(standin.git('curator/list', ['rev-parse', 'main'])).toBe(base);
  });

  it('a read-only token, a wrong token, a missing branch: clear errors, nothing written', async () => {
    const head = standin.git('curator/list', ['rev-parse', 'main']);
    await expect(publishWeek(apiFor(standin, READER), mlNews, '2026-11-18', week, { today, confirm: confirmWith() })).rejects.toMatchObject(
      { kind: 'forbidden' },
    );
    await expect(
      publishWeek(apiFor(standin, 'github_pat_nope'), mlNews, '2026-11-18', week, { today, confirm: confirmWith() }),
    ).rejects.toMatchObject({ kind: 'bad-token' });
    await expect(
      publishWeek(apiFor(standin), { ...mlNews, branch: 'gone' }, '2026-11-18', week, { today, confirm: confirmWith() }),
    ).rejects.toMatchObject({
      kind: 'not-found',
      message: expect.stringMatching(/branch gone/),
    });
    expect(standin.git('curator/list', ['rev-parse', 'main'])).toBe(head);
    expect(log()).toEqual(['Initial commit']);
  });

  it('tests the connection in words', async () => {
    expect(await describeAccess(apiFor(standin), 'curator/list')).toEqual({
      ok: true,
      lines: [
        'Connected to curator/list (public), default branch main.',
        expect.stringMatching(/your account may write to it/),
        expect.stringMatching(/GitHub will refuse the first write/),
      ],
    });
    const readOnly = await describeAccess(apiFor(standin, READER), 'curator/list', 'nope');
    expect(readOnly.ok).toBe(false);
    expect(readOnly.lines.join(' ')).toMatch(/branch nope does not exist.*can only read/);
  });

  it('the blob sha Paperboy computes is git\u2019s', async () => {
    const bytes = new TextEncoder().encode(BIG);
    expect(await gitBlobSha(bytes)).toBe(standin.git('curator/list', ['rev-parse', 'main:README.md']));
  });
});

describe('pull from GitHub', () => {
  it('reads the list file whole for the importer, and says when there is none', async () => {
    const { fetchListFile } = await import('@/lib/publish/publish-week');
    const { readList } = await import('@/lib/format/list-reader');
    const standin = await standinWithList({ 'README.md': README });
    try {
      const pulled = (await fetchListFile(apiFor(standin), mlNews, '2026-11-18'))!;
      expect(pulled).toMatchObject({ path: 'README.md', branch: 'main', text: README });
      expect(readList(pulled.text, { fileName: pulled.path, today }).items.map((i) => i.title)).toContain('Imaginary Scaling Laws');
      expect(await fetchListFile(apiFor(standin), { ...mlNews, format: 'compass' }, '2026-11-18')).toBeNull();
    } finally {
      await standin.close();
    }
  });
});
