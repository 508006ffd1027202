import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startStandIn } from './server';
import { startProxy } from './proxy';
import {
  centreExpression,
  centreOfExpression,
  FOCUSED_EXPRESSION,
  innermostWithText,
  until,
  type BrowserHarness,
  type ExtensionTab,
  type View,
  findBrowser,
  sleep,
} from './harness';

/**
 * Counts the key releases a panel has seen (installed on first use). A key sent to a panel goes
 * through Firefox's parent process and can land after the call that sent it returns; by its
 * release, the key's own work (focus moved, a button pressed) is done.
 */
const KEYS_RELEASED = `(() => {
  if (window.__paperboyKeysReleased === undefined) {
    window.__paperboyKeysReleased = 0;
    window.addEventListener('keyup', () => window.__paperboyKeysReleased++, true);
  }
  return window.__paperboyKeysReleased;
})()`;

/**
 * The built MV2 extension in real headless Firefox ESR, driven by puppeteer-core over WebDriver
 * BiDi. Firefox has no host-resolver rules, so a local proxy sends every connection to the
 * stand-in. The popup and sidebar are not BiDi contexts: the harness reaches their documents from
 * a background extension tab (`browser.extension.getViews`), and gives them real keys with the
 * browser's own input machinery (nsITextInputProcessor, from the browser window, which BiDi may
 * script with `--remote-allow-system-access`). A click is the element focused and activated
 * with a real key, so that it counts as user input where the browser asks for it.
 */
export const FIREFOX_E2E_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv2-e2e');
/** The build that ships (activeTab only), for the flows that depend on what a click grants. */
export const FIREFOX_SHIPPING_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv2');

const ADDON_ID = 'paperboy@paperboy.invalid';
/** Fixed by pref, so that the tests know the extension's address before it is installed. */
export const FIREFOX_UUID = '6a1c3b52-0f4e-4d8a-9b7c-2e5d8f1a0c39';
/** Firefox's id for the toolbar button of the add-on (CustomizableUI widget). */
const WIDGET_ID = `${ADDON_ID.replace(/[^a-z0-9_-]/gi, '_')}-browser-action`;

export function firefoxPath(): string {
  return findBrowser({
    name: 'Firefox',
    variable: 'FIREFOX_PATH',
    candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'],
    install: 'Install Firefox ESR (Debian/Ubuntu: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH to a Firefox binary.',
  });
}

/** A real mouse click at viewport (x, y) in a browsing context: button 0 the left, 2 the right. */
function mouseClick(bidi: Bidi, context: string, x: number, y: number, button: 0 | 2): Promise<unknown> {
  return bidi.send('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x, y, origin: 'viewport' },
          { type: 'pointerDown', button },
          { type: 'pointerUp', button },
        ],
      },
    ],
  });
}

/** A WebDriver BiDi remote value, as far as the tests return them. */
interface RemoteValue {
  type: string;
  value?: unknown;
}

function deserialize(remote: RemoteValue): unknown {
  switch (remote.type) {
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'string':
    case 'boolean':
      return remote.value;
    case 'number':
      return typeof remote.value === 'number' ? remote.value : Number(remote.value);
    case 'bigint':
      return BigInt(remote.value as string);
    case 'array':
    case 'set':
      return ((remote.value as RemoteValue[]) ?? []).map(deserialize);
    case 'object':
    case 'map':
      return Object.fromEntries(
        ((remote.value as Array<[string | RemoteValue, RemoteValue]>) ?? []).map(([key, value]) => [
          typeof key === 'string' ? key : String(deserialize(key)),
          deserialize(value),
        ]),
      );
    default:
      // A node, a window, a promise…: truthy, as `waitFor` needs, and says what it was.
      return { [remote.type]: true };
  }
}

class Bidi {
  constructor(private browser: Browser) {}

  async send<T = Record<string, unknown>>(method: string, params: Record<string, unknown>): Promise<T> {
    const connection = (this.browser as unknown as { connection: { send(m: string, p: unknown): Promise<{ result: T }> } }).connection;
    return (await connection.send(method, params)).result;
  }

