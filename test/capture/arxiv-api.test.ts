import { Window } from 'happy-dom';
import { ArxivLookupError, createArxivLookup, parseArxivAtom, withArxivRecord } from '@/lib/capture/arxiv-api';
import { arxivAdapter } from '@/lib/capture/adapters/arxiv';
import { parseHtml } from '@/lib/cli/dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const window = new Window();
const parse = (source: string, type: 'application/xml' | 'text/html') =>
  new window.DOMParser().parseFromString(source, type) as unknown as Document;
const atom = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'api', 'arxiv-2106.09685.xml'), 'utf8');
const absPage = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pages', 'arxiv-abs-2106.09685v2.html'), 'utf8');

function answer(status: number, body = '') {
  return { ok: status >= 200 && status < 300, status, text: async () => body };
}

describe("arXiv's API", () => {
  it('reads the paper out of an Atom answer', () => {
    expect(parseArxivAtom(parse(atom, 'application/xml'), '2106.09685')).toEqual({
      title: 'LoRA: Low-Rank Adaptation of Large Language Models',
      url: 'https://arxiv.org/abs/2106.09685',
      authors: ['Edward J. Hu', 'Yelong Shen', 'Phillip Wallis'],
      published: '2021-06-17',
      abstract: expect.stringMatching(/^An important paradigm .* \$O\(n\)\$ memory\.$/),
      arxivId: '2106.09685',
      siteName: 'arXiv',
      section: 'Research',
      selection: null,
    });
  });

  it('asks once per paper and one request at a time', async () => {
    let inFlight = 0;
    let most = 0;
    const calls: string[] = [];
    const lookup = createArxivLookup({
      parse,
      fetch: async (url) => {
        calls.push(url);
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        return answer(200, atom);
      },
    });
    await Promise.all([lookup('2106.09685'), lookup('2106.09685'), lookup('2106.09685')]);
    expect(calls).toEqual(['https://export.arxiv.org/api/query?id_list=2106.09685']);
    expect(most).toBe(1);
  });

  it('falls back to the abstract page when the API refuses', async () => {
    const lookup = createArxivLookup({ parse, fetch: async (url) => (url.includes('/api/') ? answer(503) : answer(200, absPage)) });
    expect((await lookup('2106.09685')).authors[0]).toBe('Edward J. Hu');
  });

  it.each([
    [429, 'rate-limited', /fewer requests \(HTTP 429\)/],
    [500, 'server', /HTTP 500/],
  ])('says what went wrong on HTTP %i', async (status, kind, message) => {
    const lookup = createArxivLookup({ parse, fetch: async () => answer(status) });
    const error = await lookup('2106.09685').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArxivLookupError);
    expect(error).toMatchObject({ kind, message: expect.stringMatching(message) });
  });

  it('says when there is no network', async () => {
    const lookup = createArxivLookup({ parse, fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(lookup('2106.09685')).rejects.toMatchObject({ kind: 'network' });
  });

  it('says when arXiv has no such paper', async () => {
    const empty =
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_9999.99999</id><title>Error</title><summary>incorrect id format</summary></entry></feed>';
    const lookup = createArxivLookup({ parse, fetch: async () => answer(200, empty) });
    await expect(lookup('9999.99999')).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('an arXiv HTML page completed by the API record', () => {
  const html = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pages', 'corpus-arxiv-html-break.html'), 'utf8');
  const record = parseArxivAtom(
    parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'api', 'arxiv-2603.01234.xml'), 'utf8'), 'application/xml'),
    '2603.01234',
  );
  const page = arxivAdapter.extract(parseHtml(html, 'https://arxiv.org/html/2603.01234v1'), new URL('https://arxiv.org/html/2603.01234v1'));

  it('agrees with the page on title and authors, and adds the day the page never states', () => {
    expect(page.published).toBeNull();
    expect([page.title, page.authors]).toEqual([record.title, record.authors]);
    expect(withArxivRecord(page, record)).toEqual({ ...page, published: '2026-03-02' });
  });

  it('lets the record win on title and authors, keeps the page abstract, and never erases a field', () => {
    const merged = withArxivRecord({ ...page, authors: ['Misread Block'], title: 'Misread' }, { ...record, abstract: 'record abstract' });
    expect(merged).toMatchObject({ title: record.title, authors: record.authors, abstract: page.abstract });
    expect(withArxivRecord(page, { ...record, title: '', authors: [], published: null })).toEqual(page);
  });
});
