import { saveScreenshot } from './screenshots';
import { useBrowser } from './use-browser';
import { BROWSER } from './harness';
import { localToday, mlNewsWeek, mlNewsWeekLabel, compassBlock } from '@/lib/dates';

/**
 * The daily use, through the real toolbar popup: capture three pages, write summaries holding `|`
 * and line breaks, reorder, copy, and compare the clipboard with the list's exact markdown.
 */
const browser = useBrowser();

it('captures three pages and copies the week as exact markdown', async () => {
  const h = browser();
  // 1. An arXiv abstract page: filled from the page, saved with Ctrl+Enter.
  await h.visit('https://arxiv.org/abs/2106.09685v2');
  let popup = await h.openPopup();
  expect(await popup.value('#pb-title')).toBe('LoRA: Low-Rank Adaptation of Large Language Models');
  expect(await popup.value('#pb-url')).toBe('https://arxiv.org/abs/2106.09685');
  expect(await popup.value('#pb-section')).toBe('Research');
  expect(await popup.value('#pb-week')).toBe(localToday());
  await popup.fill('#pb-summary', 'Low-rank | adapters.\nFreeze the weights.');
  await popup.fill('#pb-topics', 'Fine-tuning');
  await popup.click('#pb-summary');
  await popup.press('Enter', ['Control']);
  await popup.waitFor(`document.body.innerText.includes('Saved to')`, 'the saved message');
  await popup.close();

  // 2. A GitHub repository: a resource; the topic used before is offered.
  await h.visit('https://github.com/karpathy/nanoGPT/tree/master?tab=readme-ov-file#install');
  popup = await h.openPopup();
  expect(await popup.value('#pb-url')).toBe('https://github.com/karpathy/nanoGPT');
  expect(await popup.value('#pb-section')).toBe('Resources');
  await popup.fill('#pb-summary', 'Train GPTs | fast.\n\nSecond paragraph with a typed <br> tag.');
  await popup.click('text=Fine-tuning');
  // The suggestion's click updates the field on the next render; Firefox's BiDi click can return first.
  await popup.waitFor(`document.querySelector('#pb-topics').value !== ''`, 'the topic added');
  expect(await popup.value('#pb-topics')).toBe('Fine-tuning, ');
  await popup.click('text=Save');
  await popup.waitFor(`document.body.innerText.includes('Saved to')`, 'the saved message');
  await popup.close();

  // 3. A Hugging Face model page, its tracking parameter dropped.
  await h.visit('https://huggingface.co/Qwen/Qwen3-8B?utm_source=newsletter');
  popup = await h.openPopup();
  expect(await popup.value('#pb-url')).toBe('https://huggingface.co/Qwen/Qwen3-8B');
  await popup.fill('#pb-summary', 'Open weights.');
  await popup.click('text=Save');
  await popup.waitFor(`document.querySelectorAll('.list li').length === 3`, 'three items in the week');

  // The toolbar badge counts this week's items.
  await popup.waitFor(`document.querySelectorAll('.list li').length === 3`, 'three items');
  expect(
    await h.inExtension(() => {
      type Action = { getBadgeText(d: object): Promise<string> };
      // MV3 has `action`; Firefox's MV2 build has `browserAction`.
      const api =
        (globalThis as unknown as { browser?: { action?: Action; browserAction?: Action }; chrome: { action?: Action } }).browser ??
        (globalThis as unknown as { chrome: { action?: Action; browserAction?: Action } }).chrome;
      return (api.action ?? api.browserAction)!.getBadgeText({});
    }),
  ).toBe('3');

  // Reorder with the keyboard: the model goes above the repository.
  const resources = () =>
    popup.evaluate<string[]>(`[...document.querySelectorAll('ul[aria-label="Resources"] li .title')].map((e) => e.firstChild.textContent)`);
  expect(await resources()).toEqual([
    'karpathy/nanoGPT: The simplest, fastest repository for training/finetuning medium-sized GPTs.',
    'Qwen/Qwen3-8B',
  ]);
  await popup.evaluate(`document.querySelector('ul[aria-label="Resources"] li:last-child').focus()`);
  await popup.press('ArrowUp', ['Alt']);
  await popup.waitFor(`document.querySelector('ul[aria-label="Resources"] li .title').textContent.startsWith('Qwen')`, 'the new order');
  expect(await popup.focused()).toMatch(/^Qwen\/Qwen3-8B\./);

  // Copy markdown.
  await popup.click('text=Copy markdown');
  await popup.waitFor(`document.body.innerText.includes('Copied 3 rows')`, 'the copied message');
  const week = mlNewsWeek(localToday());
  const expected = [
    `# ML news: ${mlNewsWeekLabel(week)}`,
    '',
    '## Research',
    '|Link|description|',
    '|---|---|',
    '|[LoRA: Low-Rank Adaptation of Large Language Models.](https://arxiv.org/abs/2106.09685) |Low-rank \\| adapters. <br> Freeze the weights. |',
    '',
    '## News',
    '|Link|description|',
    '|---|---|',
    '',
    '## Resources',
    '|Link|description|',
    '|---|---|',
    '|[Qwen/Qwen3-8B.](https://huggingface.co/Qwen/Qwen3-8B) |Open weights. |',
    '|[karpathy/nanoGPT: The simplest, fastest repository for training/finetuning medium-sized GPTs.](https://github.com/karpathy/nanoGPT) |Train GPTs \\| fast. <br><br> Second paragraph with a typed &lt;br> tag. |',
    '',
    '## Perspectives',
    '|Link|description|',
    '|---|---|',
    '',
  ].join('\n');
  expect(await popup.value('#pb-preview')).toBe(expected);
  // Reading the clipboard focuses another tab, which closes the popup, as it would for a person.
  expect(await h.clipboard()).toBe(expected);

  // The README's screenshot: the popup on an arXiv page with the week's list.
  await h.visit('https://arxiv.org/abs/2303.08774v3#abstract');
  popup = await h.openPopup();
  if (h.browser === 'chromium') saveScreenshot('popup-arxiv.png', await popup.screenshot!());

  // The other list format, remembered when the popup opens again.
  await popup.evaluate(`(() => { const s = document.querySelector('#pb-format'); s.focus(); })()`);
  await popup.evaluate(
    `(() => { const s = document.querySelector('#pb-format'); s.value = 'compass'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`,
  );
  await popup.waitFor(`document.querySelector('#pb-week-heading').textContent.includes('/4 of')`, 'the compass period');
  await popup.close();
  popup = await h.openPopup();
  expect(await popup.value('#pb-format')).toBe('compass');
  await popup.click('text=Copy markdown');
  await popup.waitFor(`document.body.innerText.includes('Copied')`, 'the copied message');
  const block = compassBlock(localToday());
  expect(await h.clipboard()).toBe(
    [
      `## Week ${block.index}/4`,
      '| Title | Summary | Topics |',
      '| --- | --- | --- |',
      '| [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/pdf/2106.09685) | Low-rank \\| adapters. <br> Freeze the weights. | Fine-tuning |',
      '| [Qwen/Qwen3-8B](https://huggingface.co/Qwen/Qwen3-8B) | Open weights. |  |',
      '| [karpathy/nanoGPT: The simplest, fastest repository for training/finetuning medium-sized GPTs.](https://github.com/karpathy/nanoGPT) | Train GPTs \\| fast. <br><br> Second paragraph with a typed &lt;br> tag. | Fine-tuning |',
      '',
    ].join('\n'),
  );
});

