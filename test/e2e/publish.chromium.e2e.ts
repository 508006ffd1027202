import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { makeBackup } from '@/lib/format/backup';
import { itemFrom } from '@/lib/model';
import { startGitHubStandin, type GitHubStandin } from '../github-standin/server';
import { generatedReadme } from '../publish/generated-readme';
import { CHROMIUM_FLAGS, chromiumPath } from './browser';
import { throwawayCertificate } from './server';

/**
 * Publishing in real Chromium: the test build of the extension, with https://api.github.com served
 * by the GitHub stand-in (a real git repository behind it), through the library page's Publishing
 * section and Publish week dialog. After each publish the stand-in's history is read with git.
 */
const EXTENSION_DIR = resolve(__dirname, '../../.output/chrome-mv3-e2e');
const TOKEN = 'github_pat_e2e_writer_1234567890';
const REPO = 'curator/ml-news';
const BIG = generatedReadme(1.1 * 1024 * 1024, '2026-11-09');

let standin: GitHubStandin;
async function launch(): Promise<{ context: BrowserContext; page: Page; profile: string }> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No test build in ${EXTENSION_DIR}: run \`npm run test:e2e\`.`);
  const profile = mkdtempSync(join(tmpdir(), 'paperboy-publish-profile-'));
  const port = new URL(standin.url).port;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [
      ...CHROMIUM_FLAGS,
      // api.github.com at its real address, served by the stand-in; every other host goes nowhere.
      `--host-resolver-rules=MAP api.github.com 127.0.0.1:${port}, MAP * ~NOTFOUND, EXCLUDE localhost`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/library.html`);
  return { context, page, profile };
}

const log = () => standin.git(REPO, ['log', '--format=%s', 'main']).split('\n');
const week = [
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
    title: 'A Lab Ships Something',
    url: 'https://example.com/ships',
    section: 'News',
    summary: 'Two.',
    topics: [],
    day: '2026-11-18',
    order: 0,
  }),
];

beforeAll(async () => {
  standin = await startGitHubStandin({ tokens: { [TOKEN]: { repos: { [REPO]: 'write' } } }, tls: throwawayCertificate('api.github.com') });
  standin.createRepo(REPO, { 'README.md': BIG });
});
afterAll(async () => {
  await standin?.close();
});

async function setUp(page: Page, token = TOKEN) {
  await page.getByLabel('Repository').fill(REPO);
  await page.getByLabel('Repository').press('Tab');
  await page.getByLabel('Token', { exact: true }).fill(token);
  await page.getByRole('button', { name: 'Save token' }).click();
  await page.getByText('The token is saved in this browser only.').waitFor();
  await page.getByRole('button', { name: 'Test connection' }).click();
}

async function publishWeek(page: Page, format: 'ml-news' | 'compass' = 'ml-news') {
  await page.getByRole('button', { name: 'Publish week' }).first().click();
  if (format === 'compass') {
    await page.getByLabel('Publish as').selectOption('compass');
    await page.getByRole('heading', { name: /Change to research_and_future_trends\// }).waitFor();
  }
  await page.locator('pre.diff').waitFor();
}

it('sets up, publishes a week into a README over 1 MB, publishes again after an edit, and into a new month file', async () => {
  const { context, page, profile } = await launch();
  try {
    await page
      .getByLabel('Restore a backup (JSON)')
      .setInputFiles({ name: 'week.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(makeBackup(week))) });
    await page.getByText('Restored 2 items.').waitFor();

    await setUp(page);
    await page.getByText('Connected to curator/ml-news (public), default branch main.').waitFor();
    await page.getByText(/your account may write to it/).waitFor();
    // The token is never shown again in full.
    expect(await page.getByLabel('Token', { exact: true }).getAttribute('placeholder')).toBe('saved: github_pat_…7890');
    expect(await page.content()).not.toContain(TOKEN);

    await publishWeek(page);
    const diff = await page.locator('pre.diff').innerText();
    expect(diff).toContain('+ * [ML news: Week 16 - 22 November](#ml-news-week-16---22-november)');
    expect(diff).toContain('+ |[Routing Without Routers.](https://arxiv.org/abs/2611.10001) |One. |');
    expect(await page.getByLabel('Commit message').inputValue()).toBe('Add ML news: Week 16 - 22 November');
    await page.getByRole('button', { name: 'Commit' }).click();
    const link = page.getByRole('link', { name: /^[0-9a-f]{7}$/ });
    await link.waitFor();
    const head = standin.git(REPO, ['rev-parse', 'main']);
    expect(await link.getAttribute('href')).toBe(`https://github.com/${REPO}/commit/${head}`);
    expect(log()).toEqual(['Add ML news: Week 16 - 22 November', 'Initial commit']);
    expect(standin.git(REPO, ['diff', '--numstat', 'HEAD~1', 'HEAD'])).toMatch(/^\d+\t0\tREADME\.md$/);

    // Edit an item in the library (as the popup would), then publish again: the block is updated in place.
    await page.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((ok, ko) =>
        Object.assign(indexedDB.open('paperboy'), {
          onsuccess(this: IDBOpenDBRequest) {
            ok(this.result);
          },
          onerror: ko,
        }),
      );
      const store = db.transaction('items', 'readwrite').objectStore('items');
      const item = await new Promise<Record<string, unknown>>((ok) =>
        Object.assign(store.get(id), {
          onsuccess(this: IDBRequest) {
            ok(this.result);
          },
        }),
      );
      await new Promise((ok) => Object.assign(store.put({ ...item, summary: 'One, edited in Paperboy.' }), { onsuccess: ok }));
    }, week[0]!.id);
    await page.reload();
    await publishWeek(page);
    expect(await page.getByLabel('Commit message').inputValue()).toBe('Update ML news: Week 16 - 22 November');
    await page.getByRole('button', { name: 'Commit' }).click();
    await page.getByText(/Committed to main/).waitFor();
    expect(log()[0]).toBe('Update ML news: Week 16 - 22 November');
    const readme = standin.fileAt(REPO, 'main', 'README.md')!;
    expect(readme.split('# ML news: Week 16 - 22 November').length).toBe(2);
    expect(readme).toContain('|[Routing Without Routers.](https://arxiv.org/abs/2611.10001) |One, edited in Paperboy. |');

    // Monthly papers: the month file does not exist yet and is made with its four weeks.
    await page.reload();
    await publishWeek(page, 'compass');
    await page.getByRole('button', { name: 'Commit' }).click();
    await page.getByText(/Committed to main/).waitFor();
    expect(log()[0]).toBe('Add papers: Week 3/4 of November 2026');
    expect(standin.fileAt(REPO, 'main', 'research_and_future_trends/november-2026.md')!.match(/^## Week \d\/4$/gm)).toHaveLength(4);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

it('meets a co-curator\u2019s commit (409) with a new diff; a bad token is told; pulls into an empty library', async () => {
  const { context, page, profile } = await launch();
  try {
    await setUp(page, 'github_pat_wrong_000000000000');
    await page.getByText(/did not accept the token: it is wrong, expired or revoked/).waitFor();
    await setUp(page);
    await page.getByText(/your account may write to it/).waitFor();

    // Pull into an empty library.
    await page.getByRole('button', { name: 'Pull from GitHub' }).click();
    await page.getByText(/README\.md from GitHub: \d+ items \(ML news of the week\)/).waitFor();
    const importButton = page.getByRole('button', { name: /^Import \d+ items$/ });
    const count = Number((await importButton.innerText()).match(/\d+/)![0]);
    await importButton.click();
    await page.getByText(`Imported ${count} items from README.md from GitHub.`).waitFor();

    // Add a week to publish, then race a co-curator between preview and confirm.
    const next = [
      itemFrom({
        title: 'Racing Paper',
        url: 'https://arxiv.org/abs/2611.20002',
        section: 'Research',
        summary: 'Raced.',
        topics: [],
        day: '2026-11-24',
      }),
    ];
    await page
      .getByLabel('Restore a backup (JSON)')
      .setInputFiles({ name: 'next.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(makeBackup(next))) });
    await page.getByText('Restored 1 item.').waitFor();
    await publishWeek(page);
    const current = standin.fileAt(REPO, 'main', 'README.md')!;
    standin.commitFiles(
      REPO,
      'main',
      { 'README.md': current.replace('# ML news of the week (generated for tests)', '# ML news, renamed by a co-curator') },
      'Co-curator renames the list',
    );
    await page.getByRole('button', { name: 'Commit' }).click();
    await page.getByText(/The file changed on GitHub since it was read/).waitFor();
    expect(await page.locator('pre.diff').innerText()).toContain('+ |[Racing Paper.](https://arxiv.org/abs/2611.20002) |Raced. |');
    expect(log()[0]).toBe('Co-curator renames the list');
    await page.getByRole('button', { name: 'Commit' }).click();
    await page.getByText(/Committed to main/).waitFor();
    expect(log().slice(0, 2)).toEqual(['Add ML news: Week 23 - 29 November', 'Co-curator renames the list']);
    expect(standin.fileAt(REPO, 'main', 'README.md')!.startsWith('# ML news, renamed by a co-curator')).toBe(true);

    // Pull-request mode: a new branch and a pull request; the base branch does not move.
    await page.getByRole('button', { name: 'Publish week' }).first().click(); // closes the dialog
    await page.getByLabel('Mode').selectOption('pull-request');
    const more = [
      itemFrom({
        title: 'Reviewed Paper',
        url: 'https://arxiv.org/abs/2611.20003',
        section: 'News',
        summary: 'For review.',
        topics: [],
        day: '2026-11-25',
      }),
    ];
    await page
      .getByLabel('Restore a backup (JSON)')
      .setInputFiles({ name: 'more.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(makeBackup(more))) });
    await page.getByText('Restored 1 item.').waitFor();
    const base = standin.git(REPO, ['rev-parse', 'main']);
    await publishWeek(page);
    await page.getByRole('button', { name: 'Open pull request' }).click();
    const pr = page.getByRole('link', { name: 'pull request #1' });
    await pr.waitFor();
    expect(await pr.getAttribute('href')).toBe(`https://github.com/${REPO}/pull/1`);
    expect(standin.git(REPO, ['rev-parse', 'main'])).toBe(base);
    expect(standin.pullRequests(REPO)).toEqual([
      expect.objectContaining({ head: 'paperboy/ml-news-2026-11-23', base: 'main', title: 'Update ML news: Week 23 - 29 November' }),
    ]);
    expect(standin.git(REPO, ['log', '-1', '--format=%s', 'paperboy/ml-news-2026-11-23'])).toBe('Update ML news: Week 23 - 29 November');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