  async evaluate<T>(context: string, expression: string): Promise<T> {
    const result = await this.send<{ type: string; result?: RemoteValue; exceptionDetails?: { text: string } }>('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
      serializationOptions: { maxObjectDepth: 20, maxDomDepth: 0 },
    });
    if (result.type === 'exception') throw new Error(result.exceptionDetails?.text ?? 'script error');
    return deserialize(result.result!) as T;
  }
}

type Modifier = 'Alt' | 'Control' | 'Meta' | 'Shift';
const MODIFIER_KEYS: Record<Modifier, [string, number]> = {
  Alt: ['AltLeft', 18],
  Control: ['ControlLeft', 17],
  Meta: ['MetaLeft', 91],
  Shift: ['ShiftLeft', 16],
};
const NAMED_KEYS: Record<string, [string, number]> = {
  Enter: ['Enter', 13],
  Tab: ['Tab', 9],
  Backspace: ['Backspace', 8],
  Delete: ['Delete', 46],
  Escape: ['Escape', 27],
  ArrowUp: ['ArrowUp', 38],
  ArrowDown: ['ArrowDown', 40],
  ' ': ['Space', 32],
};

/** Real key presses, dispatched by the browser window to whatever has focus (the popup, a page). */
function keyExpression(key: string, modifiers: Modifier[]): string {
  const [code, keyCode] = NAMED_KEYS[key] ?? (key.length === 1 ? [`Key${key.toUpperCase()}`, key.toUpperCase().charCodeAt(0)] : [key, 0]);
  return `(() => {
    const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    if (!tip.beginInputTransactionForTests(window)) throw new Error('no input transaction');
    const mods = ${JSON.stringify(modifiers.map((m) => [m, ...MODIFIER_KEYS[m]]))};
    for (const [key, code, keyCode] of mods) tip.keydown(new KeyboardEvent('', { key, code, keyCode }));
    const event = () => new KeyboardEvent('', { key: ${JSON.stringify(key)}, code: ${JSON.stringify(code)}, keyCode: ${keyCode} });
    tip.keydown(event());
    tip.keyup(event());
    for (const [key, code, keyCode] of mods.reverse()) tip.keyup(new KeyboardEvent('', { key, code, keyCode }));
  })()`;
}

function textExpression(text: string): string {
  return `(() => {
    const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    if (!tip.beginInputTransactionForTests(window)) throw new Error('no input transaction');
    tip.commitCompositionWith(${JSON.stringify(text)});
  })()`;
}

type PanelKind = 'popup' | 'sidebar';

/** The chrome-side `<browser>` that shows a popup or the sidebar, to give it keyboard focus. */
const PANEL_BROWSER: Record<PanelKind, string> = {
  popup: `document.querySelector('browser[webextension-view-type="popup"]')`,
  sidebar: `SidebarController.browser?.contentDocument?.getElementById('webext-panels-browser')`,
};

class FirefoxPanel implements View {
  constructor(
    private harness: FirefoxHarnessInternals,
    readonly kind: PanelKind,
  ) {}

  evaluate<T>(expression: string): Promise<T> {
    // The panel's document seen from the driver tab: its globals (document, getSelection, Event…)
    // are the panel's, so expressions written for a page run unchanged. Sloppy mode, for `with`.
    return this.harness.driver<T>(`(async () => {
      const w = browser.extension.getViews({ type: ${JSON.stringify(this.kind)} })[0];
      if (!w) throw new Error('The ${this.kind} is not open');
      with (w) { return await (${expression}); }
    })()`);
  }

  async waitFor<T>(expression: string, what = expression, timeout = 15_000): Promise<T> {
    try {
      return await until(() => this.evaluate<T>(expression), what, timeout);
    } catch (error) {
      const shown = await this.evaluate<string>(`document.body?.innerText ?? ''`).catch(() => '(the page is gone)');
      throw new Error(`${(error as Error).message}. The ${this.kind} shows:\n${shown.slice(0, 1500)}`);
    }
  }

