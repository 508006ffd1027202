import { FIREFOX_SHIPPING_DIR, type FirefoxHarness } from './firefox';
import { useBrowser } from './use-browser';

/**
 * What only real Firefox shows, on the MV2 build that ships (activeTab, no host access): the
 * shortcut and the toolbar button grant the page, the sidebar Firefox opens by itself on install,
 * the optional permission asked from it, the sites Firefox keeps from every extension.
 */
const HELP = 'https://support.mozilla.org/en-US/kb/find-and-install-add-ons';
const browser = useBrowser({
  firefox: { extensionDir: FIREFOX_SHIPPING_DIR },
  extraPages: {
    [HELP]: '<!doctype html><title>Find and install add-ons</title><h1>Find and install add-ons</h1><p>A help page.</p>',
    'https://accounts.firefox.com/': '<!doctype html><title>Sign in</title><h1>Sign in</h1>',
  },
});
const firefox = () => browser() as FirefoxHarness;

it('shows the configured title on the toolbar button (the week’s count follows once counted), and has the MV2 shortcut', async () => {
  const h = firefox();
  expect(
    await h.chrome<string>(`(() => {
      CustomizableUI.addWidgetToArea('paperboy_paperboy_invalid-browser-action', CustomizableUI.AREA_NAVBAR);
      return document.getElementById('paperboy_paperboy_invalid-browser-action').getAttribute('tooltiptext');
    })()`),
  ).toMatch(/^Paperboy: capture this page( \(\d+ items? this week\))?$/);
  const commands = await h.inExtension(() =>
    (globalThis as unknown as { browser: { commands: { getAll(): Promise<unknown> } } }).browser.commands.getAll(),
  );
  expect(commands).toEqual([{ name: '_execute_browser_action', description: 'Open Paperboy on this page', shortcut: 'Alt+Shift+P' }]);
});

it('has opened its sidebar on install, which says how to let it read a tab instead of calling it unreadable', async () => {
  const h = firefox();
  await h.visit('https://arxiv.org/abs/2106.09685v2');
  const panel = await h.sidePanel();
  // Nothing granted yet: the sidebar follows the tab but the browser hides its address.
  await panel.waitFor(
    `document.body.innerText.includes('Paperboy reads this tab once you click its toolbar button on it (or press Alt+Shift+P)')`,
    'the sidebar to say how to let it read',
  );
  expect(await panel.text()).not.toContain('The browser does not let extensions read this page');
  expect(await panel.value('#pb-title')).toBe('');
});

it('opens the popup with Alt+Shift+P, which grants the page, and the open sidebar reads it on Side panel', async () => {
  const h = firefox();
  await h.visit('https://arxiv.org/abs/2106.09685v2');
  await h.pressInPage('P', ['Alt', 'Shift']);
  const popup = await h.popup();
  expect(await popup.value('#pb-title')).toBe('LoRA: Low-Rank Adaptation of Large Language Models');
  const panel = await h.sidePanel();
  expect(await panel.value('#pb-title')).toBe('');
  await popup.click('text=Side panel');
  await panel.waitFor(
    `document.querySelector('#pb-title')?.value === 'LoRA: Low-Rank Adaptation of Large Language Models'`,
    'the open sidebar to read the page the shortcut granted',
  );
  await h.popupClosed();
});

it('opens the popup from the real toolbar button, which grants the page', async () => {
  const h = firefox();
  await h.visit('https://github.com/karpathy/nanoGPT/tree/master?tab=readme-ov-file#install');
  const popup = await h.clickToolbarButton();
  expect(await popup.value('#pb-url')).toBe('https://github.com/karpathy/nanoGPT');
  expect(await popup.value('#pb-section')).toBe('Resources');
  await popup.close();
});

it('says plainly that Firefox keeps its own sites from every extension, even after the click', async () => {
  const h = firefox();
  for (const [address, title] of [
    [HELP, 'Find and install add-ons'],
    ['https://accounts.firefox.com/', 'Sign in'],
  ] as const) {
    await h.visit(address);
    await h.pressInPage('P', ['Alt', 'Shift']);
    const popup = await h.popup();
    expect(await popup.text()).toContain(
      'The browser does not let extensions read this page. The form has its title and address; fill in the rest.',
    );
    expect(await popup.text()).not.toContain('only after you click');
    expect(await popup.value('#pb-title')).toBe(title);
    expect(await popup.value('#pb-url')).toBe(address);
    await popup.close();
  }
});

it('asks for the permission to follow every tab from the sidebar, and says so when the browser refuses', async () => {
  const h = firefox();
  await h.visit('https://www.interconnects.ai/p/the-state-of-post-training');
  const panel = await h.sidePanel();
  await panel.waitFor(
    `[...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Let it follow every tab')`,
    'the offer',
  );
  // A click the browser does not count as the curator's (a script's): Firefox refuses to ask.
  await panel.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Let it follow every tab').click()`);
  await panel.waitFor(
    `document.querySelector('[role=alert]')?.innerText.includes('The browser refused to ask for the permission to read every tab')`,
    'the refusal, said',
  );
  // The curator's own click: the optional permission is declared, so Firefox asks (and the test profile answers yes).
  await panel.click('text=Let it follow every tab');
  await panel.waitFor(`document.querySelector('#pb-title')?.value === 'The state of post-training in 2025'`, 'the sidebar to read the tab');
  expect(await panel.text()).not.toContain('Let it follow every tab');
  await h.visit('https://lilianweng.github.io/posts/2024-11-28-reward-hacking/');
  await panel.waitFor(
    `document.querySelector('#pb-section')?.value === 'Perspectives' && !document.querySelector('#pb-title').value.includes('post-training')`,
    'the sidebar to follow the tab',
  );
});
