import { arxivAbsUrl, arxivIdFromUrl } from '../../url';
import type { Adapter } from '../adapter';
import { readGeneric } from './generic';
import { text } from '../page-readers';

/** alphaXiv discussion pages of arXiv papers: the list links the paper on arXiv. */
export const alphaxivAdapter: Adapter = {
  name: 'alphaxiv',
  matches: (url) => /(^|\.)alphaxiv\.org$/.test(url.hostname) && arxivIdFromUrl(url) !== null,
  extract(doc, url) {
    const id = arxivIdFromUrl(url)!;
    const base = readGeneric(doc, url);
    return {
      ...base,
      title: base.title || text(doc.querySelector('h1')),
      url: arxivAbsUrl(id),
      arxivId: id,
      siteName: 'alphaXiv',
      section: 'Research',
    };
  },
};
