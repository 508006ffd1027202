import { readList, formatProblems, parseMlNewsWeek, SEVERITY, mathSpan } from '@/lib/format/list-reader';
import { exportMlNews } from '@/lib/format/mlnews';
import { exportCompass } from '@/lib/format/compass';
import { needsLink } from '@/lib/model';
import { listFixture } from '../fixtures';

const TODAY = '2026-11-22';
const mlNews = listFixture('ml-news-2025-07.md');
const monthly = listFixture('april-2025.md');
const windows = listFixture('ml-news-crlf.md');

describe('reading an ML news working file', () => {
  const result = readList(mlNews.text, { fileName: mlNews.name, month: '2025-07', today: TODAY });
  const lines = formatProblems(mlNews.name, result.problems);

  it('finds every row with a title, in its week and section, and none of the empty slots', () => {
    expect(result.format).toBe('ml-news');
    expect(result.items.map((i) => [i.line, i.day, i.section, i.title])).toEqual([
      [33, '2025-07-28', 'Research', 'Sparse Mixtures Route Themselves'],
      [34, '2025-07-28', 'Research', 'Tiny Provers, Long Proofs'],
      [35, '2025-07-28', 'Research', 'Chips and Policy'],
      [41, '2025-07-28', 'News', 'A lab raises its first round'],
      [42, '2025-07-28', 'News', 'Prices go down again'],
      [43, '2025-07-28', 'News', 'Caf\u00e9 talk\u2026 about models'],
      [50, '2025-07-28', 'Resources', 'A practical guide to evaluations'],
      [52, '2025-07-28', 'Resources', 'Counting the r in straw|berry'],
      [53, '2025-07-28', 'Resources', 'Checklists for data cards'],
      [58, '2025-07-28', 'Perspectives', 'Why benchmarks saturate'],
      [59, '2025-07-28', 'Perspectives', 'Sparse Mixtures Route Themselves, again'],
      [69, '2025-07-21', 'Research', 'Attention Sinks, Revisited'],
      [70, '2025-07-21', 'Research', 'Reward Models That Explain Themselves'],
      [71, '2025-07-21', 'Research', 'Too few cells'],
      [76, '2025-07-21', 'News', 'Open weights, open questions'],
      [87, '2025-07-14', 'Research', 'Scaling Laws for Small Data'],
    ]);
  });

  it('keeps the row whose link is empty, waiting for its link, and says so', () => {
    const chips = result.items.find((i) => i.title === 'Chips and Policy')!;
    expect(chips).toMatchObject({ url: '', arxivId: null, summary: 'Export rules for accelerators and what they mean for open labs.' });
    expect(needsLink(chips)).toBe(true);
    expect(lines).toContain(`${mlNews.name}:35: empty-link: "Chips and Policy" has no link yet: kept, waiting for its link`);
    expect(SEVERITY['empty-link']).toBe('warning');
  });

  it('reports, line by line, every row it cannot turn into an item', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        `${mlNews.name}:60: unread-row: no [title](address) link in "Just a note with no link": this row is not read`,
        `${mlNews.name}:62: stray-row: a row outside any table (a blank line or text cuts it off from the table above): not read`,
        expect.stringMatching(/:78: foreign-table: a table whose header is not/),
      ]),
    );
  });

  it('rejoins the row a line break split, and reports it', () => {
    expect(result.items.find((i) => i.line === 50)!.summary).toBe(
      'Covers held-out sets, contamination checks\nand how to report variance.',
    );
    expect(lines).toContain(`${mlNews.name}:50: broken-row: a line break splits this row; it goes on to line 51`);
  });

  it('keeps the cells an unescaped pipe split', () => {
    expect(result.items.find((i) => i.line === 53)!.summary).toBe('Fields every card needs: source|license|consent.');
    expect(lines.filter((l) => l.includes(': pipe: ')).map((l) => l.split(':')[1])).toEqual(['52', '53']);
  });

  it('reads \\$ as a dollar sign, and warns where GitHub can pair bare ones as math', () => {
    expect(result.items.find((i) => i.line === 42)!.summary).toBe('Tokens now cost $2 per million, down from $10 \\& falling.');
    expect(lines.filter((l) => l.includes(': math: '))).toEqual([
      `${mlNews.name}:41: math: GitHub can read "$30 million in seed funding and $" as math: write \\$ for a dollar sign`,
    ]);
    // One bare dollar sign pairs with nothing.
    expect(result.items.at(-1)!.summary).toBe('Fits the curve on ten thousand examples; the fit holds to 5$ of error.');
  });

  it('calls an escape a defect only where GitHub shows the backslash', () => {
    // \\$, \\&, \\_, \\*, \\#, \\' render as the plain character: no report on lines 42, 58, 69.
    expect(lines.filter((l) => l.includes(': escape: '))).toEqual([
      expect.stringMatching(/:70: escape: leftover escape \\n in ".*": GitHub shows its backslash$/),
    ]);
  });

  it('reads character references as their characters', () => {
    expect(result.items.find((i) => i.line === 43)!.summary).toBe(
      'It\u2019s a conversation \u2014 recorded & transcribed \u2014 with a \u00bd hour Q&A.',
    );
  });

  it('checks the index of weeks against the anchors GitHub gives the headings', () => {
    expect(lines.filter((l) => / (anchor|index-week): /.test(l))).toEqual([
      `${mlNews.name}:7: anchor: #ml-news-week-21-27-july is no anchor on this page: "ML news: Week 21 - 27 July" (line 64) has #ml-news-week-21---27-july`,
      `${mlNews.name}:8: index-week: "ML news: Week 14 - 20 July" leads to "ML news: Week 21 - 27 July" (line 64): "ML news: Week 14 - 20 July" (line 82) has #ml-news-week-14---20-july`,
    ]);
  });

  it('cleans tracking from links, and finds the paper pasted twice', () => {
    expect(result.items.find((i) => i.line === 41)!.url).toBe('https://example.com/news/raise?id=7');
    expect(lines).toContain(`${mlNews.name}:59: duplicate: the same paper as line 33 (arXiv 2507.01234)`);
    expect(result.items.find((i) => i.line === 34)).toMatchObject({ url: 'https://arxiv.org/abs/2507.04321', arxivId: '2507.04321' });
  });
});

