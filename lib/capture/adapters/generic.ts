import type { Capture } from '../../model';
import { listUrl } from '../../url';
import type { Adapter } from '../adapter';
import {
  canonicalUrl,
  cleanText,
  firstValid,
  headlineText,
  jsonLdArticle,
  jsonLdOrganisations,
  meta,
  nameKey,
  pageStatePiece,
  type PageStatePiece,
} from '../page-readers';
import { hostOf, suggestSection } from '../site';
import { chooseTitle, homeLinkNames, quotedPostAuthor, siteNamesOf, socialPost } from '../title-rules';
import {
  authorsFromAnalyticsTags,
  authorsFromAuthorPageLinks,
  authorsFromBylineBlock,
  authorsFromCitation,
  authorsFromDublinCore,
  authorsFromMarkup,
  authorsFromLabelledField,
  authorsFromMetaTags,
  authorsFromPersonalSite,
  authorsFromProfileLinks,
  authorsNearHeadline,
  authorsFromBylineDescription,
  authorsFromBylineLine,
  inOrdinaryCase,
  isBlogEngine,
  isFullName,
  looksLikeName,
  peopleNotSite,
  sharesName,
  withBylineNames,
  withoutByPrefix,
} from '../author-rules';
import {
  dateBehindRelativeTime,
  dateFromAddress,
  dateFromDateClass,
  dateFromLabelledField,
  dateFromMetaTags,
  dateFromMicrodata,
  dateFromParselyPage,
  dateFromTimeElement,
  dateNearHeadline,
  isWikiPage,
  parselyPage,
} from '../date-rules';
import { isPublisherArticle, saysNews, saysOpinion } from '../section-rules';

const MAX_AUTHORS = 200;

/**
 * Any page, each field read in order of trust: what the page declares for machines (Highwire
 * `citation_*`, Dublin Core, JSON-LD, Parse.ly and Sailthru, Open Graph), then what it shows a reader
 * (its headline, byline and dateline). Each rule lives in title-, author-, date- or section-rules.ts.
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
  const parsely = firstValid([() => parselyPage(doc)]);

  const homeLinks = firstValid([() => homeLinkNames(doc, url)]) ?? [];
  const names = siteNamesOf([siteName, meta(doc, 'application-name'), meta(doc, 'og:site_name'), ld?.publisher], homeLinks, url);
  const heading = firstValid([() => headlineText(doc)]) ?? '';
  // The page's own JSON state, read only when a rule asks for it (it may be large).
  let statePieceRead: PageStatePiece | null | undefined;
  const statePiece = () =>
    statePieceRead === undefined ? (statePieceRead = firstValid([() => pageStatePiece(doc, heading)])) : statePieceRead;
  const title = chooseTitle(
    [
      meta(doc, 'citation_title'),
      meta(doc, 'dcterms.title'),
      meta(doc, 'DC.title'),
      ld?.title,
      meta(doc, 'parsely-title'),
      typeof parsely?.title === 'string' ? cleanText(parsely.title) : null,
      meta(doc, 'sailthru.title'),
    ],
    [meta(doc, 'og:title'), meta(doc, 'twitter:title')],
    cleanText(doc.title),
    heading,
    names,
    meta(doc, 'description') ?? meta(doc, 'og:description') ?? '',
  );

  // What the page declares for machines, in order of trust; then what it shows a reader.
  const nonEmpty = (list: string[]) => list.length > 0;
  // A news desk credits unsigned pieces to itself; a personal blog's publisher is its author.
  const publisherArticle = firstValid([() => isPublisherArticle(doc)]) ?? false;
  const newsLike = /NewsArticle$/.test(ld?.type ?? '') || publisherArticle;
  const ldAuthors = ld?.authors.map(withoutByPrefix).filter(looksLikeName) ?? [];
  const organisations = newsLike ? [ld?.publisher, ...(firstValid([() => jsonLdOrganisations(doc)]) ?? [])] : [];
  const people = (list: string[] | null | undefined) => peopleNotSite((list ?? []).map(inOrdinaryCase), organisations, names);
  const declaredAuthors =
    firstValid<string[]>(
      [
        () => authorsFromCitation(doc),
        () => authorsFromDublinCore(doc),
        () => (ld?.accountAuthors ? [] : ldAuthors),
        () => authorsFromBylineDescription(doc),
        () => authorsFromAnalyticsTags(doc),
        () => statePiece()?.authors,
      ].map((rule) => () => people(rule())),
      nonEmpty,
    ) ?? [];
  // `<meta name=author>` and Yoast's JSON-LD author are often the account that posted (a
  // communications writer, a login): weaker than the byline a reader sees.
  const taggedAuthors = declaredAuthors.length
    ? []
    : (firstValid<string[]>(
        [() => (ld?.accountAuthors ? ldAuthors : []), () => authorsFromMetaTags(doc)].map((rule) => () => people(rule())),
        nonEmpty,
      ) ?? []);
  const bylineAuthors =
    firstValid<string[]>(
      [() => authorsFromMarkup(doc), () => authorsFromBylineBlock(doc), () => authorsFromAuthorPageLinks(doc, url)].map(
        (rule) => () => people(rule()),
      ),
      nonEmpty,
    ) ?? [];
  const shownAuthors = bylineAuthors.length
    ? bylineAuthors
    : (firstValid<string[]>(
        [
          () => authorsNearHeadline(doc),
          () => authorsFromBylineLine(doc),
          () => authorsFromLabelledField(doc),
          () => authorsFromProfileLinks(doc, url),
          () =>
            authorsFromPersonalSite(
              [meta(doc, 'og:site_name'), ...homeLinks],
              url,
              Boolean(doc.querySelector('a[rel~="me"], link[rel~="me"]')) || (!newsLike && isBlogEngine(meta(doc, 'generator'))),
            ),
          () => [socialPost(cleanText(doc.title))?.author ?? ''].filter(looksLikeName),
          // Only a post page: on a news page, "Name: "…"" quotes someone, who did not write it.
          () => (newsLike ? [] : [quotedPostAuthor(cleanText(doc.title)) ?? ''].filter((name) => looksLikeName(name) && isFullName(name))),
        ].map((rule) => () => people(rule())),
        nonEmpty,
      ) ?? []);
  const authors = declaredAuthors.length
    ? withBylineNames(declaredAuthors, shownAuthors)
    : taggedAuthors.length && !(bylineAuthors.length && !sharesName(taggedAuthors, bylineAuthors))
      ? withBylineNames(taggedAuthors, shownAuthors)
      : shownAuthors;

  const wiki = isWikiPage(doc);
  const published = wiki
    ? null
    : firstValid([
        () => dateFromMetaTags(doc),
        () => ld?.published,
        () => statePiece()?.published,
        () => dateFromParselyPage(doc),
        () => dateFromMicrodata(doc),
        () => dateFromTimeElement(doc),
        () => dateBehindRelativeTime(doc),
        () => dateFromLabelledField(doc),
        () => dateNearHeadline(doc),
        () => dateFromDateClass(doc),
        () => dateFromAddress(url),
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
    title: title.slice(0, 1000) || hostOf(url),
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
      newsDesk: firstValid([() => saysNews(doc)]) ?? false,
      publisherArticle,
      wiki,
      opinion: firstValid([() => saysOpinion(doc, ld?.type)]) ?? false,
      // A site named after the piece's author is that person's own.
      personal: Boolean(siteName) && authors.some((author) => nameKey(author) === nameKey(siteName!)),
    }),
    selection: null,
  };
}

export const genericAdapter: Adapter = {
  name: 'generic',
  matches: () => true,
  extract: readGeneric,
};
