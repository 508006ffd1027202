import { useBrowser } from './use-browser';
import { listFixture } from '../fixtures';
import { makeBackup } from '@/lib/format/backup';

/** A monthly papers file with the defects real ones show (mojibake, a duplicate, a row waiting for its link). */
const aprilFile = () => Buffer.from(listFixture('april-2025.md').text);

/** The full-page library: import a real list file, search, back up and restore. */
const browser = useBrowser();

it('imports a real list file, repaired, and finds its items', async () => {
  const h = browser();
  const page = await h.openExtensionTab('library.html');
  await page.pickFile('List file (markdown)', {
    name: 'april-2025.md',
    mimeType: 'text/markdown',
    buffer: aprilFile(),
  });
  await page.waitForText('april-2025.md: 10 items (Monthly papers by week)');
  await page.clickButton('Import 10 items');
  await page.waitForText('Imported 10 items from april-2025.md.');
  await page.fill('Search', 'probing');
  // The page renders after the input event: wait for the filtered list, do not read it at once.
  await expect.poll(() => page.count('tbody tr')).toBe(1);
  expect(await page.innerText('tbody tr')).toContain('Probing Whether Models Know They\u2019re Right');

  // The row imported without a link waits for it, and says so.
  await page.fill('Search', 'survey the curator');
  await expect.poll(() => page.count('tbody tr')).toBe(1);
  expect(await page.innerText('tbody tr')).toContain('No Link Yet For This Survey needs a link');

  // Importing the same file again adds nothing.
  await page.pickFile('List file (markdown)', {
    name: 'april-2025.md',
    mimeType: 'text/markdown',
    buffer: aprilFile(),
  });
  await page.clickButton('Import 10 items');
  await page.waitForText('Imported 0 items from april-2025.md; 10 already in the library were skipped.');

  // A backup downloads as JSON with every item.
  const backup = JSON.parse(await page.download('Download backup'));
  expect(backup).toMatchObject({ format: 'paperboy-backup', version: 2 });
  expect(backup.items).toHaveLength(10);
  // Each item's day under `day` (version 1 named it `week`): an April 2025 list's days.
  expect(backup.items.every((item: Record<string, unknown>) => /^2025-04-\d\d$/.test(String(item.day)) && !('week' in item))).toBe(true);

  // A malformed backup is refused whole, with the reason.
  await page.pickFile('Restore a backup (JSON)', {
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"items": [{"title": "x"}]}'),
  });
  await page.waitForText('broken.json: 1 item was rejected, so nothing was restored.');
  expect(await page.textAround('items[0]:')).toContain('is not an http(s) address');

  // A file that is no list is refused with a message.
  await page.pickFile('List file (markdown)', { name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# notes\n') });
  await page.waitForText('notes.md is not a list Paperboy reads');
  await page.close();
});

it('shows a change made in one view in the others', async () => {
  const h = browser();
  const library = await h.openExtensionTab('library.html');
  const before = await library.count('tbody tr');
  await h.visit('https://arxiv.org/abs/math/0211159v1');
  const popup = await h.openPopup();
  await popup.click('text=Save');
  await popup.waitFor(`document.body.innerText.includes('Saved to')`, 'the saved message');
  await library.waitFor(`document.querySelectorAll('tbody tr').length > ${before}`, 'the new row');
  expect(
    await library.evaluate<number>(
      `[...document.querySelectorAll('tbody tr')].filter((r) => r.innerText.includes('The entropy formula for the Ricci flow and its geometric applications')).length`,
    ),
  ).toBe(1);
  await library.close();
});

it('restores a backup of years of lists and shows it a page of weeks at a time', async () => {
  const h = browser();
  const { makeLibrary } = await import('../../bench/library-data');
  const items = makeLibrary(5_000, { realistic: true }).map(({ paperKey: _key, ...item }) => item);
  const page = await h.openExtensionTab('library.html');
  const started = Date.now();
  await page.pickFile('Restore a backup (JSON)', {
    name: 'years.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(makeBackup(items))),
  });
  await page.waitForText('Restored 5000 items', 30_000);
  expect(Date.now() - started).toBeLessThan(15_000);
  // The message comes after the weeks are read back, so they are on the page already.
  expect(await page.count('.library h3')).toBe(12);
  await page.clickButton(/^Show 12 more weeks/);
  await page.waitFor(`document.querySelectorAll('.library h3').length > 23`, 'more weeks');
  expect(await page.count('.library h3')).toBe(24);

  // Opened again, it shows the newest weeks first, then reads everything for search and more weeks.
  await page.reload();
  await page.waitFor(`document.querySelectorAll('.library h3').length > 11`, 'the newest weeks');
  await page.waitFor(
    `[...document.querySelectorAll('button')].some((b) => /^Show 12 more weeks/.test(b.textContent.trim()))`,
    'the offer of more weeks',
  );
  expect(await page.count('.library h3')).toBe(12);
  expect(await page.innerText('header .hint')).toMatch(/^50\d\d items$/);
  // Search covers every item, the imported April list among them.
  await page.fill('Search', 'probing');
  await expect.poll(() => page.count('.library h3')).toBe(1);
  await page.close();
});
