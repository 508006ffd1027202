import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { Cdp } from './cdp';
import { startStandIn, type StandIn } from './server';
import {
  centreExpression,
  findBrowser,
  FOCUSED_EXPRESSION,
  sleep,
  until,
  type BrowserHarness,
  type ExtensionTab,
  type View,
} from './harness';

/**
 * The built extension loaded into real headless Chromium, with a CDP connection to drive its real
 * toolbar popup (Playwright does not list the popup as a page).
 */
export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3-e2e');

export function chromiumPath(): string {
  return findBrowser({
    name: 'Chromium',
    variable: 'CHROME_PATH',
    candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
    install: 'Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chromium or Chrome binary.',
  });
}

/**
 * Chromium in a closed sandbox: no background networking (this machine's network refuses it, many
 * connections at a time), no first-run or sync, and the local stand-ins' throwaway certificates.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--ignore-certificate-errors',
];

/** The real popup (or any extension page target), driven as a person would: clicks and keys. */
export class ExtensionPage implements View {
  constructor(
    private cdp: Cdp,
    private sessionId: string,
    readonly targetId: string,
  ) {}

  async evaluate<T>(expression: string): Promise<T> {
    const result = await this.cdp.send<{ result: { value: T }; exceptionDetails?: { exception?: { description?: string }; text: string } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true, userGesture: true },
      this.sessionId,
    );
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value;
  }

  /** Waits until `expression` is truthy in the page; returns its value. */
  async waitFor<T>(expression: string, what = expression, timeout = 10_000): Promise<T> {
    const deadline = Date.now() + timeout;
    let last: unknown;
    while (Date.now() < deadline) {
      try {
        last = await this.evaluate<T>(expression);
        if (last) return last as T;
      } catch (error) {
        last = error;
      }
      await sleep(50);
    }
    // What the page said instead is usually the reason: put it in the failure.
    const shown = await this.evaluate<string>(`document.body?.innerText ?? ''`).catch(() => '(the page is gone)');
    throw new Error(`Timed out waiting for ${what} (last: ${String(last)}). The page shows:\n${shown.slice(0, 1500)}`);
  }

  async value(selector: string): Promise<string> {
    return this.evaluate<string>(`document.querySelector(${JSON.stringify(selector)})?.value ?? ''`);
  }

  async text(selector = 'body'): Promise<string> {
    return this.evaluate<string>(`document.querySelector(${JSON.stringify(selector)})?.innerText ?? ''`);
  }

  private async centre(selector: string): Promise<{ x: number; y: number }> {
    return this.waitFor<{ x: number; y: number }>(centreExpression(selector), selector);
  }

  /** A real mouse click at the element's centre (trusted, with user activation). */
  async click(selector: string): Promise<void> {
    const { x, y } = await this.centre(selector);
    for (const type of ['mousePressed', 'mouseReleased']) {
      await this.cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 }, this.sessionId);
    }
  }

  /** Clicks into a field, selects what is there, and types `text` (line breaks as Enter). */
  async fill(selector: string, text: string): Promise<void> {
    await this.click(selector);
    await this.press('a', ['Control']);
    await this.press('Backspace');
    await this.type(text);
  }

  async type(text: string): Promise<void> {
    const lines = text.split('\n');
    for (const [i, line] of lines.entries()) {
      if (line) await this.cdp.send('Input.insertText', { text: line }, this.sessionId);
      if (i < lines.length - 1) await this.press('Enter', ['Shift']);
    }
  }

  async press(key: string, modifiers: Array<'Alt' | 'Control' | 'Meta' | 'Shift'> = []): Promise<void> {
    const bits = { Alt: 1, Control: 2, Meta: 4, Shift: 8 };
    const modifier = modifiers.reduce((sum, m) => sum + bits[m], 0);
    const codes: Record<string, [string, number]> = {
      Enter: ['Enter', 13],
      Tab: ['Tab', 9],
      Backspace: ['Backspace', 8],
      Delete: ['Delete', 46],
      Escape: ['Escape', 27],
      ArrowUp: ['ArrowUp', 38],
      ArrowDown: ['ArrowDown', 40],
      a: ['KeyA', 65],
    };
    const [code, keyCode] = codes[key] ?? [key, key.toUpperCase().charCodeAt(0)];
    const text = key === 'Enter' && !modifiers.includes('Control') ? '\r' : key.length === 1 && modifier === 0 ? key : undefined;
    await this.cdp.send(
      'Input.dispatchKeyEvent',
      { type: text ? 'keyDown' : 'rawKeyDown', key, code, windowsVirtualKeyCode: keyCode, modifiers: modifier, text },
      this.sessionId,
    );
    await this.cdp.send(
      'Input.dispatchKeyEvent',
      { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode, modifiers: modifier },
      this.sessionId,
    );
  }

  async focused(): Promise<string> {
    return this.evaluate<string>(FOCUSED_EXPRESSION);
  }

  /** Raw DevTools protocol access to this page, for profiling. */
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    return this.cdp.send<T>(method, params, this.sessionId);
  }

  async screenshot(): Promise<Buffer> {
    const { data } = await this.cdp.send<{ data: string }>(
      'Page.captureScreenshot',
      { format: 'png', captureBeyondViewport: true },
      this.sessionId,
    );
    return Buffer.from(data, 'base64');
  }

  async emulateDark(dark: boolean): Promise<void> {
    await this.cdp.send(
      'Emulation.setEmulatedMedia',
      { features: [{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }] },
      this.sessionId,
    );
  }

  /** Closes the page, as leaving the popup does; one that already closed is fine. */
  async close(): Promise<void> {
    await this.cdp.send('Target.closeTarget', { targetId: this.targetId }).catch(() => undefined);
  }
}