describe('reading a file saved on Windows', () => {
  const result = readList(windows.text, { today: TODAY });

  it('reads CRLF, a byte-order mark and a last row without a line break', () => {
    expect(windows.text.startsWith('\ufeff') && windows.text.includes('\r\n') && !windows.text.endsWith('\n')).toBe(true);
    expect(result.items.map((i) => [i.line, i.day, i.section, i.title, i.summary])).toEqual([
      [6, '2025-03-03', 'Research', 'Windows Line Endings Explained', 'Saved on Windows; "CRLF" everywhere.'],
      [7, '2025-03-03', 'Research', 'Curly Quotes \u2014 Kept As Typed', '\u201cQuoted\u201d text and caf\u00e9 stay as they are.'],
      [12, '2025-03-03', 'News', 'The Last Row Has No Line Break', 'The file ends right here.'],
    ]);
    expect(result.problems).toEqual([]);
  });
});

describe('reading a monthly papers file', () => {
  const result = readList(monthly.text, { fileName: monthly.name, today: TODAY });

  it('finds its ten items in weeks 1, 2 and 3 of April 2025', () => {
    expect(result.format).toBe('compass');
    expect(result.items.map((i) => [i.line, i.day])).toEqual([
      [6, '2025-04-01'],
      [7, '2025-04-01'],
      [8, '2025-04-01'],
      [15, '2025-04-08'],
      [16, '2025-04-08'],
      [17, '2025-04-08'],
      [18, '2025-04-08'],
      [19, '2025-04-08'],
      [28, '2025-04-15'],
      [29, '2025-04-15'],
    ]);
  });

  it('repairs Mac Roman mojibake exactly and says what it changed', () => {
    const [first, , third] = result.items;
    expect(first!.summary).toContain('and that\u2019s it.');
    expect(first!.summary).toContain('\ud83d\udd39 Stage 1 \u2013 draft a profile');
    expect(third!.title).toBe('Why Do Transformers Stare at the First Token? \ufffd');
    expect(result.items[3]!.summary).toBe('Larger models \u2260 better reasoning, say the authors.');
    expect(result.repairs.some((r) => r.startsWith('line 8:') && r.includes('already lost'))).toBe(true);
    expect(result.problems.filter((p) => p.kind === 'mojibake').map((p) => p.line)).toEqual([6, 8, 15, 16, 28]);
  });

  it('turns <br> and &nbsp; back into line breaks and indentation', () => {
    expect(result.items[0]!.summary).toBe(
      'Most recommenders predict in one pass, and that\u2019s it.\n\nThis paper adds a reasoning step before ranking:\n  \ud83d\udd39 Stage 1 \u2013 draft a profile\n  \ud83d\udd39 Stage 2 \u2013 rank with it',
    );
  });

  it('reads /pdf/IDv1 links as the paper and splits topics', () => {
    expect(result.items[1]).toMatchObject({ url: 'https://arxiv.org/abs/2504.00202', arxivId: '2504.00202', topics: ['LLM Reasoning'] });
    expect(result.items[4]!.topics).toEqual(['LLM Reasoning', 'Interpretability']);
  });

  it('reports each defect on its line', () => {
    const lines = formatProblems(monthly.name, result.problems).filter((l) => !l.includes(': mojibake: '));
    expect(lines).toEqual([
      'april-2025.md:15: topic-drift: topic "Reasoning LLM" drifts from "LLM Reasoning" (line 7)',
      'april-2025.md:17: duplicate: the same paper as line 7 (arXiv 2504.00202)',
      'april-2025.md:18: math: GitHub can read "$0.50 to $" as math: write \\$ for a dollar sign',
      expect.stringMatching(/^april-2025\.md:19: pipe: an unescaped "\|" splits a cell \(4 cells, the header has 3\)/),
      'april-2025.md:29: empty-link: "No Link Yet For This Survey" has no link yet: kept, waiting for its link',
    ]);
    expect(result.items.find((i) => i.line === 29)).toMatchObject({ url: '', topics: ['Survey'] });
    expect(result.items.find((i) => i.line === 28)!.summary).toContain('at a $200 budget');
  });

  it('takes the month from --month over the file name', () => {
    const other = readList(monthly.text, { fileName: monthly.name, month: '2024-02', today: TODAY });
    expect(other.items[0]!.day).toBe('2024-02-01');
  });

  it('converts to the other format and back without losing an item', () => {
    const asMlNews = exportMlNews(result.items);
    const back = readList(asMlNews, { month: '2025-04', today: TODAY });
    type Row = { url: string; title: string; summary: string };
    const key = (i: Row) => `${i.url} ${i.title} ${i.summary}`;
    const byKey = (a: Row, b: Row) => key(a).localeCompare(key(b));
    // Newest week on top in ML news, so compare as sets.
    expect([...back.items].sort(byKey).map((i) => [i.title, i.url, i.summary])).toEqual(
      [...result.items].sort(byKey).map((i) => [i.title, i.url, i.summary]),
    );
    const again = readList(exportCompass(back.items.map((i) => ({ ...i, topics: result.items.find((r) => key(r) === key(i))!.topics }))), {
      month: '2025-04',
      today: TODAY,
    });
    expect(again.problems.filter((p) => !['topic-drift', 'duplicate', 'empty-link'].includes(p.kind))).toEqual([]);
    expect(again.items).toHaveLength(result.items.length);
  });
});