it('deletes with undo, and moves an item to another section by editing it', async () => {
  const h = browser();
  await h.visit('https://arxiv.org/abs/2106.09685v2');
  const popup = await h.openPopup();
  await popup.evaluate(
    `(() => { const s = document.querySelector('#pb-format'); s.value = 'ml-news'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`,
  );
  await popup.waitFor(`document.querySelector('ul[aria-label="Resources"]')`, 'the sections');
  await popup.click('[aria-label="Delete “Qwen/Qwen3-8B”"]');
  await popup.waitFor(`document.body.innerText.includes('Deleted “Qwen/Qwen3-8B”')`, 'the undo offer');
  expect(await popup.evaluate<number>(`document.querySelectorAll('.list li').length`)).toBe(2);
  await popup.click('text=Undo');
  await popup.waitFor(`document.querySelectorAll('.list li').length === 3`, 'the item back');

  // Edited in place: the row becomes a small form; a new section moves the item.
  await popup.click('[aria-label="Edit “Qwen/Qwen3-8B”"]');
  expect(await popup.value('#pb-edit-summary')).toBe('Open weights.');
  await popup.waitFor(`document.activeElement?.id === 'pb-edit-title'`, 'the editor to take focus');
  await popup.fill('#pb-edit-summary', 'Open weights | Apache 2.0.');
  await popup.evaluate(
    `(() => { const s = document.querySelector('#pb-edit-section'); s.value = 'News'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`,
  );
  await popup.click('text=Save changes');
  await popup.waitFor(`document.querySelector('ul[aria-label="News"]')?.innerText.includes('Qwen')`, 'the item in News');
  expect(await popup.text()).toContain('Moved “Qwen/Qwen3-8B” to Week');
  expect(await popup.value('#pb-preview')).toContain(
    '## News\n|Link|description|\n|---|---|\n|[Qwen/Qwen3-8B.](https://huggingface.co/Qwen/Qwen3-8B) |Open weights \\| Apache 2.0. |',
  );
  expect(await popup.evaluate<number>(`document.querySelectorAll('.list li').length`)).toBe(3);
});

// Dragging with the real mouse: Chromium only. WebDriver BiDi's pointer actions do not start an HTML
// drag in Firefox ESR 153 (tried), so there the keyboard reordering above is what is tested.
(BROWSER === 'chromium' ? it : it.skip)('reorders by dragging an item onto another', async () => {
  const h = browser();
  if (h.browser !== 'chromium') return;
  // The popup's own page in a tab, so Playwright can drag with the real mouse.
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
  await page.getByLabel('List format').selectOption('compass');
  const titles = () =>
    page.locator('ul[aria-label="Papers"] li .title').evaluateAll((nodes) => nodes.map((n) => n.firstChild!.textContent));
  await page.locator('ul[aria-label="Papers"] li').nth(2).waitFor();
  const before = await titles();
  await page.locator('ul[aria-label="Papers"] li').nth(2).dragTo(page.locator('ul[aria-label="Papers"] li').nth(0));
  await expect.poll(titles).toEqual([before[2], before[0], before[1]]);
  await page.close();
});

it('names the toolbar button with the configured title, not the popup page’s, and the week’s count', async () => {
  const h = browser();
  const title = await h.inExtension(() => {
    type Action = { getTitle(d: object): Promise<string> };
    // MV3 has `action`; Firefox's MV2 build has `browserAction`.
    const api =
      (globalThis as unknown as { browser?: { action?: Action; browserAction?: Action } }).browser ??
      (globalThis as unknown as { chrome: { action?: Action; browserAction?: Action } }).chrome;
    return (api.action ?? api.browserAction)!.getTitle({});
  });
  expect(title).toBe('Paperboy: capture this page (3 items this week)');
});
