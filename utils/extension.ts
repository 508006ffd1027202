import { browser } from 'wxt/browser';
import { arxivIdFromUrl } from '@/lib/url';
import { pageKind, restrictionMessage } from '@/lib/capture/restricted';
import { ArxivLookupError, createArxivLookup, withArxivRecord } from '@/lib/capture/arxiv-api';
import { captureFromTab, pageCapture, type PageCapture, type TabInfo } from '@/lib/capture/page-capture';
import { cachedPaper, cachePaper } from '@/lib/db/arxiv-cache';
import type { PaperboyDB } from '@/lib/db/schema';
import type { PageReading } from './page-reading';

/** Every use of the browser's extension APIs by the views, behind one small interface. */

export async function activeTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (!tab?.id || tab.id < 0) return null;
  return { id: tab.id, windowId: tab.windowId ?? -1, url: tab.url, title: tab.title };
}

/**
 * The reader of the tab in front: the content script on ordinary pages, arXiv's API for arXiv PDFs
 * (its answers kept in the library's bounded cache, through the view's own connection).
 */
export function pageReader(library: () => Promise<PaperboyDB>): (tab: TabInfo) => Promise<PageCapture> {
  const lookupArxiv = createArxivLookup({
    fetch: (url) => fetch(url, { credentials: 'omit', cache: 'default' }),
    parse: (source, type) => new DOMParser().parseFromString(source, type),
    store: {
      get: async (id) => cachedPaper(await library(), id),
      set: async (id, capture) => cachePaper(await library(), id, capture),
    },
  });
  return (tab) => capturePage(tab, lookupArxiv);
}

async function capturePage(tab: TabInfo, lookupArxiv: ReturnType<typeof createArxivLookup>): Promise<PageCapture> {
  const kind = pageKind(tab.url);
  if (kind === 'pdf-arxiv') {
    const id = arxivIdFromUrl(tab.url!)!;
    try {
      return pageCapture(await lookupArxiv(id), null, null);
    } catch (error) {
      const why = error instanceof ArxivLookupError ? error.message : 'arXiv could not be asked.';
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
    const [result] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/capture.js'] });
    const reading = result?.result as PageReading | undefined;
    if (!reading?.capture) throw new Error('no answer from the page');
    const { adapter: _adapter, ...capture } = reading.capture;
    const notice = capture.title ? null : 'This page has no title Paperboy could find; type one.';
    const read = pageCapture(capture, reading.selectionHtml, notice);
    // An arXiv HTML rendering states no date: arXiv's record completes it, without holding the form.
    if (capture.arxivId && /^https:\/\/arxiv\.org\/html\//.test(tab.url ?? '')) {
      read.refined = lookupArxiv(capture.arxivId).then(
        (record) => withArxivRecord(capture, record),
        () => null,
      );
    }
    return read;
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    const notAllowed = /cannot access|cannot be scripted|permission|must request|extensions gallery|missing host/i.test(message);
    return pageCapture(
      captureFromTab(tab),
      null,
      notAllowed
        ? 'Paperboy may read this page only after you click its toolbar button (or press Alt+Shift+P) on it. The form has its title and address.'
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
  const updated = (_id: number, info: { status?: string; url?: string }, tab: { active?: boolean }) => {
    if (tab.active && (info.status === 'complete' || info.url)) listener();
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

export async function askToReadEveryTab(): Promise<boolean> {
  try {
    return await browser.permissions.request(ALL_SITES);
  } catch {
    return false;
  }
}
