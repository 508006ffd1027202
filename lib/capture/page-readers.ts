import { collapseSpace, decodeEntities } from '../text';
import { parseDay } from './day-text';

export { parseDay };

/** Small readers of a `Document` shared by every adapter. None of them throws on odd markup. */

const MAX_TEXT = 20_000;

/** Text as a curator would type it: entities decoded, white space collapsed, bounded in length. */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  return collapseSpace(decodeEntities(text.slice(0, MAX_TEXT)));
}

/**
 * The first `count` items of a node list, without touching the rest: spreading a list of every
 * paragraph of a 2 MB page (`[...list].slice(0, n)`) costs more than the rule that reads it.
 */
export function firstOf<T>(list: ArrayLike<T>, count: number): T[] {
  return Array.prototype.slice.call(list, 0, count) as T[];
}

/** How many elements of a piece the visible rules look at: every element of an ordinary page. */
const PIECE_ELEMENTS = 2500;
let pieceCache = new WeakMap<Element, Element[]>();
/** The piece's root and headline, found once per reading: each is a few scans of the whole page. */
let rootCache = new WeakMap<Document, Element>();
let headlineCache = new WeakMap<Document, Element | null>();

/** Forgets what one reading kept (`pieceElements`, `articleRoot`, `headline`): the page may have changed since. */
export function startReading(): void {
  pieceCache = new WeakMap();
  rootCache = new WeakMap();
  headlineCache = new WeakMap();
}

/**
 * The first elements of `root` in document order (its descendants, not itself), at most
 * `PIECE_ELEMENTS`: bylines and datelines sit at the top of a piece, and a 2 MB page must not make
 * every rule walk all of it (`querySelectorAll` and a live collection's length both do). Kept per
 * root for one reading.
 */
export function pieceElements(root: Element): Element[] {
  const cached = pieceCache.get(root);
  if (cached) return cached;
  const found: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node && found.length < PIECE_ELEMENTS; node = walker.nextNode()) found.push(node as Element);
  pieceCache.set(root, found);
  return found;
}

/** The elements of the top of `root` (see `pieceElements`) that match `selector`, in document order. */
export function within(root: Element, selector: string): Element[] {
  // A list of tag names is matched by name: far cheaper than a selector match per element.
  if (/^[a-z][a-z0-9-]*(?:,\s*[a-z][a-z0-9-]*)*$/.test(selector)) {
    const tags = new Set(selector.split(/,\s*/).map((tag) => tag.toUpperCase()));
    return pieceElements(root).filter((element) => tags.has(element.tagName.toUpperCase()));
  }
  return pieceElements(root).filter((element) => element.matches(selector));
}

/** Lower-case letters and digits only (any script), so "Acme-Works" and "acme works" compare equal. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The first non-empty value among lazy candidates (later ones are never computed). */
export function firstValid<T>(candidates: ReadonlyArray<() => T | null | undefined>, valid: (value: T) => boolean = Boolean): T | null {
  for (const candidate of candidates) {
    try {
      const value = candidate();
      if (value !== null && value !== undefined && valid(value)) return value;
    } catch {
      // one broken source never hides the next
    }
  }
  return null;
}

/**
 * Every `<meta>` of the page by its lower-cased name, property or itemprop, read once per document:
 * a selector that matches nothing would otherwise walk the whole page for each of the ~25 lookups.
 */
const metaIndexes = new WeakMap<Document, Map<string, string[]>>();

function metaIndex(doc: Document): Map<string, string[]> {
  let index = metaIndexes.get(doc);
  if (index) return index;
  index = new Map();
  for (const node of doc.getElementsByTagName('meta')) {
    const content = node.getAttribute('content');
    if (content === null) continue;
    for (const attribute of ['name', 'property', 'itemprop']) {
      const key = node.getAttribute(attribute)?.trim().toLowerCase();
      if (!key) continue;
      const values = index.get(key);
      if (values) values.push(content);
      else index.set(key, [content]);
    }
  }
  metaIndexes.set(doc, index);
  return index;
}

/** Content of the first `<meta>` named `key` (name, property or itemprop; any case). */
export function meta(doc: Document, key: string): string | null {
  for (const raw of metaIndex(doc).get(key.toLowerCase()) ?? []) {
    const value = cleanText(raw);
    if (value) return value;
  }
  return null;
}

export function metaAll(doc: Document, key: string): string[] {
  return (metaIndex(doc).get(key.toLowerCase()) ?? []).map(cleanText).filter(Boolean);
}

