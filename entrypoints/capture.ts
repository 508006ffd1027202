import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractCapture } from '@/lib/capture/registry';
import type { PageReading } from '@/utils/page-reading';

const MAX_SELECTION_HTML = 200_000;

/** The selection as HTML, serialised from detached copies of its ranges; nothing is rendered. */
function selectionHtml(): string | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const holder = document.createElement('div');
  for (let i = 0; i < selection.rangeCount; i++) holder.append(selection.getRangeAt(i).cloneContents());
  const html = holder.innerHTML;
  return html.trim() ? html.slice(0, MAX_SELECTION_HTML) : null;
}

/**
 * Injected on demand with scripting.executeScript when the curator opens Paperboy; registered on no
 * page. It reads the page and returns the capture: it never changes the page. An unlisted script,
 * not a content script: it needs no content-script context, so the extension API polyfill that
 * context brings stays out of what is injected into every page read.
 */
export default defineUnlistedScript({
  main(): PageReading {
    const started = performance.now();
    const capture = extractCapture(document, location.href, document.title);
    const ms = performance.now() - started;
    return { capture, selectionHtml: selectionHtml(), ms };
  },
});
