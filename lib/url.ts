/** arXiv identifiers: new style `2106.09685` and old style `math/0211159`, `math.GT/0309136`. */
const NEW_ID = String.raw`\d{4}\.\d{4,5}`;
const OLD_ID = String.raw`[a-z]+(?:-[a-z]+)?(?:\.[A-Za-z]{2})?/\d{7}`;
const ID_WITH_VERSION = new RegExp(String.raw`^(${NEW_ID}|${OLD_ID})(?:v\d+)?$`);

/** The bare identifier (no version) when `text` is an arXiv id with or without a version. */
export function parseArxivId(text: string): string | null {
  const cleaned = text
    .trim()
    .replace(/^arxiv:/i, '')
    .replace(/\.pdf$/i, '');
  return ID_WITH_VERSION.exec(cleaned)?.[1] ?? null;
}

const ARXIV_HOSTS = new Set(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org', 'ar5iv.labs.arxiv.org', 'ar5iv.org']);
const ARXIV_PATH = new RegExp(String.raw`^/(?:abs|pdf|html|format|papers)/((?:${NEW_ID}|${OLD_ID})(?:v\d+)?)(?:\.pdf)?/?$`);
const MIRROR_PATH = new RegExp(String.raw`^/(?:abs|overview|pdf|papers)/((?:${NEW_ID})(?:v\d+)?)/?$`);

/**
 * A plain arXiv paper link, as most rows of a list have: read without a URL parser (in a browser,
 * URL and its getters cost a fifth of reading a 10,000-row list). Anything else takes the full path.
 */
const PLAIN_ARXIV = new RegExp(String.raw`^https?://(?:www\.)?arxiv\.org/(?:abs|pdf)/(${NEW_ID})(?:v\d+)?(?:\.pdf)?$`);

/** The arXiv id a paper address points at: arXiv itself, Hugging Face papers, alphaXiv. */
export function arxivIdFromUrl(address: string | URL): string | null {
  let url: URL;
  try {
    url = typeof address === 'string' ? new URL(address) : address;
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  const path = decodeURIComponent(url.pathname);
  if (ARXIV_HOSTS.has(host)) {
    const match = ARXIV_PATH.exec(path);
    return match ? parseArxivId(match[1]!) : null;
  }
  if (host === 'huggingface.co' || host === 'alphaxiv.org' || host === 'www.alphaxiv.org') {
    const match = MIRROR_PATH.exec(path);
    return match ? parseArxivId(match[1]!) : null;
  }
  return null;
}

export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

export function arxivPdfUrl(id: string): string {
  return `https://arxiv.org/pdf/${id}`;
}

const TRACKING_PARAM =
  /^(utm_[a-z_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|ref_src|ref_url|oly_anon_id|oly_enc_id|vero_id|wt_mc|cmpid|s_cid|sc_cid|__s|_ga|_gl|spm|share_source|rss)$/i;

export function isTrackingParam(name: string): boolean {
  return TRACKING_PARAM.test(name);
}

/** Names the tracking parameters or fragment an address carries, for the checker. */
export function trackingIn(address: string): string[] {
  return linkFacts(address).tracking;
}

/**
 * The query's parameter names. Not `[...searchParams.keys()]`: in a Firefox content script the
 * iterator comes through a security wrapper that is not iterable, and every page with a query
 * failed to be read there. `forEach` crosses it.
 */
export function queryNames(url: URL): string[] {
  const names: string[] = [];
  url.searchParams.forEach((_value, name) => names.push(name));
  return names;
}

/** Strips tracking parameters and the fragment from a parsed address, in place; returns the link-safe text. */
function cleanParsed(url: URL): string {
  // Most links have no query and no fragment. In a browser, URL's searchParams object and its
  // setters are costly (measured: a quarter of reading a 10,000-row list), so they are used only
  // when there is something to remove.
  if (url.search) {
    let removed = false;
    for (const name of queryNames(url)) {
      if (isTrackingParam(name)) {
        url.searchParams.delete(name);
        removed = true;
      }
    }
    // URLSearchParams re-serialises the query; a query with nothing left goes entirely.
    if (removed && !url.search) url.search = '';
  }
  // An empty fragment (`page#`) has no hash but is still written; any `#` in an address starts one.
  if (url.href.includes('#')) url.hash = '';
  return linkSafeUrl(url.href);
}

function parseHttp(address: string): URL | null {
  try {
    const url = new URL(address.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The address without tracking parameters and fragment; null when it is not an http(s) address. */
export function cleanUrl(address: string): string | null {
  const url = parseHttp(address);
  return url ? cleanParsed(url) : null;
}

/** The duplicate key of a cleaned, parsed address: no scheme, no `www.`, no trailing slash. */
function keyOfParsed(url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  return `${host}${url.port ? ':' + url.port : ''}${path}${url.search}`;
}

/** The link a list should carry for a page: arXiv papers by their abstract page, the rest cleaned. */
export function listUrl(address: string): string | null {
  const id = arxivIdFromUrl(address);
  if (id) return arxivAbsUrl(id);
  return cleanUrl(address);
}

/**
 * The key two captures of one paper share: `arxiv:ID` for arXiv papers wherever they were read,
 * else the cleaned address without scheme, `www.` and trailing slash. An item still waiting for its
 * link is known by its title (two such items are not one paper because both lack a link).
 */
export function paperKey(item: { arxivId?: string | null; url: string; title?: string }): string {
  const id = item.arxivId ?? (item.url ? arxivIdFromUrl(item.url) : null);
  if (id) return `arxiv:${id}`;
  if (item.url.trim() === '' && item.title) return `no-link:${item.title.trim().toLowerCase()}`;
  const url = parseHttp(item.url);
  if (!url) return item.url.trim();
  cleanParsed(url);
  return keyOfParsed(url);
}

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * An address that is safe inside `(...)` of a table row: spaces, pipes, angle brackets,
 * entity-like ampersands and unbalanced parentheses percent-encoded. Idempotent.
 */
export function linkSafeUrl(url: string): string {
  let safe =
    url.includes(' ') || url.includes('|') || url.includes('<') || url.includes('>')
      ? url.replace(/[ |<>]/g, (char) => '%' + char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'))
      : url;
  if (safe.includes('&')) safe = safe.replace(/&(?=#?[A-Za-z0-9]+;)/g, '%26');
  if (!safe.includes('(') && !safe.includes(')')) return safe;
  let depth = 0;
  let balanced = true;
  for (let i = 0; i < safe.length && balanced; i++) {
    const code = safe.charCodeAt(i);
    if (code === 40) depth++;
    else if (code === 41 && --depth < 0) balanced = false;
  }
  return balanced && depth === 0 ? safe : safe.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

export interface LinkFacts {
  /** The link the list should carry (arXiv abstract, else cleaned), or the text as given. */
  url: string;
  arxivId: string | null;
  tracking: string[];
  key: string;
}

/** Everything the reader needs of one link, from a single parse. */
export function linkFacts(address: string): LinkFacts {
  const plain = PLAIN_ARXIV.exec(address);
  if (plain) {
    const arxivId = plain[1]!;
    return { url: arxivAbsUrl(arxivId), arxivId, tracking: [], key: `arxiv:${arxivId}` };
  }
  const parsed = parseHttp(address);
  if (!parsed) return { url: address, arxivId: null, tracking: [], key: address.trim() };
  const arxivId = arxivIdFromUrl(parsed);
  const tracking = parsed.search ? queryNames(parsed).filter(isTrackingParam) : [];
  const hash = parsed.hash;
  if (hash && /^#(google_vignette|:~:text=)/.test(hash)) tracking.push(hash.split('=')[0]!);
  if (arxivId) return { url: arxivAbsUrl(arxivId), arxivId, tracking, key: `arxiv:${arxivId}` };
  const url = cleanParsed(parsed);
  return { url, arxivId, tracking, key: keyOfParsed(parsed) };
}
