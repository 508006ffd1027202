import { checkInPageLinks } from '@/lib/format/index-links';

const file = [
  '# Contents', // 1
  '* [ML news: Week 30 June - 6 July](#ml-news-week-30-june---6-july)', // 2: fine
  '* [ML news: Week 7 - 13 July](#ml-news-week-7-13-july)', // 3: hand-made anchor
  '* [ML news: Week 14 - 20 July](#ml-news-week-7---13-july)', // 4: another week
  '* [Research of week 7](#research-1)', // 5: fine (a repeat's number)
  '* [Old notes](#old-notes)', // 6: no such heading
  '* [ML News: Week 30 June - 6 July](#ML-news-week-30-june---6-july)', // 7: GitHub's anchors are lower case
  '```', // 8
  '[not a link](#inside-a-fence)', // 9
  '```', // 10
  '# ML news: Week 30 June - 6 July', // 11
  '## Research', // 12
  '# ML news: Week 7 - 13 July', // 13
  '## Research', // 14
  '# ML news: Week 14 - 20 July', // 15
].join('\n');

describe('in-page links', () => {
  const problems = checkInPageLinks(file);

  it('reports a broken anchor with the one GitHub gives the heading the entry names', () => {
    expect(problems).toContainEqual({
      line: 3,
      kind: 'anchor',
      message: '#ml-news-week-7-13-july is no anchor on this page: "ML news: Week 7 - 13 July" (line 13) has #ml-news-week-7---13-july',
    });
    expect(problems).toContainEqual({
      line: 7,
      kind: 'anchor',
      message:
        '#ML-news-week-30-june---6-july is no anchor on this page: "ML news: Week 30 June - 6 July" (line 11) has #ml-news-week-30-june---6-july',
    });
  });

  it('reports an entry that leads to another week than it names', () => {
    expect(problems).toContainEqual({
      line: 4,
      kind: 'index-week',
      message:
        '"ML news: Week 14 - 20 July" leads to "ML news: Week 7 - 13 July" (line 13): "ML news: Week 14 - 20 July" (line 15) has #ml-news-week-14---20-july',
    });
  });

  it('says so when no heading would do', () => {
    expect(problems).toContainEqual({
      line: 6,
      kind: 'anchor',
      message: '#old-notes is no anchor on this page, and no heading is named "Old notes"',
    });
  });

  it('accepts working links, numbered repeats and text in code fences', () => {
    expect(problems.map((p) => p.line).sort()).toEqual([3, 4, 6, 7]);
  });
});
