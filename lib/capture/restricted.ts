import { arxivIdFromUrl } from '../url';

/**
 * Pages no extension script may read, and what to tell the curator. The form stays usable:
 * it is filled with the tab's title and address.
 */
export type PageKind = 'readable' | 'restricted' | 'pdf-arxiv' | 'pdf';

/** The browser the extension runs in: each keeps extensions off its own sites. */
export type BrowserFamily = 'chromium' | 'firefox';

/**
 * Firefox's default `extensions.webextensions.restrictedDomains` (Firefox ESR 153): no extension may
 * read these, whatever it was granted. Chromium lets extensions read them.
 */
export const FIREFOX_RESTRICTED_HOSTS: readonly string[] = [
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'addons.cdn.mozilla.net',
  'addons.mozilla.org',
  'api.accounts.firefox.com',
  'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
];

export function pageKind(address: string | undefined, browser: BrowserFamily = 'chromium'): PageKind {
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
  if (
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && url.pathname.startsWith('/webstore')) ||
    host === 'addons.mozilla.org' ||
    host === 'microsoftedge.microsoft.com'
  ) {
    return 'restricted';
  }
  if (browser === 'firefox' && FIREFOX_RESTRICTED_HOSTS.includes(host)) return 'restricted';
  const isPdf = /\.pdf$/i.test(url.pathname) || /^\/pdf\//.test(url.pathname);
  if (isPdf && arxivIdFromUrl(url)) return 'pdf-arxiv';
  if (/\.pdf$/i.test(url.pathname)) return 'pdf';
  return 'readable';
}

export function restrictionMessage(kind: PageKind, known: { title: boolean; url: boolean } = { title: true, url: true }): string | null {
  const rest =
    known.title && known.url
      ? 'The form has its title and address; fill in the rest.'
      : known.url
        ? 'The form has its address; type the title.'
        : 'Type its title and link.';
  switch (kind) {
    case 'restricted':
      return `The browser does not let extensions read this page. ${rest}`;
    case 'pdf':
      return `The browser's PDF viewer cannot be read. ${rest}`;
    default:
      return null;
  }
}
