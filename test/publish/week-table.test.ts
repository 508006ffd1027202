import { findTable, mergeTableRows } from '@/lib/publish/week-table';
import { fileLines } from '@/lib/publish/file-edits';
import { paperKey } from '@/lib/url';

const ML_NEWS = [
  '# ML news: Week 21 - 27 July',
  '',
  '## Research',
  '|Link|description|',
  '|---|---|',
  '|[LoRA.](https://arxiv.org/abs/2106.09685) |Old summary. |',
  '|[By hand.](https://example.com/hand) |A co-curator\u2019s row',
  'that goes on over a line. |',
  '|[.]() |',
  '',
  '## News',
  '|Link|description|',
  '|---|---|',
].join('\n');

const lines = fileLines(ML_NEWS);
const options = { today: '2025-07-27', month: '2025-07' };
const loraKey = paperKey({ url: 'https://arxiv.org/abs/2106.09685' });

describe('finding a list table', () => {
  it('finds the first table of the format between two lines, its rows up to a blank line or heading', () => {
    expect(findTable(lines, 0, lines.length, 'ml-news')).toEqual({ header: 3, rowsFrom: 5, rowsTo: 9 });
    expect(findTable(lines, 9, lines.length, 'ml-news')).toEqual({ header: 11, rowsFrom: 13, rowsTo: 13 });
  });

  it('knows a table by its header\u2019s names, in any case and spacing, not by another format\u2019s', () => {
    const compass = fileLines('## Week 1/4\n|  title | SUMMARY|Topics |\n| :--- | --- | ---: |\n| [a](https://example.com/a) | s | t |\n');
    expect(findTable(compass, 0, compass.length, 'compass')).toEqual({ header: 1, rowsFrom: 3, rowsTo: 4 });
    expect(findTable(compass, 0, compass.length, 'ml-news')).toBeNull();
    expect(findTable(fileLines('|Link|description|\nno delimiter\n'), 0, 2, 'ml-news')).toBeNull();
  });

  it('ends a table at a heading right under it', () => {
    const tight = fileLines('|Link|description|\n|---|---|\n|[a.](https://example.com/a) | |\n## News\n|[b.](https://example.com/b) | |\n');
    expect(findTable(tight, 0, tight.length, 'ml-news')).toEqual({ header: 0, rowsFrom: 2, rowsTo: 3 });
  });

  it('stops at the end of the range it is given', () => {
    expect(findTable(lines, 0, 4, 'ml-news')).toBeNull();
    expect(findTable(lines, 0, 7, 'ml-news')).toEqual({ header: 3, rowsFrom: 5, rowsTo: 7 });
  });
});

describe('merging Paperboy\u2019s rows into a table', () => {
  const span = findTable(lines, 0, lines.length, 'ml-news')!;

  it('puts Paperboy\u2019s rows first, in place of the same papers and the empty slot, keeping every other row as written', () => {
    const merged = mergeTableRows(
      lines,
      span,
      'ml-news',
      ['|[LoRA.](https://arxiv.org/abs/2106.09685) |New summary. |'],
      new Set([loraKey]),
      options,
    );
    expect(merged.rows).toEqual([
      '|[LoRA.](https://arxiv.org/abs/2106.09685) |New summary. |',
      '|[By hand.](https://example.com/hand) |A co-curator\u2019s row',
      'that goes on over a line. |',
    ]);
    // The row the library does not hold is offered for import, with its line in the file.
    expect(merged.offered).toEqual([
      expect.objectContaining({
        title: 'By hand',
        url: 'https://example.com/hand',
        // A broken row is read with its continuation line.
        summary: expect.stringContaining('goes on over a line'),
        line: 7,
      }),
    ]);
  });

  it('keeps the empty slot when Paperboy has no row for the table', () => {
    const merged = mergeTableRows(lines, span, 'ml-news', [], new Set(), options);
    expect(merged.rows).toBeNull();
    expect(merged.offered.map((item) => item.title)).toEqual(['LoRA', 'By hand']);
  });

  it('drops a row the library now lists elsewhere even with no row of its own to write', () => {
    const merged = mergeTableRows(lines, span, 'ml-news', [], new Set([loraKey]), options);
    expect(merged.rows).toEqual([
      '|[By hand.](https://example.com/hand) |A co-curator\u2019s row',
      'that goes on over a line. |',
      '|[.]() |',
    ]);
  });

  it('keeps a row it cannot read as it is, never offering it', () => {
    const text = '|Link|description|\n|---|---|\n|Just a note |no link |\n';
    const table = fileLines(text);
    const merged = mergeTableRows(
      table,
      findTable(table, 0, table.length, 'ml-news')!,
      'ml-news',
      ['|[New.](https://example.com/new) |N |'],
      new Set(),
      options,
    );
    expect(merged).toEqual({ rows: ['|[New.](https://example.com/new) |N |', '|Just a note |no link |'], offered: [] });
  });
});
