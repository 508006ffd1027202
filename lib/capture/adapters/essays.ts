import type { Adapter } from '../adapter';
import { readGeneric } from './generic';
import { cleanText, firstValid, meta, text } from '../page-readers';

/** Newsletters and essay platforms: Substack (any domain it serves) and Medium. Perspectives. */
function isSubstack(url: URL, doc: Document): boolean {
  return (
    url.hostname.endsWith('.substack.com') ||
    Boolean(doc.querySelector('link[href*="substackcdn.com"], meta[content*="substackcdn.com"], script[src*="substackcdn.com"]'))
  );
}

export const substackAdapter: Adapter = {
  name: 'substack',
  matches: (url, doc) => isSubstack(url, doc),
  extract(doc, url) {
    const base = readGeneric(doc, url);
    return {
      ...base,
      title: firstValid([() => text(doc.querySelector('h1.post-title')) || null]) ?? base.title,
      abstract: firstValid([() => text(doc.querySelector('h3.subtitle')) || null, () => base.abstract]),
      siteName: base.siteName ?? url.hostname,
      section: 'Perspectives',
    };
  },
};

export const mediumAdapter: Adapter = {
  name: 'medium',
  matches: (url, doc) => /(^|\.)medium\.com$/.test(url.hostname) || meta(doc, 'al:android:package') === 'com.medium.reader',
  extract(doc, url) {
    const base = readGeneric(doc, url);
    // Medium titles read "Title | by Name | Medium", or "Title | by Name | in Publication | Medium".
    const title = cleanText(base.title)
      .replace(/\s+\|\s+by\s+.*$/i, '')
      .replace(/\s+\|\s+Medium$/i, '');
    return { ...base, title, siteName: 'Medium', section: 'Perspectives' };
  },
};
