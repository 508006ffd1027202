import type { Capture } from '../model';
import { arxivIdFromUrl, listUrl, paperKey } from '../url';
import { collapseSpace, decodeEntities } from '../text';

/** The tab in front, as the browser describes it without reading the page. */
export interface TabInfo {
  id: number;
  windowId: number;
  url: string | undefined;
  title: string | undefined;
}

/** What reading the page in front gave the capture form. */
export interface PageCapture {
  capture: Capture;
  /** The page's selection, as HTML, to be turned into markdown by the view. */
  selectionHtml: string | null;
  /** Said to the curator above the form: why the form is not fully filled. */
  notice: string | null;
  /** The key the page's draft is kept under. */
  pageKey: string;
  /**
   * A better capture still on its way (arXiv's own record for an arXiv HTML page, which has the
   * date the page lacks); null when that source fails, and the page's reading stands.
   */
  refined?: Promise<Capture | null>;
}

/**
 * A capture from the tab's own title and address: what the form shows the moment the popup opens,
 * before the page is read (and all there is on pages no extension may read).
 */
export function captureFromTab(tab: Pick<TabInfo, 'url' | 'title'>): Capture {
  const arxivId = tab.url ? arxivIdFromUrl(tab.url) : null;
  return {
    // As the page readers clean text, without loading them: this runs in the popup's first frame.
    title: tab.title ? collapseSpace(decodeEntities(tab.title.slice(0, 20_000))) : '',
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

export function pageCapture(capture: Capture, selectionHtml: string | null, notice: string | null): PageCapture {
  return { capture, selectionHtml, notice, pageKey: capture.url ? paperKey(capture) : `tab:${capture.title}` };
}
