import { parseHtml } from '@/lib/cli/dom';
import { isNewsDoi, isNewsLabel, isPublisherArticle, saysNews, saysOpinion } from '@/lib/capture/section-rules';

const page = (html: string) => parseHtml(html, 'https://journal.example/articles/x');

describe('isNewsDoi', () => {
  it.each([
    ['10.1038/d41586-026-00412-7', true],
    ['https://doi.org/10.1038/d41573-025-00001-2', true],
    ['doi:10.1038/d41586-024-01234-5', true],
    ['10.1038/s41586-026-01234-5', false],
    ['10.48550/arXiv.2106.09685', false],
    [null, false],
  ])('%s → %s', (doi, expected) => {
    expect(isNewsDoi(doi)).toBe(expected);
  });
});

describe('isNewsLabel', () => {
  it.each([
    ['News', true],
    ['News & Views', true],
    ['News Feature', true],
    ['Nachrichten', true],
    ['OriginalPaper', false],
    ['Newsletter', false],
    ['Research Article', false],
  ])('%s → %s', (label, expected) => {
    expect(isNewsLabel(label)).toBe(expected);
  });
});

describe('saysNews', () => {
  it('reads the document type, the article section of an article, or the DOI', () => {
    expect(saysNews(page('<meta name="dc.type" content="News">'))).toBe(true);
    expect(saysNews(page('<meta property="og:type" content="article"><meta property="article:section" content="News">'))).toBe(true);
    expect(saysNews(page('<meta property="article:section" content="News">'))).toBe(false);
    expect(saysNews(page('<meta name="citation_doi" content="10.1038/d41586-026-00412-7">'))).toBe(true);
    expect(
      saysNews(page('<meta name="dc.type" content="OriginalPaper"><meta name="citation_doi" content="10.1038/s41586-026-01234-5">')),
    ).toBe(false);
  });
});

describe('isPublisherArticle', () => {
  it('knows the dated articles that analytics tags describe', () => {
    expect(isPublisherArticle(page('<meta name="parsely-type" content="post">'))).toBe(true);
    expect(isPublisherArticle(page(`<meta name="parsely-page" content='{"type":"post"}'>`))).toBe(true);
    expect(isPublisherArticle(page('<meta name="sailthru.date" content="2026-01-01"><meta name="sailthru.title" content="T">'))).toBe(true);
    expect(isPublisherArticle(page('<meta name="parsely-type" content="index">'))).toBe(false);
  });
});

describe('saysOpinion', () => {
  const page = (html: string) => parseHtml(html, 'https://news.example/x');
  it('reads opinion sections and the OpinionNewsArticle type', () => {
    expect(saysOpinion(page('<meta property="article:section" content="Opinion">'), 'NewsArticle')).toBe(true);
    expect(saysOpinion(page('<meta property="article:section" content="Ideas">'), null)).toBe(true);
    expect(saysOpinion(page(''), 'OpinionNewsArticle')).toBe(true);
    expect(saysOpinion(page('<meta property="article:section" content="Technology">'), 'NewsArticle')).toBe(false);
  });
});