export interface Harness extends BrowserHarness {
  browser: 'chromium';
  context: BrowserContext;
  page: Page;
  worker: Worker;
  extensionId: string;
  standIn: StandIn;
  /** Opens a page at its real address in the tab in front. */
  visit(url: string): Promise<void>;
  /** Clicks the toolbar button, in effect: opens the real popup on the tab in front. */
  openPopup(): Promise<ExtensionPage>;
  /** Attaches to an open extension page (the side panel, say) by its file name. */
  attach(file: string): Promise<ExtensionPage>;
  /** The text on the system clipboard. */
  clipboard(): Promise<string>;
  close(): Promise<void>;
}

export async function launch(options: { extraPages?: Record<string, string>; jsFlags?: string } = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No test build in ${EXTENSION_DIR}: run \`npm run test:e2e\` (it builds with \`wxt build --mode e2e\`).`);
  }
  const executablePath = chromiumPath();
  const standIn = await startStandIn(options.extraPages);
  const profile = mkdtempSync(join(tmpdir(), 'paperboy-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      ...CHROMIUM_FLAGS,
      '--remote-debugging-port=0',
      `--host-resolver-rules=MAP * 127.0.0.1:${standIn.port}, EXCLUDE localhost`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...(options.jsFlags ? [`--js-flags=${options.jsFlags}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const port = await (async () => {
    for (let i = 0; i < 100; i++) {
      try {
        return readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n');
      } catch {
        await sleep(50);
      }
    }
    throw new Error('Chromium did not open its debugging port');
  })();
  const cdp = await Cdp.connect(`ws://127.0.0.1:${port[0]}${port[1]}`);
  const page = context.pages()[0] ?? (await context.newPage());

  const harness: Harness = {
    browser: 'chromium',
    extensionOrigin: `chrome-extension://${extensionId}`,
    async visitBrowserPage() {
      await page.goto('chrome://version');
      await page.bringToFront();
    },
    inPage: (fn) => page.evaluate(fn),
    inExtension: (fn) => worker.evaluate(fn),
    sidePanel() {
      return this.attach('sidepanel.html');
    },
    async openExtensionTab(path) {
      const tab = await context.newPage();
      await tab.goto(`chrome-extension://${extensionId}/${path}`);
      return playwrightTab(tab);
    },
    context,
    page,
    worker,
    extensionId,
    standIn,
    async visit(url) {
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
    },
    async attach(file) {
      const url = `chrome-extension://${extensionId}/${file}`;
      for (let i = 0; i < 100; i++) {
        const { targetInfos } = await cdp.send<{ targetInfos: Array<{ targetId: string; url: string }> }>('Target.getTargets');
        const target = targetInfos.find((t) => t.url === url);
        if (target) {
          const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
            targetId: target.targetId,
            flatten: true,
          });
          await cdp.send('Runtime.enable', {}, sessionId);
          return new ExtensionPage(cdp, sessionId, target.targetId);
        }
        await sleep(50);
      }
      throw new Error(`${file} did not open`);
    },
    async openPopup() {
      const popupUrl = `chrome-extension://${extensionId}/popup.html`;
      const popupTargets = async () =>
        (await cdp.send<{ targetInfos: Array<{ targetId: string; url: string }> }>('Target.getTargets')).targetInfos.filter(
          (t) => t.url === popupUrl,
        );
      let lastError: unknown;
      // A page that takes focus right after loading (Chromium's PDF viewer) can close a popup
      // opened programmatically; a person clicks later. Try again then.
      for (let attempt = 0; attempt < 3; attempt++) {
        // A popup closed a moment ago can still be listed while it goes: never attach to it.
        const earlier = new Set<string>();
        for (const target of await popupTargets()) {
          earlier.add(target.targetId);
          await cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => undefined);
        }
        await page.bringToFront();
        await worker.evaluate(() =>
          (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup(),
        );
        let targetId: string | undefined;
        for (let i = 0; i < 100 && !targetId; i++) {
          targetId = (await popupTargets()).find((target) => !earlier.has(target.targetId))?.targetId;
          if (!targetId) await sleep(50);
        }
        if (!targetId) throw new Error('The popup did not open');
        try {
          const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
          await cdp.send('Runtime.enable', {}, sessionId);
          await cdp.send('Browser.grantPermissions', {
            origin: `chrome-extension://${extensionId}`,
            permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'],
          });
          const popup = new ExtensionPage(cdp, sessionId, targetId);
          await popup.waitFor(
            `document.querySelector('#pb-title') && document.querySelector('[data-week-loaded]') && !document.body.innerText.includes('Reading the page')`,
            'the popup to render, with its week',
          );
          return popup;
        } catch (error) {
          lastError = error;
          if ((await popupTargets()).length > 0) throw error;
        }
      }
      throw lastError;
    },
    async clipboard() {
      const reader = await context.newPage();
      await reader.goto(`chrome-extension://${extensionId}/library.html`);
      const text = await reader.evaluate(() => navigator.clipboard.readText());
      await reader.close();
      return text;
    },
    async close() {
      cdp.close();
      await context.close();
      await standIn.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return harness;
}

/** An extension page in a tab, through Playwright's locators (real mouse and keyboard). */
function playwrightTab(page: Page): ExtensionTab {
  const tab: ExtensionTab = {
    evaluate: (expression) => page.evaluate(expression),
    // Polled from outside: the extension page's CSP forbids the eval behind waitForFunction(string).
    waitFor: (expression, what = expression, timeout = 10_000) => until(() => page.evaluate(expression), what, timeout),
    async waitForText(text, timeout) {
      await page.getByText(text).first().waitFor({ timeout });
    },
    textAround: (text) => page.getByText(text).innerText(),
    count: (selector) => page.locator(selector).count(),
    innerText: (selector) => page.locator(selector).first().innerText(),
    fill: (label, text) => page.getByLabel(label).fill(text),
    pickFile: (label, file) => page.getByLabel(label).setInputFiles(file),
    clickButton: (name) => page.getByRole('button', { name }).click(),
    async download(button) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      return readFileSync((await download.path())!, 'utf8');
    },
    async reload() {
      await page.reload();
    },
    close: () => page.close(),
  };
  return tab;
}
