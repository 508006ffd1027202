import { meta, metaAll } from './page-readers';
import { parselyPage } from './date-rules';

/**
 * Section rules: what a page says about the desk that wrote it. A journal's news desk publishes
 * on the same site, with the same citation tags, as its research papers; these tell them apart.
 */

/** DOI prefixes journals give their news items: Nature Portfolio's `d4xxxx-` news and comment pieces. */
const NEWS_DOI = [/^10\.1038\/d4\d{4}-/i];

export function isNewsDoi(doi: string | null | undefined): boolean {
  const value = (doi ?? '').trim().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '');
  return NEWS_DOI.some((pattern) => pattern.test(value));
}

/** Document types and sections a news desk uses ("News", "News & Views", "News Feature", "Nachrichten"). */
export function isNewsLabel(label: string | null | undefined): boolean {
  return /^(news|breaking news|nachrichten|actualités|noticias)\b/i.test((label ?? '').trim());
}

/** Does the page say it is a news item: its document type, its article section, or its DOI? */
export function saysNews(doc: Document): boolean {
  const types = ['dc.type', 'dcterms.type', 'citation_article_type', 'prism.section'].flatMap((key) => metaAll(doc, key));
  if (types.some(isNewsLabel)) return true;
  if (meta(doc, 'og:type') === 'article' && metaAll(doc, 'article:section').some(isNewsLabel)) return true;
  return isNewsDoi(meta(doc, 'citation_doi') ?? meta(doc, 'dc.identifier') ?? meta(doc, 'prism.doi'));
}

/**
 * A publisher's dated article without Open Graph: Parse.ly and Sailthru tags are put on pages by news
 * publishers' analytics, with the piece's type and publication date.
 */
export function isPublisherArticle(doc: Document): boolean {
  const parsely = meta(doc, 'parsely-type') ?? (parselyPage(doc)?.type as string | undefined);
  return Boolean(
    (parsely && /^(post|article|news)/i.test(parsely)) ||
    meta(doc, 'parsely-pub-date') ||
    (meta(doc, 'sailthru.date') && meta(doc, 'sailthru.title')),
  );
}

/** Sections and types that file a piece under opinion: "Opinion", "Ideas", "Essay", "Commentary", "Column". */
export function saysOpinion(doc: Document, jsonLdType: string | null | undefined): boolean {
  if (jsonLdType === 'OpinionNewsArticle') return true;
  return metaAll(doc, 'article:section').some((section) =>
    /^(opinion|ideas|essays?|commentary|columns?|meinung|tribune|opinión)\b/i.test(section.trim()),
  );
}
