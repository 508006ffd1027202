import { githubSlug, headingAnchors } from '@/lib/format/github-anchors';

describe('GitHub heading anchors', () => {
  it.each([
    ['ML news: Week 21 - 27 July', 'ml-news-week-21---27-july'],
    ['ML news: Week 30 June - 6 July', 'ml-news-week-30-june---6-july'],
    ['Index', 'index'],
    ['2025', '2025'],
    ['Café & Crème_brûlée!', 'café--crème_brûlée'],
    ['  Spaced  out ', 'spaced--out'],
  ])('%s → #%s', (heading, anchor) => {
    expect(githubSlug(heading)).toBe(anchor);
  });

  it('numbers repeated headings in file order and skips fenced code', () => {
    const file = '# Research\n## Research\n```\n# Research\n```\n## Research ##\n';
    expect(headingAnchors(file).map((h) => [h.line, h.level, h.anchor])).toEqual([
      [1, 1, 'research'],
      [2, 2, 'research-1'],
      [6, 2, 'research-2'],
    ]);
  });
});
