import type { Capture } from '../../model';
import { listUrl } from '../../url';
import type { Adapter } from '../adapter';
import { canonicalUrl, cleanText, firstValid, jsonLdArticle, meta, metaAll, parseDay, personName, text } from '../page-readers';
import { cleanTitle, hostOf, suggestSection } from '../site';

const MAX_AUTHORS = 200;

/**
 * Any page: read in order of trust, Highwire `citation_*`, Dublin Core, JSON-LD, Open Graph and
 * Twitter, then `<title>` and `<h1>`.
 */
export function readGeneric(doc: Document, url: URL): Capture {
  const ld = firstValid([() => jsonLdArticle(doc)]);
  const scholarly = Boolean(meta(doc, 'citation_title'));
  const siteName = firstValid([
    () => meta(doc, 'og:site_name'),
    () => meta(doc, 'citation_journal_title'),
    () => meta(doc, 'application-name'),
    () => ld?.publisher,
  ]);

  const rawTitle =
    firstValid([
      () => meta(doc, 'citation_title'),
      () => meta(doc, 'DC.title') ?? meta(doc, 'dcterms.title'),
      () => ld?.title,
      () => meta(doc, 'og:title'),
      () => meta(doc, 'twitter:title'),
      () => cleanText(doc.title),
      () => text(doc.querySelector('h1')),
    ]) ?? '';

  const citationAuthors = metaAll(doc, 'citation_author');
  const authors =
    firstValid<string[]>(
      [
        () => citationAuthors.map(personName),
        () => meta(doc, 'citation_authors')?.split(';').map(personName),
        () => metaAll(doc, 'DC.creator').concat(metaAll(doc, 'dcterms.creator')).map(personName),
        () => ld?.authors,
        () => metaAll(doc, 'article:author').filter((a) => !/^https?:/.test(a)),
        () => [meta(doc, 'author')].filter((a): a is string => Boolean(a)),
      ],
      (list) => list.filter(Boolean).length > 0,
    ) ?? [];

  const published = firstValid([
    () => parseDay(meta(doc, 'citation_publication_date')),
    () => parseDay(meta(doc, 'citation_date')),
    () => parseDay(meta(doc, 'citation_online_date')),
    () => parseDay(meta(doc, 'DC.date') ?? meta(doc, 'dcterms.date') ?? meta(doc, 'dcterms.issued')),
    () => ld?.published,
    () => parseDay(meta(doc, 'article:published_time')),
    () => parseDay(doc.querySelector('time[datetime]')?.getAttribute('datetime')),
  ]);

  const abstract = firstValid([
    () => meta(doc, 'citation_abstract'),
    () => meta(doc, 'DC.description') ?? meta(doc, 'dcterms.abstract'),
    () => ld?.description,
    () => meta(doc, 'og:description'),
    () => meta(doc, 'twitter:description'),
    () => meta(doc, 'description'),
  ]);

  const address = firstValid([() => canonicalUrl(doc, url), () => (ld?.url ? new URL(ld.url, url).href : null)]) ?? url.href;
  const listed = listUrl(address) ?? listUrl(url.href) ?? url.href;

  return {
    title: cleanTitle(rawTitle, url, siteName).slice(0, 1000) || hostOf(url),
    url: listed,
    authors: [...new Set(authors.filter(Boolean))].slice(0, MAX_AUTHORS),
    published,
    abstract: abstract ? abstract.slice(0, 10_000) : null,
    arxivId: null,
    siteName,
    section: suggestSection(url, {
      scholarly,
      jsonLdType: ld?.type ?? null,
      ogType: meta(doc, 'og:type'),
      generator: meta(doc, 'generator'),
    }),
    selection: null,
  };
}

export const genericAdapter: Adapter = {
  name: 'generic',
  examples: [
    'https://techcrunch.com/2025/07/22/mistral-releases-a-new-open-model/?utm_source=twitter&utm_campaign=ai#google_vignette',
    'https://www.anthropic.com/news/tracing-thoughts-language-model',
    'https://lilianweng.github.io/posts/2024-11-28-reward-hacking/',
    'https://example.org/notes/attention.html',
    'https://hostile.example/post?id=7&fbclid=XYZ',
    'https://blog.hostile.example/straw-berry',
  ],
  matches: () => true,
  extract: readGeneric,
};
