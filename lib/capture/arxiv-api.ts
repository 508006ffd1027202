import type { Capture } from '../model';
import { arxivAbsUrl } from '../url';
import { arxivAdapter } from './adapters/arxiv';
import { cleanText, parseDay } from './page-readers';

/**
 * Capture of arXiv PDF tabs, which no content script can read: the ID comes from the address,
 * the rest from arXiv's API, else from the abstract page. One request at a time, answers cached.
 */
export const ARXIV_API = 'https://export.arxiv.org/api/query?id_list=';
export const ARXIV_ABS_MIRROR = 'https://export.arxiv.org/abs/';

export type ArxivFailure = 'rate-limited' | 'server' | 'network' | 'not-found' | 'unreadable';

export class ArxivLookupError extends Error {
  constructor(
    readonly kind: ArxivFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ArxivLookupError';
  }
}

function childText(parent: Element, name: string): string {
  const child = [...parent.children].find((c) => c.localName === name);
  return cleanText(child?.textContent);
}

/** The capture in an API answer (an Atom feed) for `id`; throws `not-found` when it holds none. */
export function parseArxivAtom(feed: Document, id: string): Capture {
  const entry = [...feed.getElementsByTagName('*')]
    .filter((e) => e.localName === 'entry')
    .find((e) => !/\/api\/errors/.test(childText(e, 'id')));
  if (!entry || !childText(entry, 'title')) {
    throw new ArxivLookupError('not-found', `arXiv has no paper ${id}.`);
  }
  const authors = [...entry.children]
    .filter((c) => c.localName === 'author')
    .map((author) => childText(author, 'name'))
    .filter(Boolean);
  return {
    title: childText(entry, 'title'),
    url: arxivAbsUrl(id),
    authors,
    published: parseDay(childText(entry, 'published')),
    abstract: childText(entry, 'summary') || null,
    arxivId: id,
    siteName: 'arXiv',
    section: 'Research',
    selection: null,
  };
}

/**
 * An arXiv HTML page's capture completed by arXiv's record of the paper. The page is read at once
 * and keeps its abstract (TeX from MathML); the record is arXiv's own metadata, so its title and
 * authors win over what was read from the typeset author block, and it gives the first-submission
 * day, which HTML renderings never state. Empty fields of the record never erase the page's.
 */
export function withArxivRecord(page: Capture, record: Capture): Capture {
  return {
    ...page,
    title: record.title || page.title,
    authors: record.authors.length ? record.authors : page.authors,
    published: record.published ?? page.published,
    abstract: page.abstract ?? record.abstract,
  };
}

export interface ArxivLookupOptions {
  fetch: (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
  parse: (source: string, type: 'application/xml' | 'text/html') => Document;
  /** A cache that outlives the page (the popup closes often); papers do not change much. */
  store?: { get(id: string): Promise<Capture | undefined>; set(id: string, capture: Capture): Promise<void> };
}

function failureFor(status: number): ArxivLookupError {
  if (status === 429) return new ArxivLookupError('rate-limited', 'arXiv is asking for fewer requests (HTTP 429). Try again in a minute.');
  if (status === 404) return new ArxivLookupError('not-found', 'arXiv does not know this paper (HTTP 404).');
  return new ArxivLookupError('server', `arXiv answered with an error (HTTP ${status}).`);
}

export function createArxivLookup(options: ArxivLookupOptions) {
  const cache = new Map<string, Capture>();
  let queue: Promise<unknown> = Promise.resolve();

  async function get(url: string): Promise<string> {
    let response;
    try {
      response = await options.fetch(url);
    } catch {
      throw new ArxivLookupError('network', 'arXiv could not be reached: check the connection.');
    }
    if (!response.ok) throw failureFor(response.status);
    return response.text();
  }

  async function lookup(id: string): Promise<Capture> {
    try {
      return parseArxivAtom(options.parse(await get(ARXIV_API + encodeURIComponent(id)), 'application/xml'), id);
    } catch (apiError) {
      if (apiError instanceof ArxivLookupError && apiError.kind === 'not-found') throw apiError;
      try {
        const absUrl = ARXIV_ABS_MIRROR + id;
        const page = options.parse(await get(absUrl), 'text/html');
        const capture = arxivAdapter.extract(page, new URL(arxivAbsUrl(id)));
        if (!page.querySelector('meta[name="citation_title"]'))
          throw new ArxivLookupError('unreadable', 'The abstract page had no paper on it.');
        return capture;
      } catch {
        throw apiError instanceof ArxivLookupError
          ? apiError
          : new ArxivLookupError('unreadable', 'arXiv answered with something that is not a paper.');
      }
    }
  }

  async function cached(id: string): Promise<Capture> {
    const known = cache.get(id) ?? (await options.store?.get(id).catch(() => undefined));
    if (known) return known;
    const capture = await lookup(id);
    await options.store?.set(id, capture).catch(() => undefined);
    return capture;
  }

  /** Looks `id` up, after any lookup already under way; a paper is fetched once. */
  return function lookupPaper(id: string): Promise<Capture> {
    const known = cache.get(id);
    if (known) return Promise.resolve(known);
    const result = queue
      .then(() => cached(id))
      .then((capture) => {
        cache.set(id, capture);
        return capture;
      });
    queue = result.catch(() => undefined);
    return result;
  };
}