/** The first `<link>` whose `rel` holds `rel`, found without walking the body. */
export function linkHref(doc: Document, rel: string): string | null {
  for (const node of doc.getElementsByTagName('link')) {
    if ((node.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes(rel)) return node.getAttribute('href');
  }
  return null;
}

export function text(node: Element | null | undefined): string {
  return cleanText(node?.textContent);
}

/**
 * Text of an element where two elements that touch with no space between them ("<span>Li Wei</span>
 * <span>Staff Engineer</span>" written without the gap, "作者：李明" then "发布于 …") stay apart,
 * joined by " · " as a reader sees them on separate lines or chips. Punctuation at the seam
 * ("<a>A</a>, <a>B</a>") needs no separator. Bounded walk: hostile markup nests deep.
 */
export function segmentedText(node: Element | null | undefined): string {
  if (!node) return '';
  let out = '';
  let seam = false;
  const walk = (current: Node, depth: number) => {
    if (depth > 50) return;
    for (const child of current.childNodes) {
      if (out.length > MAX_TEXT) return;
      if (child.nodeType === 3) {
        const value = child.textContent ?? '';
        if (!value) continue;
        if (seam && /[\p{L}\p{N})]$/u.test(out) && /^[\p{L}\p{N}(]/u.test(value)) out += ' · ';
        seam = false;
        out += value;
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toLowerCase();
        if (tag === 'script' || tag === 'style') continue;
        seam = true;
        walk(child, depth + 1);
        seam = true;
      }
    }
  };
  walk(node, 0);
  return cleanText(out);
}

/** "Hu, Edward J." → "Edward J. Hu"; other spellings are kept. */
export function personName(raw: string): string {
  const name = cleanText(raw);
  const parts = name.split(',');
  if (parts.length === 2 && parts[0]!.trim() && parts[1]!.trim() && !/\b(jr|sr|ii|iii|phd)\.?$/i.test(parts[1]!.trim())) {
    return `${parts[1]!.trim()} ${parts[0]!.trim()}`;
  }
  return name;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'BlogPosting',
  'ScholarlyArticle',
  'TechArticle',
  'Report',
  'AnalysisNewsArticle',
  'ReportageNewsArticle',
  'OpinionNewsArticle',
  'SocialMediaPosting',
  'Blog',
  'LiveBlogPosting',
]);

function types(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Every JSON-LD object of the page, `@graph` and arrays flattened; broken blocks skipped. */
export function jsonLdNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || nodes.length > 200) return;
    if (Array.isArray(value)) value.forEach((v) => visit(v, depth + 1));
    else if (value && typeof value === 'object') {
      const node = value as JsonObject;
      nodes.push(node);
      if (node['@graph']) visit(node['@graph'], depth + 1);
      // A WebPage often holds the piece as its main entity.
      if (node.mainEntity && typeof node.mainEntity === 'object') visit(node.mainEntity, depth + 1);
    }
  };
  for (const script of doc.getElementsByTagName('script')) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const source = script.textContent ?? '';
    if (source.length > 500_000) continue;
    try {
      visit(JSON.parse(source), 0);
    } catch {
      // a broken block says nothing
    }
  }
  return nodes;
}

export interface JsonLdArticle {
  type: string;
  title: string | null;
  authors: string[];
  /**
   * The authors are the site's accounts, not a byline: WordPress's Yoast names the account that
   * posted (`…/#/schema/person/…` ids), which may be a communications writer, not the researchers.
   */
  accountAuthors: boolean;
  published: string | null;
  description: string | null;
  publisher: string | null;
  url: string | null;
}

/** Names in a JSON-LD value: strings, `{name}` objects, arrays of either, and `{"@id"}` references to other nodes. */
function names(value: unknown, byId: ReadonlyMap<string, JsonObject> = new Map(), depth = 0, people = true): string[] {
  if (depth > 3) return [];
  if (typeof value === 'string') return [cleanText(value)].filter(Boolean);
  if (Array.isArray(value)) return value.flatMap((v) => names(v, byId, depth + 1, people));
  if (value && typeof value === 'object') {
    const node = value as JsonObject;
    // An organisation credited as author ("Tessellate") is the publisher, not a person to list.
    if (people && types(node).some((t) => /Organization|Corporation/.test(t))) return [];
    if (typeof node.name === 'string') return [cleanText(node.name)].filter(Boolean);
    const target = typeof node['@id'] === 'string' ? byId.get(node['@id']) : undefined;
    return target && target !== node ? names(target, byId, depth + 1, people) : [];
  }
  return [];
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? cleanText(value) || null : null;
}

/** Node types that describe the site or its parts, never the piece on the page. */
const NOT_THE_PIECE = new Set([
  'WebSite',
  'Organization',
  'Person',
  'BreadcrumbList',
  'ImageObject',
  'SiteNavigationElement',
  'ListItem',
  'SearchAction',
]);

/**
 * The JSON-LD node that describes the piece: an article type, else any node with a headline or a
 * publication date that is not the site, a person or a breadcrumb (reviews, recipes, web pages).
 */
