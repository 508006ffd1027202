import { articleRoot, cleanText, within, headline, meta, segmentedText, text } from './page-readers';
import { dayInText, parseDay } from './day-text';

export { dayInText, parseDay };

/**
 * Date rules: each reads one kind of evidence of the day a piece was first published. The generic
 * adapter tries them in order of trust; a "last updated" day is never taken for the first one.
 */

/** Words that mark a day as a revision, not the first publication. */
const REVISION =
  /\b(updated?|modified|revised|edited|last edited|aktualisiert|geändert|bearbeitet|zuletzt|atualizado|aggiornato|mis à jour|modifié|actualizado|actualización)\b|更新|수정/i;

export function isRevisionLabel(label: string): boolean {
  return REVISION.test(label);
}

/** Publication-date tags in order of trust: Highwire, Dublin Core, Open Graph, Parse.ly, Sailthru, plain names. */
const DATE_TAGS = [
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'dcterms.issued',
  'dc.date.issued',
  'dcterms.date',
  'dc.date',
  'dcterms.created',
  'article:published_time',
  'og:published_time',
  'parsely-pub-date',
  'sailthru.date',
  'datepublished',
  'publish-date',
  'publication_date',
  'pubdate',
  'date',
];

export function dateFromMetaTags(doc: Document): string | null {
  for (const tag of DATE_TAGS) {
    const day = parseDay(meta(doc, tag));
    if (day) return day;
  }
  return null;
}

/** Parse.ly's page JSON (`<meta name="parsely-page">`): its `pub_date`. */
export function dateFromParselyPage(doc: Document): string | null {
  const page = parselyPage(doc);
  return typeof page?.pub_date === 'string' ? parseDay(page.pub_date) : null;
}

