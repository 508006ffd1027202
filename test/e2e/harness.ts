import { existsSync } from 'node:fs';
import type { StandIn } from './server';

/**
 * What the end-to-end flows do with a browser, whichever it is: open a page at its real address,
 * open the real toolbar popup on it, work in the popup or the side panel as a person would, read
 * the clipboard. `browser.ts` implements it in Chromium, `firefox.ts` in Firefox; `BROWSER`
 * (chromium, the default, or firefox) chooses, and `npm run test:e2e` runs the flows in both.
 */
export type BrowserName = 'chromium' | 'firefox';

export const BROWSER: BrowserName = process.env.BROWSER === 'firefox' ? 'firefox' : 'chromium';

/** An extension page (the popup, the side panel), driven with real clicks and keys. */
export interface View {
  evaluate<T>(expression: string): Promise<T>;
  /** Waits until `expression` is truthy in the page; returns its value. */
  waitFor<T>(expression: string, what?: string, timeout?: number): Promise<T>;
  value(selector: string): Promise<string>;
  text(selector?: string): Promise<string>;
  /** A real click at the element's centre; `text=Label` finds a button, link or label by its text. */
  click(selector: string): Promise<void>;
  /** Clicks into a field, selects what is there, and types `text` (line breaks as Shift+Enter). */
  fill(selector: string, text: string): Promise<void>;
  type(text: string): Promise<void>;
  press(key: string, modifiers?: Array<'Alt' | 'Control' | 'Meta' | 'Shift'>): Promise<void>;
  /** The focused element's id, label or text. */
  focused(): Promise<string>;
  emulateDark(dark: boolean): Promise<void>;
  /** A PNG of the page, where the browser can take one (Chromium: the README's pictures). */
  screenshot?(): Promise<Buffer>;
  close(): Promise<void>;
}

/** A file handed to a file input, as a person picks one. */
export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** An extension page in a tab of its own (the library), driven with the real mouse and keyboard. */
export interface ExtensionTab {
  evaluate<T>(expression: string): Promise<T>;
  waitFor<T>(expression: string, what?: string, timeout?: number): Promise<T>;
  /** Waits until the page shows `text`. */
  waitForText(text: string, timeout?: number): Promise<void>;
  /** The text of the innermost element that shows `text`. */
  textAround(text: string): Promise<string>;
  count(selector: string): Promise<number>;
  innerText(selector: string): Promise<string>;
  /** Types into the field with this label, replacing what is there. */
  fill(label: string, text: string): Promise<void>;
  /** Picks a file in the file input with this label. */
  pickFile(label: string, file: PickedFile): Promise<void>;
  /** Clicks the button whose accessible name matches. */
  clickButton(name: string | RegExp): Promise<void>;
  /** Clicks the button and returns the text of the file it downloads. */
  download(button: string): Promise<string>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserHarness {
  browser: BrowserName;
  standIn: StandIn;
  /** `chrome-extension://ID` or `moz-extension://UUID`. */
  extensionOrigin: string;
  /** Opens a page at its real address in the tab in front. */
  visit(url: string): Promise<void>;
  /** Opens a page of the browser's own that no extension may read (chrome://version, about:robots). */
  visitBrowserPage(): Promise<void>;
  /** Runs `fn` in the page in the tab in front. */
  inPage<T>(fn: () => T | Promise<T>): Promise<T>;
  /** Runs `fn` in the extension's own context (the service worker, or an extension page), where `chrome` is. */
  inExtension<T>(fn: () => T | Promise<T>): Promise<T>;
  /** Opens the real popup on the tab in front, as the toolbar button does. */
  openPopup(): Promise<View>;
  /** The side panel (Chromium) or sidebar (Firefox) once it is open. */
  sidePanel(): Promise<View>;
  /** Opens an extension page (`library.html`) in a new tab in front. */
  openExtensionTab(path: string): Promise<ExtensionTab>;
  /** The text on the system clipboard. */
  clipboard(): Promise<string>;
  close(): Promise<void>;
}

/** The innermost element whose text includes `text`, as an expression (for textAround). */
export function innermostWithText(text: string): string {
  return `(() => { let found = null;
    for (const el of document.body.querySelectorAll('*')) if (el.innerText?.includes(${JSON.stringify(text)})) found = el;
    return found; })()`;
}

/** Where the element is and whether a click would land on it: shared by both browsers' views. */
export function centreExpression(selector: string): string {
  return centreOfExpression(
    selector.startsWith('text=')
      ? `[...document.querySelectorAll('button, a, summary, label')].find((e) => e.textContent.trim() === ${JSON.stringify(selector.slice(5))})`
      : `document.querySelector(${JSON.stringify(selector)})`,
  );
}

/**
 * The centre of the element `element` (an expression) evaluates to, once it is still and
 * uncovered, as `{ x, y }` in the viewport; null until then (poll it).
 */
export function centreOfExpression(element: string): string {
  return `(() => { const el = ${element};
    if (!el) return null; el.scrollIntoView({ block: 'center' });
    // As a person would: wait until it stops moving (a message appearing above shifts it), and
    // until nothing covers its centre, so the click lands on it and not on a neighbour.
    const at = () => { const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2, w: r.width, h: r.height }; };
    const a = at();
    return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => {
      const b = at();
      const hit = document.elementFromPoint(b.x, b.y);
      done(b.w && b.h && a.x === b.x && a.y === b.y && hit && (hit === el || el.contains(hit) || (el.control && el.control === hit)) ? { x: b.x, y: b.y } : null);
    }))); })()`;
}

export const FOCUSED_EXPRESSION = `(() => { const el = document.activeElement; return el ? (el.id || el.getAttribute('aria-label') || el.textContent?.trim() || el.tagName) : ''; })()`;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns something truthy; the failure says what was awaited. */
export async function until<T>(probe: () => Promise<T>, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (last) return last as T;
    } catch (error) {
      last = error;
    }
    await sleep(50);
  }
  throw new Error(`Timed out waiting for ${what} (last: ${String(last)})`);
}

/**
 * The browser binary the tests run: the one the environment variable names, else the first of the
 * usual places that exists. None fails with how to install one: the tests never skip.
 */
export function findBrowser(options: { name: string; variable: string; candidates: readonly string[]; install: string }): string {
  const fromEnv = process.env[options.variable];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${options.variable} is ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  const found = options.candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`No ${options.name} found for the end-to-end tests. ${options.install}`);
  return found;
}