describe('dollar signs GitHub pairs as math', () => {
  it.each([
    ['raised $30 million and $5 billion', '$30 million and $'],
    ['$x$ and $y$', '$x$'],
    ['costs \\$5 and \\$10', null],
    ['a 5$ and 10$ drop', null],
    ['one $ sign', null],
    ['in code `$a` and `$b`', null],
    ['\\\\$a and $', '$a and $'],
  ])('%s', (cell, span) => {
    expect(mathSpan(cell)).toBe(span);
  });
});

describe('defects of real lists', () => {
  const file = [
    '# ML news: Week 21 - 27 July',
    '',
    '## Research',
    '|Link|description|',
    '|---|---|',
    '|[How many r in straw|berry?](https://arxiv.org/abs/2501.00001) |Counting letters. |',
    '|[Wolfram Alpha meets LLMs.](https://example.com/post?utm_source=x&id=3#google_vignette) |Uses Wolfram|Alpha as a tool. |',
    '|[The same paper.](https://arxiv.org/pdf/2501.00001v2) |Again. |',
    '|[No link.]() |Oops. |',
    '|[Costs \\$5.](https://example.com/cost) |It costs \\$5 a month. |',
    '|[Too few cells.](https://example.com/few)|',
    '|[.]() | |',
  ].join('\n');
  const result = readList(file, { today: '2025-08-01' });
  const lines = formatProblems('news.md', result.problems);

  it('reports each defect on its line', () => {
    expect(lines).toEqual([
      expect.stringMatching(/^news\.md:6: pipe: an unescaped "\|" splits a cell/),
      expect.stringMatching(/^news\.md:7: pipe: /),
      expect.stringMatching(/^news\.md:7: tracking: tracking utm_source, #google_vignette/),
      expect.stringMatching(/^news\.md:8: duplicate: the same paper as line 6 \(arXiv 2501\.00001\)/),
      expect.stringMatching(/^news\.md:9: empty-link: "No link" has no link yet: kept, waiting for its link/),
      expect.stringMatching(/^news\.md:11: cells: 1 cells where the header has 2/),
    ]);
  });

  it('keeps the cells an unescaped pipe split, and cleans the link', () => {
    expect(result.items[0]!.title).toBe('How many r in straw|berry?');
    expect(result.items[1]).toMatchObject({ summary: 'Uses Wolfram|Alpha as a tool.', url: 'https://example.com/post?id=3' });
  });

  it('resolves the heading to the most recent such week', () => {
    expect(result.items[0]!.day).toBe('2025-07-21');
  });
});

describe('week headings', () => {
  it.each([
    ['Week 21 - 27 July', { today: '2025-08-01' }, '2025-07-21'],
    ['Week 30 June - 6 July', { today: '2025-08-01' }, '2025-06-30'],
    ['Week 29 December - 4 January', { today: '2026-02-01' }, '2025-12-29'],
    ['Week 21 - 27 July', { today: '2026-11-22', month: '2025-07' }, '2025-07-21'],
    ['', { today: '2026-11-22' }, null],
  ])('%s', (label, options, expected) => {
    expect(parseMlNewsWeek(label, options)).toBe(expected);
  });
});
