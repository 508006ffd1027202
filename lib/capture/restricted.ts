import { arxivIdFromUrl } from '../url';

/**
 * Pages no extension script may read, and what to tell the curator. The form stays usable:
 * it is filled with the tab's title and address.
 */
export type PageKind = 'readable' | 'restricted' | 'pdf-arxiv' | 'pdf';

export function pageKind(address: string | undefined): PageKind {
  if (!address) return 'restricted';
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'restricted';
  }
  if (url.protocol === 'chrome-extension:' && /\/mhjfbmdgcfjbbpaeojofohoefgiehjai\//.test(url.href)) return 'pdf';
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) return 'restricted';
  const host = url.hostname;
  if (host === 'chromewebstore.google.com' || (host === 'chrome.google.com' && url.pathname.startsWith('/webstore')) || host === 'addons.mozilla.org' || host === 'microsoftedge.microsoft.com') {
    return 'restricted';
  }
  const isPdf = /\.pdf$/i.test(url.pathname) || /^\/pdf\//.test(url.pathname);
  if (isPdf && arxivIdFromUrl(url)) return 'pdf-arxiv';
  if (/\.pdf$/i.test(url.pathname)) return 'pdf';
  return 'readable';
}

export function restrictionMessage(kind: PageKind): string | null {
  switch (kind) {
    case 'restricted':
      return 'The browser does not let extensions read this page. The form has its title and address; fill in the rest.';
    case 'pdf':
      return "The browser's PDF viewer cannot be read. The form has the title and address; fill in the rest.";
    default:
      return null;
  }
}
