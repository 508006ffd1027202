import type { Adapter } from '../adapter';
import { readGeneric } from './generic';
import { firstValid, meta, text } from '../page-readers';

/** OpenReview forum and PDF pages: one paper per `id`, whatever else the address carries. */
export const openReviewAdapter: Adapter = {
  name: 'openreview',
  matches: (url) => /(^|\.)openreview\.net$/.test(url.hostname) && url.searchParams.has('id'),
  extract(doc, url) {
    const base = readGeneric(doc, url);
    const id = url.searchParams.get('id')!;
    const abstractField = [...doc.querySelectorAll('.note-content-field, strong')].find((n) => /^abstract:?$/i.test(text(n)));
    return {
      ...base,
      url: `https://openreview.net/forum?id=${encodeURIComponent(id)}`,
      abstract: firstValid([
        () => meta(doc, 'citation_abstract'),
        () => text(abstractField?.nextElementSibling) || null,
        () => base.abstract,
      ]),
      siteName: 'OpenReview',
      section: 'Research',
    };
  },
};