/** The Parse.ly page JSON some publishers put in one meta tag, or null. */
export function parselyPage(doc: Document): Record<string, unknown> | null {
  const raw = meta(doc, 'parsely-page');
  if (!raw || raw.length > 20_000) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** What a `<time>` says it is about: its class, and the words just before it in its parent. */
function timeLabel(node: Element): string {
  const before = (node.parentElement?.textContent ?? '').split(node.textContent ?? '')[0] ?? '';
  return `${node.className} ${node.getAttribute('itemprop') ?? ''} ${before.slice(-40)}`;
}

/**
 * A `<time>` of one item in a list of dated items ("Latest from the blog", a list of releases): the
 * day of another piece, not of this page.
 */
export function isListedPieceTime(node: Element): boolean {
  const item = node.closest('li');
  const list = item?.parentElement;
  if (!item || !list) return false;
  for (let sibling = list.firstElementChild, seen = 0; sibling && seen < 30; sibling = sibling.nextElementSibling, seen++) {
    if (sibling !== item && sibling.tagName.toLowerCase() === 'li' && sibling.getElementsByTagName('time').length) return true;
  }
  return false;
}

/**
 * A `<time datetime>` of the article, not of a sidebar: inside the article (or main) element when
 * there is one, never in navigation, asides or footers, and never one labelled as an update.
 */
export function dateFromTimeElement(doc: Document): string | null {
  const root = articleRoot(doc);
  // GitHub and other web-component sites write <relative-time datetime> and <local-time>.
  const times = within(root, 'time, relative-time, local-time').slice(0, 50);
  const ordered = [
    ...times.filter(
      (t) => /publish|created|posted|pubdate/i.test(`${t.className} ${t.getAttribute('itemprop') ?? ''}`) || t.hasAttribute('pubdate'),
    ),
    ...times,
  ];
  for (const node of ordered) {
    if (node.closest('nav, aside, footer, [role="complementary"]') || isListedPieceTime(node)) continue;
    if (isRevisionLabel(timeLabel(node))) continue;
    const day = parseDay(node.getAttribute('datetime')) ?? parseDay(text(node));
    if (day) return day;
  }
  return null;
}

/** Lines of text just after the headline, where pages put their byline and dateline. */
export function linesNearHeadline(doc: Document, limit = 6): string[] {
  const heading = headline(doc);
  if (!heading) return [];
  const lines: string[] = [];
  // The headline's following siblings, then (when it sits alone in a header) its parent's.
  for (let level: Element | null = heading, depth = 0; level && depth < 3 && lines.length < limit; level = level.parentElement, depth++) {
    // Bounded: skipped parts do not count as lines, and a page may have thousands of them.
    let visited = 0;
    for (let node = level.nextElementSibling; node && lines.length < limit && visited++ < 40; node = node.nextElementSibling) {
      // A part of the page with a heading of its own ("Latest from the blog") is not the byline, nor are the comments.
      if (node.querySelector('h2, h3') || /comment/i.test(`${node.id} ${node.className}`)) continue;
      const line = segmentedText(node);
      if (line && line.length <= 300) lines.push(line);
      else if (line.length > 300) break;
    }
  }
  return lines;
}

/**
 * Lines just above the headline, in its own block: many sites set the dateline over the title
 * ("February 5, 2026" above the h1, under a section kicker). Only the headline's preceding siblings,
 * never what lies outside its block (the navigation, other pieces).
 */
export function linesAboveHeadline(doc: Document, limit = 2): string[] {
  const heading = headline(doc);
  const lines: string[] = [];
  for (
    let node = heading?.previousElementSibling, seen = 0;
    node && lines.length < limit && seen++ < 4;
    node = node.previousElementSibling
  ) {
    if (node.closest('nav, header > ul') || node.querySelector('h1, h2, h3, nav')) break;
    const line = segmentedText(node);
    if (line && line.length <= 120) lines.push(line);
  }
  return lines;
}

/**
 * Schema.org microdata: the piece's `itemprop="datePublished"` (Blogger, Q&A sites, many CMS themes)
 * and the microformats' `published` classes
 * in its `content`, `datetime` or `title`, else its text. The first one is the piece's; replies and
 * answers come after it.
 */
export function dateFromMicrodata(doc: Document): string | null {
  // The hAtom and h-entry microformats mark the same day with a class (`abbr.published`, `.dt-published`),
  // often in the post's own <footer class="post-info"> above its text.
  const marked = '[itemprop~="datePublished"], [itemprop~="dateCreated"], .dt-published, abbr.published, time.published';
  for (const node of within(doc.documentElement, marked).slice(0, 5)) {
    if (node.closest('nav, aside, .comment, .comments') || (node.closest('footer') && !node.matches('.published, .dt-published'))) continue;
    const day =
      parseDay(node.getAttribute('content') ?? node.getAttribute('datetime') ?? node.getAttribute('title')) ?? parseDay(text(node));
    if (day) return day;
  }
  return null;
}

/** A day written out near the headline ("February 26, 2026", "26. Februar 2026"), skipping "Updated …" lines. */
export function dateNearHeadline(doc: Document): string | null {
  for (const line of [...linesNearHeadline(doc), ...linesAboveHeadline(doc)]) {
    const found = dayInText(line);
    if (found && !isRevisionLabel(line.slice(Math.max(0, found.at - 30), found.at))) return found.day;
  }
  return null;
}

/** Words of a relative time a page shows in place of its day ("8 months ago", "vor 3 Stunden"). */
const RELATIVE_TIME = /\b(ago|just now|yesterday|vor|il y a|hace|fa)\b|前|전/i;

/**
 * The machine day behind a relative time: forums and aggregators show "8 months ago" and keep the
 * moment in the element's `title` ("2026-03-04T15:22:10") or its tooltip's data attribute. The first such element of the piece is
 * its own; later ones are replies.
 */
export function dateBehindRelativeTime(doc: Document): string | null {
  const root = articleRoot(doc);
  for (const node of within(root, '[title], [data-tippy-content], [data-tooltip]').slice(0, 200)) {
    if (node.closest('nav, aside, footer, .comment, .comments')) continue;
    const label = cleanText(node.textContent);
    if (!label || label.length > 40 || !RELATIVE_TIME.test(label) || isRevisionLabel(timeLabel(node))) continue;
    const day = parseDay(node.getAttribute('title') ?? node.getAttribute('data-tippy-content') ?? node.getAttribute('data-tooltip'));
    if (day) return day;
  }
  return null;
}

/** Labels of a publication-day field ("Published", "公開", "发布于", "Veröffentlicht"). */
const PUBLISHED_LABEL =
  /^(?:published(?: on)?|publication date|date published|posted(?: on)?|released|公開(?:日)?|投稿日|发布(?:于|时间)?|發佈|게시일|등록일|veröffentlicht(?: am)?|publié le|publicado(?: el| em)?|pubblicato(?: il)?)\s*[:：]?$/i;

/**
 * A labelled publication day: a `dt`, `th` or label that says "Published" and the element after it
 * (a sidebar of dates, a table of properties). A "last updated" label is not it.
 */
export function dateFromLabelledField(doc: Document): string | null {
  for (const label of within(doc.documentElement, 'dt, th, [class*="label" i], [class*="property-name" i]').slice(0, 60)) {
    if (!PUBLISHED_LABEL.test(cleanText(label.textContent))) continue;
    const value = label.nextElementSibling;
    if (!value) continue;
    const tooltip = value.querySelector('[data-tooltip], [title], time');
    const day =
      parseDay(tooltip?.getAttribute('datetime') ?? tooltip?.getAttribute('data-tooltip') ?? tooltip?.getAttribute('title')) ??
      dayInText(cleanText(value.textContent))?.day ??
      null;
    if (day) return day;
  }
  return null;
}

/**
 * A wiki article (MediaWiki and its kin) is written by many people over years: no day is its
 * publication, whatever its metadata says (Wikipedia's JSON-LD gives the day the page was created).
 */
export function isWikiPage(doc: Document): boolean {
  return /^(MediaWiki|DokuWiki|TiddlyWiki|Wiki\.js|XWiki|Confluence)\b/i.test(meta(doc, 'generator') ?? '');
}

/** Any short date-like element of the article ("post-date", "entry-meta", "dateline"). */
export function dateFromDateClass(doc: Document): string | null {
  const root = articleRoot(doc);
  for (const node of within(root, '[class*="date" i], [class*="posted" i], [class*="published" i], [class*="meta" i]').slice(0, 20)) {
    const line = cleanText(node.textContent);
    if (line.length > 200 || node.closest('nav, aside, footer')) continue;
    const found = dayInText(line);
    if (found && !isRevisionLabel(line)) return found.day;
  }
  return null;
}

/**
 * The day in the address, last resort for blogs that print none: `/2026/01/31/slug`, `/2026-01-31-slug`.
 * A year and month alone (`/2026/01/`) name no day.
 */
export function dateFromAddress(url: URL): string | null {
  const match = /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?:[/-]|$)/.exec(url.pathname);
  if (match) return parseDay(`${match[1]}-${match[2]}-${match[3]}`);
  // "/2026/Feb/19/slug": weblogs that spell the month.
  const spelled = /\/((?:19|20)\d{2})\/([A-Za-z]{3,9})\/(\d{1,2})\//.exec(url.pathname);
  return spelled ? parseDay(`${spelled[3]} ${spelled[2]} ${spelled[1]}`) : null;
}
