import { parseHtml } from '@/lib/cli/dom';
import {
  articleRoot,
  headingOfDocumentTitle,
  headline,
  headlineText,
  jsonLdArticle,
  parseDay,
  segmentedText,
  textWithTex,
  jsonLdOrganisations,
  nameKey,
  pageStatePiece,
} from '@/lib/capture/page-readers';

const page = (html: string) => parseHtml(html, 'https://site.example/post');

describe('parseDay (re-exported from day-text.ts)', () => {
  it('reads the spellings metadata uses', () => {
    expect(parseDay('2025-07-22T16:30:00+00:00')).toBe('2025-07-22');
    expect(parseDay('2021/02/30')).toBeNull();
  });
});

describe('articleRoot and headline', () => {
  it('finds the article, else main, else the body', () => {
    expect(articleRoot(page('<main><article id="a"></article></main>')).id).toBe('a');
    expect(articleRoot(page('<main id="m"></main>')).id).toBe('m');
    expect(articleRoot(page('<p>x</p>')).tagName.toLowerCase()).toBe('body');
  });

  it('prefers the article heading over a logo h1 in the header, and falls back to h2 on pages without h1', () => {
    expect(headlineText(page('<header><h1>Logo</h1></header><article><h1>The piece</h1></article>'))).toBe('The piece');
    expect(headlineText(page('<header><h1>Logo</h1></header><div><h2 class="entry-title">Entry</h2></div>'))).toBe('Entry');
    expect(headlineText(page('<div><h2>Only h2</h2></div>'))).toBe('Only h2');
    expect(headline(page('<p>none</p>'))).toBeNull();
  });

  it('drops the permalink mark documentation generators append', () => {
    expect(headlineText(page('<h1>Quickstart<a class="headerlink" href="#q">¶</a></h1>'))).toBe('Quickstart');
  });
});

describe('jsonLdArticle', () => {
  it('resolves authors given as @id references to Person nodes of the @graph', () => {
    const doc = page(
      `<script type="application/ld+json">{"@graph":[{"@type":"Article","headline":"H","author":{"@id":"#p1"},"datePublished":"2026-02-14T08:00:00+00:00","dateModified":"2026-02-20"},{"@type":"Person","@id":"#p1","name":"Ines Moreau"}]}</script>`,
    );
    expect(jsonLdArticle(doc)).toMatchObject({ title: 'H', authors: ['Ines Moreau'], published: '2026-02-14' });
  });

  it('reads a string author, and a node of another type that describes the piece', () => {
    const doc = page(
      `<script type="application/ld+json">[{"@type":"BreadcrumbList","name":"crumbs"},{"@type":"Review","name":"R","author":"Eli Turner","datePublished":"2025-11-02","dateModified":"2026-01-10"}]</script>`,
    );
    expect(jsonLdArticle(doc)).toMatchObject({ type: 'Review', title: 'R', authors: ['Eli Turner'], published: '2025-11-02' });
  });

  it('finds the piece held as the main entity of a WebPage', () => {
    const doc = page(
      `<script type="application/ld+json">{"@type":"WebPage","name":"Page","mainEntity":{"@type":"BlogPosting","headline":"Post","author":{"name":"Keiko Mori"},"datePublished":"2026-02-02"}}</script>`,
    );
    expect(jsonLdArticle(doc)).toMatchObject({ type: 'BlogPosting', title: 'Post', authors: ['Keiko Mori'], published: '2026-02-02' });
  });

  it('lists no organisation as an author, but keeps it as the publisher', () => {
    const doc = page(
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":[{"@type":"Organization","name":"Tessellate"},{"@type":"Person","name":"Ada Lund"}],"publisher":{"@type":"Organization","name":"Tessellate"}}</script>`,
    );
    expect(jsonLdArticle(doc)).toMatchObject({ authors: ['Ada Lund'], publisher: 'Tessellate' });
  });

  it('survives a reference loop', () => {
    const doc = page(`<script type="application/ld+json">{"@graph":[{"@type":"Article","@id":"#a","author":{"@id":"#a"}}]}</script>`);
    expect(jsonLdArticle(doc)?.authors).toEqual([]);
  });
});

describe('textWithTex', () => {
  it('reads a line break as a space', () => {
    expect(
      textWithTex(page('<h1 id="t">The Era of 1-bit LLMs:<br class="ltx_break">All Large Language Models</h1>').getElementById('t')),
    ).toBe('The Era of 1-bit LLMs: All Large Language Models');
  });
});

describe('segmentedText', () => {
  it('keeps elements that touch apart, and leaves spaced or punctuated seams as they are', () => {
    const doc = page(
      '<p id="a"><span>Li Wei</span><span>Staff Engineer</span></p><p id="b">By <a>A B</a>, <a>C D</a> and <span>E</span> <span>F</span></p><p id="c"><script>x</script>Text</p>',
    );
    expect(segmentedText(doc.getElementById('a'))).toBe('Li Wei · Staff Engineer');
    expect(segmentedText(doc.getElementById('b'))).toBe('By A B, C D and E F');
    expect(segmentedText(doc.getElementById('c'))).toBe('Text');
    expect(segmentedText(null)).toBe('');
  });
});

