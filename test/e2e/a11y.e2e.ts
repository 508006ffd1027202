import { saveScreenshot } from './screenshots';
import { useBrowser } from './use-browser';

/** Every control labelled, the keyboard alone enough, and dark mode readable. */
const browser = useBrowser();

it('gives every form control a visible label', async () => {
  const h = browser();
  await h.visit('https://arxiv.org/abs/2106.09685v2');
  const popup = await h.openPopup();
  await popup.evaluate(
    `(() => { const s = document.querySelector('#pb-format'); s.value = 'template'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`,
  );
  await popup.waitFor(`document.querySelector('#pb-template')`, 'the template field');
  await popup.evaluate(`document.querySelector('details').open = true`);
  const unlabelled = await popup.evaluate<string[]>(`[...document.querySelectorAll('input, select, textarea')]
    .filter((c) => ![...(c.labels ?? [])].some((l) => l.textContent.trim() && l.getClientRects().length))
    .map((c) => c.id || c.name || c.outerHTML)`);
  expect(unlabelled).toEqual([]);
  const names = await popup.evaluate<string[]>(`[...document.querySelectorAll('label')].map((l) => l.textContent.trim())`);
  expect(names).toEqual(expect.arrayContaining(['Title', 'Link', 'Section', 'Week', 'Summary', 'Topics', 'List format', 'Row template']));
  const buttons = await popup.evaluate<string[]>(
    `[...document.querySelectorAll('button')].filter((b) => !(b.getAttribute('aria-label') || b.textContent.trim())).map((b) => b.outerHTML)`,
  );
  expect(buttons).toEqual([]);
  await popup.close();
});

it('captures, saves and copies with the keyboard alone', async () => {
  const h = browser();
  await h.visit('https://openreview.net/forum?id=rJXMpikCZ&referrer=%5BAuthor%20Console%5D');
  let popup = await h.openPopup();
  const order: string[] = [];
  await popup.evaluate(`document.activeElement?.blur()`);
  for (let i = 0; i < 25; i++) {
    await popup.press('Tab');
    order.push(await popup.focused());
  }
  const reach = (name: string) => order.indexOf(name);
  for (const name of ['pb-title', 'pb-url', 'pb-section', 'pb-week', 'pb-summary', 'pb-topics', 'Save'])
    expect(reach(name), name).toBeGreaterThanOrEqual(0);
  expect(reach('pb-title')).toBeLessThan(reach('pb-url'));
  expect(reach('pb-summary')).toBeLessThan(reach('Save'));

  await popup.evaluate(`document.querySelector('#pb-summary').focus()`);
  await popup.type('Attention on graphs | GAT.');
  await popup.press('Enter', ['Control']);
  await popup.waitFor(`document.body.innerText.includes('Saved to')`, 'the saved message');
  await popup.evaluate(`document.querySelector('.list li').focus()`);
  await popup.press('Enter');
  await popup.waitFor(`document.activeElement?.id === 'pb-edit-title'`, 'the editor to take focus');
  await popup.press('Escape');
  if (h.browser === 'firefox') {
    // Firefox closes its popups on Escape, whatever the page does: the edit is cancelled with it.
    popup = await h.openPopup();
    expect(await popup.evaluate(`!!document.querySelector('#pb-edit-title')`)).toBe(false);
    await popup.evaluate(`document.querySelector('.list li').focus()`);
  } else {
    await popup.waitFor(`!document.querySelector('#pb-edit-title')`, 'the editor to close');
  }
  await popup.waitFor(
    `document.activeElement?.getAttribute('aria-label')?.startsWith('Graph Attention Networks.')`,
    'focus back on the row',
  );
  for (let i = 0; i < 60 && (await popup.focused()) !== 'Copy markdown'; i++) await popup.press('Tab');
  expect(await popup.focused()).toBe('Copy markdown');
  await popup.press('Enter');
  await popup.waitFor(`document.body.innerText.includes('Copied 1 row')`, 'the copied message');
});

it('is readable in dark mode', async () => {
  const h = browser();
  await h.visit('https://arxiv.org/abs/2106.09685v2');
  const popup = await h.openPopup();
  await popup.emulateDark(true);
  const colours = await popup.evaluate<{ bg: string; fg: string; input: string }>(`(() => ({
    bg: getComputedStyle(document.body).backgroundColor,
    fg: getComputedStyle(document.body).color,
    input: getComputedStyle(document.querySelector('#pb-title')).backgroundColor,
  }))()`);
  expect(colours).toEqual({ bg: 'rgb(13, 17, 23)', fg: 'rgb(230, 237, 243)', input: 'rgb(13, 17, 23)' });
  if (h.browser === 'chromium') saveScreenshot('popup-dark.png', await popup.screenshot!());
  await popup.emulateDark(false);
  await popup.close();
});
