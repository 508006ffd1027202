import { browser } from 'wxt/browser';
import type { Capture } from '@/lib/model';
import { arxivIdFromUrl } from '@/lib/url';
import { pageKind, restrictionMessage, type BrowserFamily } from '@/lib/capture/restricted';
import { captureFromTab, pageCapture, type PageCapture, type TabInfo } from '@/lib/capture/page-capture';
import { cachedPaper, cachePaper } from '@/lib/db/arxiv-cache';
import type { PaperboyDB } from '@/lib/db/schema';
import type { PageReading } from './page-reading';

/** Every use of the browser's extension APIs by the views, behind one small interface. */

/** Which browser this build runs in; WXT sets it at build time. */
const FAMILY: BrowserFamily = import.meta.env.FIREFOX ? 'firefox' : 'chromium';

/**
 * The shortcut as the browser has it now (the curator may have changed or removed it), so that
 * no text advertises a key that does nothing. Chromium names the command `_execute_action`,
 * Firefox's MV2 build `_execute_browser_action`.
 */
export async function popupShortcut(): Promise<string | null> {
  try {
    const commands = await browser.commands.getAll();
    const open = commands.find((c) => c.name === '_execute_action' || c.name === '_execute_browser_action');
    return open?.shortcut || null;
  } catch {
    return null;
  }
}

export async function activeTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tabInfo(tab);
}

/** A tab as `tabs.query` gives it, as the views use it; null for none (or a tab with no id). */
export function tabInfo(tab: { id?: number; windowId?: number; url?: string; title?: string } | null | undefined): TabInfo | null {
  if (!tab?.id || tab.id < 0) return null;
  return { id: tab.id, windowId: tab.windowId ?? -1, url: tab.url, title: tab.title };
}

/**
 * The reader of the tab in front: the content script on ordinary pages, arXiv's API for arXiv PDFs
 * (its answers kept in the library's bounded cache, through the view's own connection).
 */
export function pageReader(
  library: () => Promise<PaperboyDB>,
  view: 'popup' | 'sidepanel' = 'popup',
): (tab: TabInfo) => Promise<PageCapture> {
  // arXiv's client (with the arXiv page adapter it falls back to) loads only for arXiv tabs.
  let lookup: Promise<(id: string) => Promise<Capture>> | null = null;
  const lookupArxiv = (id: string) =>
    (lookup ??= arxivApi().then((api) =>
      api.createArxivLookup({
        fetch: (url) => fetch(url, { credentials: 'omit', cache: 'default' }),
        parse: (source, type) => new DOMParser().parseFromString(source, type),
        store: {
          get: async (paper) => cachedPaper(await library(), paper),
          set: async (paper, capture) => cachePaper(await library(), paper, capture),
        },
      }),
    )).then((find) => find(id));
  return (tab) => capturePage(tab, lookupArxiv, view);
}

let arxivApiModule: Promise<typeof import('@/lib/capture/arxiv-api')> | null = null;
const arxivApi = () => (arxivApiModule ??= import('@/lib/capture/arxiv-api'));

/**
 * `view` is who asks: the side panel may be open on a tab it was never granted (Firefox opens it
 * on install), where the browser hides even the address: that is no reason to say the page
 * cannot be read.
 */