  value(selector: string): Promise<string> {
    return this.evaluate<string>(`document.querySelector(${JSON.stringify(selector)})?.value ?? ''`);
  }

  text(selector = 'body'): Promise<string> {
    return this.evaluate<string>(`document.querySelector(${JSON.stringify(selector)})?.innerText ?? ''`);
  }

  /**
   * Waits, as a person would, until the element is there, still, and uncovered; then focuses it
   * and activates it with a real key (Space on buttons, summaries and check boxes, Enter on
   * links): a trusted click, with the user activation that permission prompts and the sidebar
   * need. A field or label is focused, as clicking into it does.
   */
  async click(selector: string): Promise<void> {
    await this.waitFor(centreExpression(selector), selector);
    const kind = await this.evaluate<string>(`(() => {
      const el = ${selector.startsWith('text=') ? `[...document.querySelectorAll('button, a, summary, label')].find((e) => e.textContent.trim() === ${JSON.stringify(selector.slice(5))})` : `document.querySelector(${JSON.stringify(selector)})`};
      const target = el.control ?? el;
      target.focus();
      if (document.activeElement !== target) return 'unfocusable';
      if (target.matches('input[type=checkbox], input[type=radio], button, summary, input[type=button], input[type=submit]')) return 'space';
      if (target.matches('a[href]')) return 'enter';
      return 'field';
    })()`);
    if (kind === 'unfocusable') throw new Error(`${selector} cannot take focus, so it cannot be clicked in this harness`);
    if (kind === 'space') await this.press(' ');
    if (kind === 'enter') await this.press('Enter');
  }

  async fill(selector: string, text: string): Promise<void> {
    await this.click(selector);
    await this.evaluate(`document.activeElement.select?.()`);
    await this.press('Backspace');
    await this.type(text);
  }

  async type(text: string): Promise<void> {
    await this.harness.focusPanel(this.kind);
    const lines = text.split('\n');
    for (const [i, line] of lines.entries()) {
      if (line) await this.harness.chrome(textExpression(line));
      if (i < lines.length - 1) await this.press('Enter', ['Shift']);
    }
  }

  /**
   * Presses a key as a person would, and returns once the panel has seen it released (or after a
   * second: a key may close the panel, as Escape does, or move focus out of its page).
   */
  async press(key: string, modifiers: Modifier[] = []): Promise<void> {
    await this.harness.focusPanel(this.kind);
    const before = await this.evaluate<number>(KEYS_RELEASED).catch(() => null);
    await this.harness.chrome(keyExpression(key, modifiers));
    for (let i = 0; before !== null && i < 40; i++) {
      const released = await this.evaluate<number>(KEYS_RELEASED).catch(() => null);
      if (released === null || released > before) return;
      await sleep(25);
    }
  }

  focused(): Promise<string> {
    return this.evaluate<string>(FOCUSED_EXPRESSION);
  }

  async emulateDark(dark: boolean): Promise<void> {
    // What the system's dark mode sets: the browser's own theme, which its popups follow, and pages.
    await this.harness.chrome(`(() => {
      Services.prefs.setIntPref('ui.systemUsesDarkTheme', ${dark ? 1 : 0});
      Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${dark ? 0 : 1});
    })()`);
    await this.waitFor(`matchMedia('(prefers-color-scheme: dark)').matches === ${dark}`, 'the colour scheme');
  }

  async close(): Promise<void> {
    if (this.kind !== 'popup') return;
    await this.harness.closePopups();
  }
}

/**
 * An extension page in a tab: a BiDi context of its own, so it gets real pointer and key input
 * from WebDriver BiDi, and files through `input.setFiles`.
 */
class BidiTab implements ExtensionTab {
  constructor(
    private bidi: Bidi,
    private context: string,
    private downloads: string,
  ) {}

  evaluate<T>(expression: string): Promise<T> {
    return this.bidi.evaluate<T>(this.context, expression);
  }

  async waitFor<T>(expression: string, what = expression, timeout = 15_000): Promise<T> {
    return until(() => this.evaluate<T>(expression), what, timeout);
  }