export function jsonLdArticle(doc: Document): JsonLdArticle | null {
  const nodes = jsonLdNodes(doc);
  const node =
    nodes.find((n) => types(n).some((t) => ARTICLE_TYPES.has(t))) ??
    nodes.find((n) => (n.headline || n.datePublished || n.author) && !types(n).some((t) => NOT_THE_PIECE.has(t)));
  if (!node) return null;
  const byId = new Map<string, JsonObject>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && !byId.has(n['@id'])) byId.set(n['@id'], n);
  return {
    type: types(node).find((t) => ARTICLE_TYPES.has(t)) ?? types(node)[0] ?? 'Thing',
    title: str(node.headline) ?? str(node.name),
    authors: names(node.author, byId).slice(0, 200),
    accountAuthors: [node.author]
      .flat()
      .some(
        (author) =>
          Boolean(author) && typeof author === 'object' && /#\/schema\/person\//.test(String((author as JsonObject)['@id'] ?? '')),
      ),
    published: parseDay(str(node.datePublished) ?? str(node.dateCreated)),
    description: str(node.description) ?? str(node.abstract),
    publisher: names(node.publisher, byId, 0, false)[0] ?? null,
    url: str(node.url) ?? str(node.mainEntityOfPage) ?? null,
  };
}

/** Names of the organisations the page's JSON-LD describes (its publisher, the site's owner, an author that is a company). */
export function jsonLdOrganisations(doc: Document): string[] {
  const found: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || found.length > 20 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const node = value as JsonObject;
    if (types(node).some((t) => /Organization|Corporation/.test(t)) && typeof node.name === 'string') found.push(cleanText(node.name));
    for (const key of ['author', 'publisher', 'creator', 'sourceOrganization']) visit(node[key], depth + 1);
  };
  for (const node of jsonLdNodes(doc)) visit(node, 0);
  return found;
}

/** What a site's own page state (Next.js `__NEXT_DATA__`, `window.__INITIAL_STATE__ = {…}`) says of the piece. */
export interface PageStatePiece {
  authors: string[];
  published: string | null;
}

const STATE_AUTHOR_KEYS = ['authors', 'author', 'byline', 'writers', 'creators'];
const STATE_DATE_KEYS = [
  'publishedAt',
  'published_at',
  'datePublished',
  'publishDate',
  'publish_date',
  'publishedDate',
  'pubDate',
  'date',
  'createdAt',
];

/** The JSON state blobs of a page: `<script type=application/json id=__NEXT_DATA__>` and `window.__X__ = {…};` scripts. */
function pageStates(doc: Document): unknown[] {
  const states: unknown[] = [];
  for (const script of firstOf(doc.getElementsByTagName('script'), 60)) {
    const source = script.textContent ?? '';
    if (source.length > 800_000) continue;
    const assigned = /^\s*window\.__[A-Za-z_]+__\s*=\s*/.exec(source);
    // trimEnd and a last ';' by hand: a regex anchored only at the end is quadratic on a long blank run.
    let json = script.id === '__NEXT_DATA__' ? source.trim() : assigned ? source.slice(assigned[0].length).trimEnd() : null;
    if (json?.endsWith(';')) json = json.slice(0, -1);
    if (!json || !/^[[{]/.test(json)) continue;
    try {
      states.push(JSON.parse(json));
    } catch {
      // a script that is no JSON says nothing
    }
  }
  return states;
}

/**
 * The piece in the page's own state: the object whose title is the piece's heading, with the
 * authors and day it keeps (names as strings or `{name}`). Next.js, Nuxt and Redux sites carry
 * their posts this way; other posts in the same state (related, latest) have other titles.
 */
export function pageStatePiece(doc: Document, heading: string): PageStatePiece | null {
  const key = nameKey(heading);
  if (key.length < 8) return null;
  let visited = 0;
  const find = (value: unknown, depth: number): Record<string, unknown> | null => {
    if (depth > 10 || visited++ > 20_000 || !value || typeof value !== 'object') return null;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, 200)) {
        const found = find(item, depth + 1);
        if (found) return found;
      }
      return null;
    }
    const node = value as Record<string, unknown>;
    const title = [node.title, node.headline, node.name].find((t): t is string => typeof t === 'string');
    if (title && nameKey(title) === key && STATE_AUTHOR_KEYS.concat(STATE_DATE_KEYS).some((k) => k in node)) return node;
    for (const child of Object.values(node)) {
      const found = find(child, depth + 1);
      if (found) return found;
    }
    return null;
  };
  for (const state of pageStates(doc)) {
    const piece = find(state, 0);
    if (!piece) continue;
    const authorValue = STATE_AUTHOR_KEYS.map((k) => piece[k]).find((v) => v !== undefined);
    const authors = [authorValue]
      .flat()
      .map((a) =>
        typeof a === 'string'
          ? a
          : a && typeof a === 'object' && typeof (a as JsonObject).name === 'string'
            ? (a as JsonObject).name
            : null,
      )
      .filter((a): a is string => Boolean(a))
      .map(cleanText)
      .slice(0, 50);
    const dateValue = STATE_DATE_KEYS.map((k) => piece[k]).find((v) => typeof v === 'string') as string | undefined;
    return { authors, published: parseDay(dateValue) };
  }
  return null;
}

