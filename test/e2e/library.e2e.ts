import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser } from './use-browser';
import { SEEDS_DIR } from '../fixtures';

/** The full-page library: import a real list file, search, back up and restore. */
const browser = useBrowser();
const chromium = () => {
  const h = browser();
  if (h.browser !== 'chromium') throw new Error('This flow drives the library page with Playwright: Chromium only.');
  return h;
};

it('imports a real list file, repaired, and finds its items', async () => {
  const h = chromium();
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/library.html`);
  await page.getByLabel('List file (markdown)').setInputFiles({
    name: 'april-2025.md',
    mimeType: 'text/markdown',
    buffer: readFileSync(join(SEEDS_DIR, '002_ccd260a6e3ccae10.txt')),
  });
  await page.getByText('april-2025.md: 10 items (Monthly papers by week)').waitFor();
  await page.getByRole('button', { name: 'Import 10 items' }).click();
  await page.getByText('Imported 10 items from april-2025.md.').waitFor();
  await page.getByLabel('Search').fill('smolvlm');
  // The page renders after the input event: wait for the filtered list, do not read it at once.
  await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
  expect(await page.locator('tbody tr').first().innerText()).toContain('SmolVLM: Redefining small and efficient multimodal models');

  // Importing the same file again adds nothing.
  await page
    .getByLabel('List file (markdown)')
    .setInputFiles({ name: 'april-2025.md', mimeType: 'text/markdown', buffer: readFileSync(join(SEEDS_DIR, '002_ccd260a6e3ccae10.txt')) });
  await page.getByRole('button', { name: 'Import 10 items' }).click();
  await page.getByText('Imported 0 items from april-2025.md; 10 already in the library were skipped.').waitFor();

  // A backup downloads as JSON with every item.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()]);
  const backup = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(backup).toMatchObject({ format: 'paperboy-backup', version: 1 });
  expect(backup.items).toHaveLength(10);

  // A malformed backup is refused whole, with the reason.
  await page
    .getByLabel('Restore a backup (JSON)')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"items": [{"title": "x"}]}') });
  await page.getByText('broken.json: 1 item was rejected, so nothing was restored.').waitFor();
  expect(await page.getByText('items[0]:').innerText()).toContain('is not an http(s) address');

  // A file that is no list is refused with a message.
  await page
    .getByLabel('List file (markdown)')
    .setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# notes\n') });
  await page.getByText('notes.md is not a list Paperboy reads').waitFor();
  await page.close();
});

it('shows a change made in one view in the others', async () => {
  const h = chromium();
  const library = await h.context.newPage();
  await library.goto(`chrome-extension://${h.extensionId}/library.html`);
  const before = await library.locator('tbody tr').count();
  await h.visit('https://arxiv.org/abs/math/0211159v1');
  const popup = await h.openPopup();
  await popup.click('text=Save');
  await popup.waitFor(`document.body.innerText.includes('Saved to')`, 'the saved message');
  await library.locator('tbody tr').nth(before).waitFor();
  expect(await library.getByText('The entropy formula for the Ricci flow and its geometric applications').count()).toBe(1);
  await library.close();
});

it('restores a backup of years of lists and shows it a page of weeks at a time', async () => {
  const h = chromium();
  const { makeLibrary } = await import('../../bench/library-data');
  const items = makeLibrary(5_000, { realistic: true }).map(({ paperKey: _key, ...item }) => item);
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/library.html`);
  const started = Date.now();
  await page.getByLabel('Restore a backup (JSON)').setInputFiles({
    name: 'years.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'paperboy-backup', version: 1, items })),
  });
  await page.getByText('Restored 5000 items').waitFor({ timeout: 30_000 });
  expect(Date.now() - started).toBeLessThan(15_000);
  // The message comes after the weeks are read back, so they are on the page already.
  expect(await page.locator('.library h3').count()).toBe(12);
  await page.getByRole('button', { name: /^Show 12 more weeks/ }).click();
  await page.locator('.library h3').nth(23).waitFor();
  expect(await page.locator('.library h3').count()).toBe(24);

  // Opened again, it shows the newest weeks first, then reads everything for search and more weeks.
  await page.reload();
  await page.locator('.library h3').nth(11).waitFor();
  await page.getByRole('button', { name: /^Show 12 more weeks/ }).waitFor();
  expect(await page.locator('.library h3').count()).toBe(12);
  expect(await page.locator('header .hint').innerText()).toMatch(/^50\d\d items$/);
  // Search covers every item, the imported April list among them.
  await page.getByLabel('Search').fill('smolvlm');
  await expect.poll(() => page.locator('.library h3').count()).toBe(1);
  await page.close();
});
