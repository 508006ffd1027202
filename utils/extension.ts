import { browser } from 'wxt/browser';
import type { Capture } from '@/lib/model';
import { paperKey, arxivIdFromUrl, listUrl } from '@/lib/url';
import { pageKind, restrictionMessage } from '@/lib/capture/restricted';
import { ArxivLookupError, createArxivLookup } from '@/lib/capture/arxiv-api';
import { cleanText } from '@/lib/capture/page-readers';
import { getSetting, openLibrary, setSetting } from '@/lib/db/library';
import type { PaperboyDB } from '@/lib/db/schema';
import type { PageReading } from './page-reading';

/** Every use of the browser's extension APIs by the views, behind one small interface. */

export interface TabInfo {
  id: number;
  windowId: number;
  url: string | undefined;
  title: string | undefined;
}

export interface PageCapture {
  capture: Capture;
  /** The page's selection, as HTML, to be turned into markdown by the view. */
  selectionHtml: string | null;
  /** Said to the curator above the form: why the form is not fully filled. */
  notice: string | null;
  pageKey: string;
}

export async function activeTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (!tab?.id || tab.id < 0) return null;
  return { id: tab.id, windowId: tab.windowId ?? -1, url: tab.url, title: tab.title };
}

function fromTab(tab: TabInfo): Capture {
  const arxivId = tab.url ? arxivIdFromUrl(tab.url) : null;
  return {
    title: cleanText(tab.title) || '',
    // listUrl already links arXiv papers by their abstract page.
    url: tab.url ? (listUrl(tab.url) ?? tab.url) : '',
    authors: [],
    published: null,
    abstract: null,
    arxivId,
    siteName: null,
    section: arxivId ? 'Research' : 'Resources',
    selection: null,
  };
}

let library: Promise<PaperboyDB> | null = null;
const arxivCacheKey = (id: string) => `arxiv:${id}`;

const lookupArxiv = createArxivLookup({
  fetch: (url) => fetch(url, { credentials: 'omit', cache: 'default' }),
  parse: (source, type) => new DOMParser().parseFromString(source, type),
  store: {
    get: async (id) => getSetting<Capture | undefined>(await (library ??= openLibrary()), arxivCacheKey(id), undefined),
    set: async (id, capture) => setSetting(await (library ??= openLibrary()), arxivCacheKey(id), capture),
  },
});

function withKey(capture: Capture, selectionHtml: string | null, notice: string | null): PageCapture {
  return { capture, selectionHtml, notice, pageKey: capture.url ? paperKey(capture) : `tab:${capture.title}` };
}

/** Reads the tab in front: the content script on ordinary pages, arXiv's API for arXiv PDFs. */
export async function capturePage(tab: TabInfo): Promise<PageCapture> {
  const kind = pageKind(tab.url);
  if (kind === 'pdf-arxiv') {
    const id = arxivIdFromUrl(tab.url!)!;
    try {
      return withKey(await lookupArxiv(id), null, null);
    } catch (error) {
      const why = error instanceof ArxivLookupError ? error.message : 'arXiv could not be asked.';
      return withKey(
        fromTab(tab),
        null,
        `This PDF is arXiv paper ${id}, but its details could not be fetched: ${why} The form has the link; fill in the rest.`,
      );
    }
  }
  const restricted = restrictionMessage(kind, { title: Boolean(tab.title), url: Boolean(tab.url) });
  if (restricted) return withKey(fromTab(tab), null, restricted);
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/capture.js'] });
    const reading = result?.result as PageReading | undefined;
    if (!reading?.capture) throw new Error('no answer from the page');
    const { adapter: _adapter, ...capture } = reading.capture;
    const notice = capture.title ? null : 'This page has no title Paperboy could find; type one.';
    return withKey(capture, reading.selectionHtml, notice);
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    const notAllowed = /cannot access|cannot be scripted|permission|must request|extensions gallery|missing host/i.test(message);
    return withKey(
      fromTab(tab),
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