  async waitForText(text: string, timeout = 15_000): Promise<void> {
    await this.waitFor(`document.body.innerText.includes(${JSON.stringify(text)})`, `the text “${text}”`, timeout);
  }

  textAround(text: string): Promise<string> {
    return this.evaluate<string>(`${innermostWithText(text)}?.innerText ?? ''`);
  }

  count(selector: string): Promise<number> {
    return this.evaluate<number>(`document.querySelectorAll(${JSON.stringify(selector)}).length`);
  }

  innerText(selector: string): Promise<string> {
    return this.evaluate<string>(`document.querySelector(${JSON.stringify(selector)})?.innerText ?? ''`);
  }

  private byLabel(label: string): string {
    return `[...document.querySelectorAll('label')].find((l) => l.textContent.trim() === ${JSON.stringify(label)})?.control ??
      document.querySelector(${JSON.stringify(`[aria-label="${label}"]`)})`;
  }

  /** The real mouse: moves to the element's centre, presses and releases. */
  private async clickAt(element: string, what: string): Promise<void> {
    const { x, y } = await this.waitFor<{ x: number; y: number }>(centreOfExpression(element), what);
    await mouseClick(this.bidi, this.context, Math.round(x), Math.round(y), 0);
  }

  async fill(label: string, text: string): Promise<void> {
    await this.clickAt(this.byLabel(label), `the field “${label}”`);
    await this.evaluate(`document.activeElement.select?.()`);
    const keys = [
      { type: 'keyDown', value: '\uE003' },
      { type: 'keyUp', value: '\uE003' },
    ]; // Backspace
    for (const ch of text) keys.push({ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch });
    await this.bidi.send('input.performActions', { context: this.context, actions: [{ type: 'key', id: 'keyboard', actions: keys }] });
  }

  async pickFile(label: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'paperboy-pick-'));
    const path = join(dir, file.name);
    writeFileSync(path, file.buffer);
    const result = await this.bidi.send<{ type: string; result: { sharedId?: string } }>('script.evaluate', {
      expression: this.byLabel(label),
      target: { context: this.context },
      awaitPromise: false,
      resultOwnership: 'root',
    });
    if (!result.result?.sharedId) throw new Error(`No file input labelled “${label}”`);
    await this.bidi.send('input.setFiles', { context: this.context, element: { sharedId: result.result.sharedId }, files: [path] });
  }

  async clickButton(name: string | RegExp): Promise<void> {
    const test = typeof name === 'string' ? `(t) => t === ${JSON.stringify(name)}` : `(t) => ${name.toString()}.test(t)`;
    await this.clickAt(
      `[...document.querySelectorAll('button')].find((b) => (${test})((b.getAttribute('aria-label') || b.textContent).trim()))`,
      `the button ${String(name)}`,
    );
  }

  async download(button: string): Promise<string> {
    const before = new Set(readdirSync(this.downloads));
    await this.clickButton(button);
    const file: string = (await until(
      async () =>
        readdirSync(this.downloads).find(
          (f) => !before.has(f) && !f.endsWith('.part') && !readdirSync(this.downloads).includes(`${f}.part`),
        ),
      'the download',
    )) as string;
    return until(async () => readFileSync(join(this.downloads, file), 'utf8'), 'the downloaded file');
  }

  async reload(): Promise<void> {
    await this.bidi.send('browsingContext.reload', { context: this.context, wait: 'complete' });
  }

  async close(): Promise<void> {
    await this.bidi.send('browsingContext.close', { context: this.context }).catch(() => undefined);
  }
}

interface FirefoxHarnessInternals {
  driver<T>(expression: string): Promise<T>;
  chrome<T>(expression: string): Promise<T>;
  focusPanel(kind: PanelKind): Promise<void>;
  closePopups(): Promise<void>;
}