async function capturePage(tab: TabInfo, lookupArxiv: (id: string) => Promise<Capture>, view: 'popup' | 'sidepanel'): Promise<PageCapture> {
  if (view === 'sidepanel' && !tab.url) {
    const shortcut = await popupShortcut();
    return pageCapture(
      captureFromTab(tab),
      null,
      `Paperboy reads this tab once you click its toolbar button on it${shortcut ? ` (or press ${shortcut})` : ''}, or once you let the side panel follow every tab. The browser's own pages cannot be read: type their title and link.`,
    );
  }
  const kind = pageKind(tab.url, FAMILY);
  if (kind === 'pdf-arxiv') {
    const id = arxivIdFromUrl(tab.url!)!;
    try {
      return pageCapture(await lookupArxiv(id), null, null);
    } catch (error) {
      const why = error instanceof (await arxivApi()).ArxivLookupError ? (error as Error).message : 'arXiv could not be asked.';
      return pageCapture(
        captureFromTab(tab),
        null,
        `This PDF is arXiv paper ${id}, but its details could not be fetched: ${why} The form has the link; fill in the rest.`,
      );
    }
  }
  const restricted = restrictionMessage(kind, { title: Boolean(tab.title), url: Boolean(tab.url) });
  if (restricted) return pageCapture(captureFromTab(tab), null, restricted);
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/capture.js'] });
    const reading = result?.result as PageReading | undefined;
    if (!reading?.capture) throw new Error('no answer from the page');
    const { adapter: _adapter, ...capture } = reading.capture;
    const notice = capture.title ? null : 'This page has no title Paperboy could find; type one.';
    const read = pageCapture(capture, reading.selectionHtml, notice);
    // An arXiv HTML rendering states no date: arXiv's record completes it, without holding the form.
    if (capture.arxivId && /^https:\/\/arxiv\.org\/html\//.test(tab.url ?? '')) {
      read.refined = lookupArxiv(capture.arxivId).then(
        async (record) => (await arxivApi()).withArxivRecord(capture, record),
        () => null,
      );
    }
    return read;
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    const notAllowed = /cannot access|cannot be scripted|permission|must request|extensions gallery|missing host/i.test(message);
    const shortcut = notAllowed ? await popupShortcut() : null;
    return pageCapture(
      captureFromTab(tab),
      null,
      notAllowed
        ? `Paperboy may read this page only after you click its toolbar button${shortcut ? ` (or press ${shortcut})` : ''} on it. The form has its title and address.`
        : `The page could not be read (${message}). The form has its title and address.`,
    );
  }
}

export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

export function downloadText(fileName: string, text: string, type = 'text/markdown'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Opens Chrome's side panel or Firefox's sidebar; call it synchronously from a click. */
export function openSidePanel(windowId: number): Promise<boolean> {
  const chromePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { windowId: number }): Promise<void> } } }).chrome?.sidePanel;
  if (chromePanel) return chromePanel.open({ windowId }).then(() => true);
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) return sidebar.open().then(() => true);
  return Promise.resolve(false);
}

export function openLibraryPage(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
}

/** Tab switches and page loads in the window, for the side panel that follows the tab in front. */
export function onActiveTabChange(listener: () => void): () => void {
  const activated = () => listener();
  // A page is read once it has loaded, not at the start of its navigation (a half-loaded page gives
  // a half-right capture); an address that changes without a load (a single-page app) is read at once.
  const updated = (_id: number, info: { status?: string; url?: string }, tab: { active?: boolean; status?: string }) => {
    if (!tab.active) return;
    if (info.status === 'complete' || (info.url && tab.status !== 'loading')) listener();
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}

const ALL_SITES = { origins: ['<all_urls>'] };

export async function canReadEveryTab(): Promise<boolean> {
  try {
    return await browser.permissions.contains(ALL_SITES);
  } catch {
    return false;
  }
}

/**
 * Asks for the optional permission; call it synchronously from a click. A refusal by the browser
 * (not by the curator) rejects with the browser's reason, for the view to show: a swallowed error
 * left the button doing nothing.
 */
export async function askToReadEveryTab(): Promise<boolean> {
  try {
    return await browser.permissions.request(ALL_SITES);
  } catch (error) {
    throw new Error(`The browser refused to ask for the permission to read every tab: ${String((error as Error)?.message ?? error)}`);
  }
}

/**
 * The popup's Side panel button, when the panel is already open (Firefox opens the sidebar itself
 * on install, before any click granted it the tab): the open panel reads the tab in front again.
 */
export const READ_AGAIN_MESSAGE = 'paperboy:read-page-again';

export function askSidePanelToReadAgain(): Promise<void> {
  return browser.runtime.sendMessage({ type: READ_AGAIN_MESSAGE }).then(
    () => undefined,
    // No side panel open: no one listens, which is fine.
    () => undefined,
  );
}

export function onReadAgainRequest(listener: () => void): () => void {
  const handle = (message: unknown) => {
    if ((message as { type?: string } | null)?.type === READ_AGAIN_MESSAGE) listener();
  };
  browser.runtime.onMessage.addListener(handle);
  return () => browser.runtime.onMessage.removeListener(handle);
}
