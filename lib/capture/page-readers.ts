import { collapseSpace, decodeEntities } from '../text';
import { monthIndex, makeDay, isDay } from '../dates';

/** Small readers of a `Document` shared by every adapter. None of them throws on odd markup. */

const MAX_TEXT = 20_000;

/** Text as a curator would type it: entities decoded, white space collapsed, bounded in length. */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  return collapseSpace(decodeEntities(text.slice(0, MAX_TEXT)));
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

/** "Hu, Edward J." → "Edward J. Hu"; other spellings are kept. */
export function personName(raw: string): string {
  const name = cleanText(raw);
  const parts = name.split(',');
  if (parts.length === 2 && parts[0]!.trim() && parts[1]!.trim() && !/\b(jr|sr|ii|iii|phd)\.?$/i.test(parts[1]!.trim())) {
    return `${parts[1]!.trim()} ${parts[0]!.trim()}`;
  }
  return name;
}

const MONTH_WORD = '([A-Za-z]{3,9})\\.?';

/** A calendar day from the spellings pages use, or null. Never shifts a day by time zone. */
export function parseDay(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = raw.trim();
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(value);
  if (match) return checked(+match[1]!, +match[2]!, +match[3]!);
  match = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD},?\\s+(\\d{4})`).exec(value);
  if (match) return checked(+match[3]!, monthIndex(match[2]!) ?? 0, +match[1]!);
  match = new RegExp(`${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`).exec(value);
  if (match) return checked(+match[3]!, monthIndex(match[1]!) ?? 0, +match[2]!);
  return null;
}

function checked(year: number, month: number, day: number): string | null {
  if (!month || year < 1900 || year > 2200) return null;
  const result = makeDay(year, month, day);
  return isDay(result) && result === `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` ? result : null;
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
  published: string | null;
  description: string | null;
  publisher: string | null;
  url: string | null;
}

function names(value: unknown): string[] {
  if (typeof value === 'string') return [cleanText(value)].filter(Boolean);
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === 'object') {
    const name = (value as JsonObject).name;
    return typeof name === 'string' ? [cleanText(name)].filter(Boolean) : [];
  }
  return [];
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? cleanText(value) || null : null;
}

export function jsonLdArticle(doc: Document): JsonLdArticle | null {
  const node = jsonLdNodes(doc).find((n) => types(n).some((t) => ARTICLE_TYPES.has(t)));
  if (!node) return null;
  return {
    type: types(node).find((t) => ARTICLE_TYPES.has(t))!,
    title: str(node.headline) ?? str(node.name),
    authors: names(node.author).slice(0, 200),
    published: parseDay(str(node.datePublished) ?? str(node.dateCreated)),
    description: str(node.description) ?? str(node.abstract),
    publisher: names(node.publisher)[0] ?? null,
    url: str(node.url) ?? str(node.mainEntityOfPage) ?? null,
  };
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
