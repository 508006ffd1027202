import { parseHtml } from '@/lib/cli/dom';
import {
  authorsFromAnalyticsTags,
  authorsFromBylineBlock,
  authorsFromCitation,
  authorsFromDublinCore,
  authorsFromMarkup,
  authorsFromMetaTags,
  authorsNearHeadline,
  isFullName,
  looksLikeName,
  splitAuthorNames,
  withoutByPrefix,
} from '@/lib/capture/author-rules';

const page = (html: string) => parseHtml(html, 'https://site.example/post');

describe('looksLikeName', () => {
  it.each([
    ['Jane Doe', true],
    ['山田 太郎', true],
    ['Hye-jin Park', true],
    ['https://www.social.example/harborline', false],
    ['jane@example.org', false],
    ['Senior Editor', false],
    ['February 26, 2026', false],
    ['dpa', false],
    ['AFP', false],
    ['This sentence is not a name.', false],
  ])('%s → %s', (raw, expected) => {
    expect(looksLikeName(raw)).toBe(expected);
  });
});

describe('withoutByPrefix', () => {
  it.each([
    ['By Sara Kim', 'Sara Kim'],
    ['Written by Ravi Menon', 'Ravi Menon'],
    ['Von Klaus Berger', 'Klaus Berger'],
    ['Par Camille Durand', 'Camille Durand'],
    ['Escrito por María López', 'María López'],
    ['文：佐藤 花子', '佐藤 花子'],
    ['Byron Lee', 'Byron Lee'],
  ])('%s → %s', (raw, expected) => {
    expect(withoutByPrefix(raw)).toBe(expected);
  });
});

describe('splitAuthorNames', () => {
  it.each([
    ['Ana Costa, Ben Shaw and Carla Diaz', ['Ana Costa', 'Ben Shaw', 'Carla Diaz']],
    ['Jane Doe, Senior Editor', ['Jane Doe']],
    ['By Mei Tanaka and Robert Osei · March 3, 2026', ['Mei Tanaka', 'Robert Osei']],
    ['Par Camille Durand, le 12 mars 2026', ['Camille Durand']],
    ['Anna Schmidt, dpa', ['Anna Schmidt']],
    ['Lena Fischer & Paulo Mendes', ['Lena Fischer', 'Paulo Mendes']],
    ['Written by Ravi Menon on 5 January 2026.', ['Ravi Menon']],
    ['https://www.social.example/someone', []],
    ['', []],
  ])('%s', (raw, expected) => {
    expect(splitAuthorNames(raw)).toEqual(expected);
  });
});

describe('isFullName', () => {
  it.each([
    ['Marisol Vega', true],
    ['山田 太郎', true],
    ['Ludwig van Beethoven', true],
    ['Tuesday', false],
    ['Posted on', false],
    ['A B C D E', false],
  ])('%s → %s', (name, expected) => {
    expect(isFullName(name)).toBe(expected);
  });
});

describe('author metadata', () => {
  it('reads Highwire authors, inverting "Last, First"', () => {
    expect(
      authorsFromCitation(page('<meta name="citation_author" content="Wren, Holly"><meta name="citation_author" content="Ravi Chandran">')),
    ).toEqual(['Holly Wren', 'Ravi Chandran']);
    expect(authorsFromCitation(page('<meta name="citation_authors" content="Doe, Jane; Roe, Rick">'))).toEqual(['Jane Doe', 'Rick Roe']);
  });

  it('reads Dublin Core creators in either namespace', () => {
    expect(authorsFromDublinCore(page('<meta name="DC.creator" content="Nwosu, Amara">'))).toEqual(['Amara Nwosu']);
    expect(authorsFromDublinCore(page('<meta name="dcterms.creator" content="Lee Kim">'))).toEqual(['Lee Kim']);
  });

  it('reads Parse.ly authors from their tags or the page JSON, and Sailthru', () => {
    expect(
      authorsFromAnalyticsTags(page('<meta name="parsely-author" content="Lydia Park"><meta name="parsely-author" content="Samir Patel">')),
    ).toEqual(['Lydia Park', 'Samir Patel']);
    expect(
      authorsFromAnalyticsTags(page(`<meta name="parsely-page" content='{"authors":["Noah Friedman"],"pub_date":"2026-01-27"}'>`)),
    ).toEqual(['Noah Friedman']);
    expect(authorsFromAnalyticsTags(page('<meta name="sailthru.author" content="Chloe Martin">'))).toEqual(['Chloe Martin']);
    expect(authorsFromAnalyticsTags(page(`<meta name="parsely-page" content='{broken'>`))).toEqual([]);
  });

  it('reads meta author holding a "By", several names or a job title, and skips profile URLs', () => {
    expect(authorsFromMetaTags(page('<meta name="author" content="By Sara Kim">'))).toEqual(['Sara Kim']);
    expect(authorsFromMetaTags(page('<meta name="author" content="Jane Doe, Senior Editor">'))).toEqual(['Jane Doe']);
    expect(
      authorsFromMetaTags(
        page('<meta property="article:author" content="https://social.example/x"><meta name="author" content="https://social.example/x">'),
      ),
    ).toEqual([]);
  });
});

describe('authors in the page body', () => {
  it('reads itemprop=author, preferring its nested itemprop=name, and rel=author links', () => {
    expect(
      authorsFromMarkup(
        page(
          '<article><span itemprop="author" itemscope><a href="/a"><span itemprop="name">Lena Fischer</span></a></span> and <span itemprop="author">Paulo Mendes</span></article>',
        ),
      ),
    ).toEqual(['Lena Fischer', 'Paulo Mendes']);
    expect(authorsFromMarkup(page('<article>Posted by <a rel="author" href="/p">Yusuf Demir</a></article>'))).toEqual(['Yusuf Demir']);
    expect(authorsFromMarkup(page('<article><div class="comment"><a rel="author">Commenter Name</a></div></article>'))).toEqual([]);
  });

  it('reads byline blocks: a name element first, else the links, else the text', () => {
    expect(
      authorsFromBylineBlock(
        page('<article><div class="author"><span class="author-name">Tomás Rivera</span><span>Principal Analyst</span></div></article>'),
      ),
    ).toEqual(['Tomás Rivera']);
    expect(authorsFromBylineBlock(page('<article><div class="byline">By <a>Omar Haddad</a> and <a>Grace Liu</a></div></article>'))).toEqual(
      ['Omar Haddad', 'Grace Liu'],
    );
    expect(authorsFromBylineBlock(page('<article><p class="byline">By Rosa Lind</p></article>'))).toEqual(['Rosa Lind']);
    expect(authorsFromBylineBlock(page('<article><aside><p class="author">Sidebar Person</p></aside></article>'))).toEqual([]);
  });

  it('reads the byline under the headline, in several languages and with a date after the name', () => {
    expect(authorsNearHeadline(page('<main><h1>T</h1><p>By Mei Tanaka and Robert Osei · March 3, 2026</p></main>'))).toEqual([
      'Mei Tanaka',
      'Robert Osei',
    ]);
    expect(authorsNearHeadline(page('<main><h1>T</h1><p>Von Klaus Berger</p></main>'))).toEqual(['Klaus Berger']);
    expect(authorsNearHeadline(page('<div><h1>T</h1><div>Marisol Vega · February 26, 2026</div></div>'))).toEqual(['Marisol Vega']);
    expect(authorsNearHeadline(page('<div><h1>T</h1><p>The model was released on February 26, 2026 after a long wait.</p></div>'))).toEqual(
      [],
    );
  });
});
