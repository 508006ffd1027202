import type { Capture } from '../../model';
import { arxivAbsUrl, arxivIdFromUrl } from '../../url';
import type { Adapter } from '../adapter';
import { looksLikeName } from '../author-rules';
import { readGeneric } from './generic';
import { cleanText, firstValid, meta, parseDay, text } from '../page-readers';

/**
 * Hugging Face: paper pages (`/papers/ID`, an arXiv paper) and the hub's models, datasets and spaces.
 */
function readPaper(doc: Document, url: URL, id: string): Capture {
  const base = readGeneric(doc, url);
  const heading = text(doc.querySelector('h1'));
  const abstractHeading = [...doc.querySelectorAll('h2, h3')].find((h) => /^abstract$/i.test(text(h)));
  const abstractNode = abstractHeading?.nextElementSibling;
  const authorLinks = [...doc.querySelectorAll('a[href^="/papers?author"], .author a, [data-author]')]
    .map((a) => text(a))
    .filter((name) => name && name.length < 80);
  const publishedText = [...doc.querySelectorAll('div, span, time')]
    .slice(0, 3000)
    .map((node) => (node.childElementCount === 0 ? text(node) : ''))
    .find((t) => /^Published on /i.test(t));
  return {
    ...base,
    title: heading || base.title,
    url: arxivAbsUrl(id),
    arxivId: id,
    authors: authorLinks.length ? [...new Set(authorLinks)] : base.authors,
    published: firstValid([() => parseDay(publishedText?.replace(/^Published on\s*/i, '')), () => base.published]),
    abstract: firstValid([() => text(abstractNode) || null, () => base.abstract]),
    siteName: 'Hugging Face',
    section: 'Research',
  };
}

function readHub(doc: Document, url: URL): Capture {
  const base = readGeneric(doc, url);
  const [owner, name] = url.pathname
    .replace(/^\/(datasets|spaces)\//, '/')
    .split('/')
    .filter(Boolean);
  const repo = owner && name ? `${owner}/${name}` : null;
  const kind = url.pathname.startsWith('/datasets/') ? 'datasets/' : url.pathname.startsWith('/spaces/') ? 'spaces/' : '';
  return {
    ...base,
    title: cleanText(base.title.replace(/\s*·\s*Hugging Face$/i, '')) || repo || base.title,
    url: repo ? `https://huggingface.co/${kind}${repo}` : base.url,
    // The owner credits the work when it is written as a name ("Qwen"); a handle ("northwind-ai") is no one to credit.
    authors: base.authors.length ? base.authors : owner && looksLikeName(owner) ? [owner] : [],
    siteName: 'Hugging Face',
    section: 'Resources',
    abstract: base.abstract ?? meta(doc, 'description'),
  };
}

export const huggingFaceAdapter: Adapter = {
  name: 'huggingface',
  matches: (url) => url.hostname === 'huggingface.co' || url.hostname === 'www.huggingface.co',
  extract(doc, url) {
    const id = arxivIdFromUrl(url);
    if (id) return readPaper(doc, url, id);
    if (/^\/(blog|docs|learn)\//.test(url.pathname)) return { ...readGeneric(doc, url), siteName: 'Hugging Face' };
    return readHub(doc, url);
  },
};