describe('articleRoot around the headline', () => {
  it('is the main around an h1 that stands outside the only article (a card of another piece)', () => {
    const doc = page('<main id="m"><h1>Piece</h1><p>Body</p><section><article id="card"><h3>Other</h3></article></section></main>');
    expect(articleRoot(doc).id).toBe('m');
  });
  it('is the article around the h1 when there is one, even after other articles', () => {
    const doc = page('<main><article id="x"><h3>Card</h3></article><article id="y"><h1>Piece</h1></article></main>');
    expect(articleRoot(doc).id).toBe('y');
  });
});

describe('headingOfDocumentTitle', () => {
  it('finds the h3 the document title begins with, on a page with no h1', () => {
    const doc = page(
      '<head><title>연구진, 소형 모델로 성능 높여 - 한빛일보</title></head><body><h2>많이 본 뉴스</h2><h3 class="heading">연구진, 소형 모델로 성능 높여</h3></body>',
    );
    expect(headingOfDocumentTitle(doc)?.className).toBe('heading');
    expect(headline(doc)?.className).toBe('heading');
  });
  it('finds nothing when no heading begins the title', () => {
    expect(
      headingOfDocumentTitle(page('<head><title>Something else entirely</title></head><body><h3>Other heading</h3></body>')),
    ).toBeNull();
  });
});

describe('JSON-LD organisations and accounts', () => {
  const ld = (value: unknown) =>
    parseHtml(`<script type="application/ld+json">${JSON.stringify(value)}</script>`, 'https://site.example/x');
  it('names the organisations a page describes', () => {
    expect(
      jsonLdOrganisations(
        ld({
          '@type': 'NewsArticle',
          headline: 'x',
          author: { '@type': 'Organization', name: 'Il Post' },
          publisher: { '@type': 'NewsMediaOrganization', name: 'Il Post Srl' },
        }),
      ),
    ).toEqual(['Il Post', 'Il Post Srl']);
  });

  it("marks Yoast's account authors as accounts", () => {
    const graph = {
      '@graph': [
        { '@type': 'Article', headline: 'x', author: { name: 'Brenda Potts', '@id': 'https://site.example/#/schema/person/0a1b' } },
        { '@type': 'Person', '@id': 'https://site.example/#/schema/person/0a1b', name: 'Brenda Potts' },
      ],
    };
    expect(jsonLdArticle(ld(graph))).toMatchObject({ authors: ['Brenda Potts'], accountAuthors: true });
    expect(jsonLdArticle(ld({ '@type': 'Article', headline: 'x', author: { '@type': 'Person', name: 'Ana Ruiz' } }))).toMatchObject({
      accountAuthors: false,
    });
  });
});

describe('pageStatePiece', () => {
  const heading = 'Adaptive speculative decoding without a draft model';
  const state = (script: string) => parseHtml(`<h1>${heading}</h1>${script}`, 'https://site.example/blog/x');

  it("reads the piece's authors and day from Next.js state, matched by its title, not a related post's", () => {
    const data = {
      props: {
        pageProps: {
          related: [{ title: 'Another post', authors: [{ name: 'Zoe Lin' }], date: '2026-01-01' }],
          post: { title: heading, date: '2026-03-06', authors: [{ name: 'Marco Pell' }, 'Yuki Hara'] },
        },
      },
    };
    expect(pageStatePiece(state(`<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`), heading)).toEqual({
      authors: ['Marco Pell', 'Yuki Hara'],
      published: '2026-03-06',
    });
  });

  it('reads a window.__STATE__ assignment, and nothing from scripts that are not JSON', () => {
    const data = { article: { headline: heading, publishedAt: '2026-01-15T10:00:00Z', author: { name: 'Wen Lo' } } };
    expect(pageStatePiece(state(`<script>window.__INITIAL_STATE__=${JSON.stringify(data)};</script>`), heading)).toEqual({
      authors: ['Wen Lo'],
      published: '2026-01-15',
    });
    expect(pageStatePiece(state('<script>window.__APP__ = function () {};</script>'), heading)).toBeNull();
    expect(pageStatePiece(state('<script>var x = 1;</script>'), heading)).toBeNull();
  });
});

describe('hostile page state', () => {
  it('reads a long blank tail after a state assignment in linear time', () => {
    const script = `<script>window.__A__ = ${' '.repeat(300_000)}x</script>`;
    const started = Date.now();
    expect(
      pageStatePiece(parseHtml(`<h1>A long enough heading</h1>${script}`, 'https://site.example/x'), 'A long enough heading'),
    ).toBeNull();
    // Not a timing test of speed: a quadratic pattern here takes minutes, far past any test timeout.
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('nameKey', () => {
  it('compares names by their letters and digits, in any script', () => {
    expect(nameKey('The Acme-Works')).toBe('acmeworks');
    expect(nameKey('さくら ノート')).toBe('さくらノート');
  });
});