/** An absolute http(s) address from an attribute, resolved against the page, or null. */
export function absoluteUrl(raw: string | null | undefined, base: URL): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The page's canonical address: `<link rel=canonical>`, else `og:url`. */
export function canonicalUrl(doc: Document, base: URL): string | null {
  return firstValid([() => absoluteUrl(linkHref(doc, 'canonical'), base), () => absoluteUrl(meta(doc, 'og:url'), base)]);
}

/** Text of an element with TeX kept: MathML `alttext` and MathJax sources stand for rendered math. */
export function textWithTex(node: Element | null | undefined): string {
  if (!node) return '';
  let out = '';
  // Bounded depth: hostile markup nests thousands deep; real text never does.
  const walk = (current: Node, depth = 0) => {
    if (depth > 200) return;
    for (const child of current.childNodes) {
      if (out.length > MAX_TEXT) return;
      if (child.nodeType === 3) out += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const element = child as Element;
        const tag = element.tagName.toLowerCase();
        if (tag === 'math' && element.getAttribute('alttext')) out += `$${element.getAttribute('alttext')}$`;
        else if (tag === 'script' && /math\/tex/.test(element.getAttribute('type') ?? '')) out += `$${element.textContent ?? ''}$`;
        else if (tag === 'br')
          out += ' '; // a line break in a title still separates its words
        else if (
          tag === 'mjx-container' ||
          element.classList.contains('MathJax') ||
          element.classList.contains('MathJax_Preview') ||
          tag === 'style' ||
          tag === 'script' ||
          element.classList.contains('descriptor')
        )
          continue;
        else walk(element, depth + 1);
      }
    }
  };
  walk(node);
  return cleanText(out);
}

/**
 * The element that holds the piece: the `<article>` around the page's first h1; the `<main>` around
 * it when it stands outside any article (the only `<article>`s then are cards of other pieces,
 * "Keep reading"); else the first `<article>`, `<main>`, `[role=main]`, or the body.
 */
export function articleRoot(doc: Document): Element {
  const cached = rootCache.get(doc);
  if (cached) return cached;
  const h1 = doc.querySelector('h1');
  const around = h1?.closest('article') ?? h1?.closest('main, [role="main"]');
  const root = around ?? doc.querySelector('article') ?? doc.querySelector('main, [role="main"]') ?? doc.body ?? doc.documentElement;
  rootCache.set(doc, root);
  return root;
}

const HEADLINE_SELECTORS = [
  'article h1',
  'main h1',
  '[itemprop="headline"]',
  '.entry-title, .post-title, .article-title, .headline',
  'h1',
  'article h2',
  'main h2',
];

/**
 * The piece's own visible heading. A heading that only holds a logo or the site name is skipped by
 * the callers (they know the site's names); this finds the heading a reader sees first.
 */
export function headline(doc: Document): Element | null {
  if (headlineCache.has(doc)) return headlineCache.get(doc)!;
  const found = findHeadline(doc);
  headlineCache.set(doc, found);
  return found;
}

function findHeadline(doc: Document): Element | null {
  for (const selector of HEADLINE_SELECTORS) {
    const node = doc.querySelector(selector);
    if (node && text(node)) return node;
  }
  if (doc.querySelector('h1')) return null;
  // A page with no h1 titles its piece with a lower heading: the one its document title begins with, else the first h2.
  return headingOfDocumentTitle(doc) ?? doc.querySelector('h2');
}

/** Among the first h2–h4 of a page, the one whose text begins the document title ("Heading - Site"). */
export function headingOfDocumentTitle(doc: Document): Element | null {
  const title = cleanText(doc.title);
  if (title.length < 8) return null;
  for (const node of firstOf(doc.querySelectorAll('h2, h3, h4'), 30)) {
    const heading = text(node);
    if (heading.length >= 8 && title.startsWith(heading)) return node;
  }
  return null;
}

/** The headline's text, without the permalink marks documentation generators append ("¶", "#"). */
export function headlineText(doc: Document): string {
  const node = headline(doc);
  if (!node) return '';
  return text(node)
    .replace(/\s*[¶#§🔗]$/u, '')
    .trim();
}