export interface FirefoxHarness extends BrowserHarness {
  browser: 'firefox';
  /** The puppeteer page of the tab in front. */
  page: Page;
  /** Runs an expression in the browser window itself (system principal). */
  chrome<T>(expression: string): Promise<T>;
  /** A real key press in the tab in front (shortcuts reach the browser as from a keyboard). */
  pressInPage(key: string, modifiers?: Modifier[]): Promise<void>;
  /** The real toolbar button: pinned to the toolbar and activated with a real key. */
  clickToolbarButton(): Promise<View>;
  /**
   * The real context menu: a right click (WebDriver BiDi pointer input) on the element of the page
   * in front, then the item with this label chosen as the browser activates it.
   */
  contextMenuItem(selector: string, label: string): Promise<void>;
  /** The popup once it is open (after the shortcut, say). */
  popup(): Promise<View>;
  /** Waits until no popup is open (it closes itself after opening the sidebar, say). */
  popupClosed(): Promise<void>;
}

export interface FirefoxOptions {
  /** The build to install; the e2e test copy by default. */
  extensionDir?: string;
  extraPages?: Record<string, string>;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxHarness> {
  const extensionDir = options.extensionDir ?? FIREFOX_E2E_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${extensionDir}: run \`npm run test:e2e\` (it builds with \`wxt build -b firefox --mode e2e\`).`);
  }
  const executablePath = firefoxPath();
  const standIn = await startStandIn(options.extraPages);
  const proxy = await startProxy(standIn.port);
  const downloads = mkdtempSync(join(tmpdir(), 'paperboy-downloads-'));
  const origin = `moz-extension://${FIREFOX_UUID}`;
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: true,
      // Lets BiDi script the browser window: the toolbar, the sidebar, real key input.
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1100, height: 800 },
      protocolTimeout: 60_000,
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.share_proxy_settings': false,
        'network.dns.disablePrefetch': true,
        'network.http.speculative-parallel-limit': 0,
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIREFOX_UUID }),
        'extensions.openPopupWithoutUserGesture.enabled': true,
        // An optional permission asked for is granted without the prompt (a test cannot click it).
        'extensions.webextOptionalPermissionPrompts': false,
        'browser.download.dir': downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.alwaysOpenPanel': false,
      },
    });
  } catch (error) {
    await proxy.close();
    await standIn.close();
    throw error;
  }
  const bidi = new Bidi(browser);
  const windowContext = async () =>
    (
      await bidi.send<{ contexts: Array<{ context: string; url: string }> }>('browsingContext.getTree', { 'moz:scope': 'chrome' })
    ).contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')!.context;
  const chromeContext = await windowContext();
  const chrome = <T>(expression: string) => bidi.evaluate<T>(chromeContext, expression);

  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close().catch(() => undefined);
    await proxy.close();
    await standIn.close();
    throw new Error(`Firefox did not install ${extensionDir}: ${(error as Error).message}`);
  }
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const { contexts: tabs } = await bidi.send<{ contexts: Array<{ context: string }> }>('browsingContext.getTree', { maxDepth: 0 });
  const frontContext = tabs[0]!.context;
  // The driver: an extension document in a background tab, from which the popup and sidebar are
  // reachable. An icon is the lightest extension document there is.
  const { context: driverContext } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab', background: true });
  await bidi.send('browsingContext.navigate', { context: driverContext, url: `${origin}/icon/16.png`, wait: 'complete' });
  const driver = <T>(expression: string) => bidi.evaluate<T>(driverContext, expression);
  await until(() => driver<boolean>(`typeof browser?.extension?.getViews === 'function'`), 'the extension to load');
  await page.bringToFront();

  const viewOpen = (kind: PanelKind) => driver<boolean>(`browser.extension.getViews({ type: ${JSON.stringify(kind)} }).length > 0`);
  const internals: FirefoxHarnessInternals = {
    driver,
    chrome,
    async focusPanel(kind) {
      await chrome(
        `(() => { const b = ${PANEL_BROWSER[kind]}; if (!b) throw new Error('no ${kind}'); if (document.commandDispatcher.focusedElement !== b) b.focus(); })()`,
      );
    },
    async closePopups() {
      await driver(`browser.extension.getViews({ type: 'popup' }).forEach((w) => w.close())`);
      await until(async () => !(await viewOpen('popup')), 'the popup to close');
    },
  };
  const rendered = async (popup: FirefoxPanel) => {
    await popup.waitFor(
      `document.querySelector('#pb-title') && document.querySelector('[data-week-loaded]') && !document.body.innerText.includes('Reading the page')`,
      'the popup to render, with its week',
    );
    return popup;
  };
  const popupView = async () => {
    // Generous: a loaded two-core machine can take seconds to open a popup.
    await until(() => viewOpen('popup'), 'the popup to open', 30_000);
    return rendered(new FirefoxPanel(internals, 'popup'));
  };

  const harness: FirefoxHarness = {
    browser: 'firefox',
    standIn,
    extensionOrigin: origin,
    page,
    chrome,
    async visit(url) {
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
    },
    async visitBrowserPage() {
      // puppeteer waits for navigation events that Firefox does not send for its own pages.
      await bidi.send('browsingContext.navigate', { context: frontContext, url: 'about:robots', wait: 'complete' });
      await page.bringToFront();
    },
    inPage: (fn) => page.evaluate(fn),
    inExtension: (fn) => driver(`(${fn.toString()})()`),
    async openPopup() {
      await internals.closePopups();
      await page.bringToFront();
      await driver(`browser.browserAction.openPopup()`);
      return popupView();
    },
    popup: popupView,
    async popupClosed() {
      await until(async () => !(await viewOpen('popup')), 'the popup to close');
    },
    async clickToolbarButton() {
      await internals.closePopups();
      await page.bringToFront();
      // Pinned, as a curator does from the extensions menu; then focused and pressed.
      await chrome(`(() => {
        CustomizableUI.addWidgetToArea(${JSON.stringify(WIDGET_ID)}, CustomizableUI.AREA_NAVBAR);
        const button = document.getElementById(${JSON.stringify(WIDGET_ID)}).querySelector('.unified-extensions-item-action-button');
        // Focusable as Firefox's toolbar keyboard navigation makes it (F6, then arrow keys).
        button.setAttribute('tabindex', '-1');
        button.focus();
        if (document.activeElement !== button) throw new Error('the toolbar button did not take focus');
      })()`);
      await chrome(keyExpression(' ', []));
      return popupView();
    },
    async contextMenuItem(selector, label) {
      await page.bringToFront();
      const { x, y } = (await until(
        () =>
          page.evaluate((css) => {
            const el = document.querySelector(css);
            if (!el) return null;
            const r = el.getBoundingClientRect();
            return { x: Math.round(r.x + Math.min(20, r.width / 2)), y: Math.round(r.y + r.height / 2) };
          }, selector),
        selector,
      ))!;
      await mouseClick(bidi, frontContext, x, y, 2);
      await until(() => chrome<boolean>(`document.getElementById('contentAreaContextMenu').state === 'open'`), 'the context menu to open');
      await until(
        () =>
          chrome<boolean>(`(() => {
            const menu = document.getElementById('contentAreaContextMenu');
            const item = [...menu.querySelectorAll('menuitem')].find((i) => i.getAttribute('label') === ${JSON.stringify(label)} && !i.hidden);
            if (!item) return false;
            menu.activateItem(item);
            return true;
          })()`),
        `the menu item “${label}”`,
      );
    },
    async pressInPage(key, modifiers = []) {
      await page.bringToFront();
      await chrome(`gBrowser.selectedBrowser.focus()`);
      await chrome(keyExpression(key, modifiers));
    },
    async openExtensionTab(path) {
      const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await bidi.send('browsingContext.navigate', { context, url: `${origin}/${path}`, wait: 'complete' });
      return new BidiTab(bidi, context, downloads);
    },
    async sidePanel() {
      await until(() => viewOpen('sidebar'), 'the sidebar to open', 30_000);
      const panel = new FirefoxPanel(internals, 'sidebar');
      await panel.waitFor(`document.querySelector('#pb-title')`, 'the sidebar to render');
      return panel;
    },
    async clipboard() {
      return chrome<string>(`navigator.clipboard.readText()`);
    },
    async close() {
      await browser.close().catch(() => undefined);
      await proxy.close();
      await standIn.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
  return harness;
}
