import { inListOrder, moveItem, moveItemTo } from '@/lib/format/week-order';
import { markdownFor, periodFor } from '@/lib/format/list-formats';
import { exportTemplate, unknownPlaceholders } from '@/lib/format/template';
import { itemFrom, type Item } from '@/lib/model';

describe('the week list', () => {
  const make = (title: string, section: Item['section'], order: number): Item => ({
    ...itemFrom({ title, url: `https://example.com/${title}`, section, summary: '', topics: [], day: '2025-07-22' }),
    order,
  });
  const items = [make('a', 'Research', 0), make('b', 'Research', 1), make('c', 'Research', 2), make('n', 'News', 0)];

  it('moves an item within its section and renumbers only what changed', () => {
    expect(moveItem(items, items[2]!.id, -1, true).map((i) => [i.title, i.order])).toEqual([
      ['c', 1],
      ['b', 2],
    ]);
    expect(moveItem(items, items[0]!.id, -1, true)).toEqual([]);
    expect(moveItemTo(items, items[0]!.id, items[2]!.id, true).map((i) => [i.title, i.order])).toEqual([
      ['b', 0],
      ['c', 1],
      ['a', 2],
    ]);
    expect(moveItemTo(items, items[0]!.id, items[3]!.id, true)).toEqual([]);
  });

  it('orders items as the format groups them', () => {
    const mixed = [make('n', 'News', 0), make('r', 'Research', 1), make('s', 'Research', 0)];
    expect(inListOrder(mixed, 'ml-news').map((i) => i.title)).toEqual(['s', 'r', 'n']);
    // The one-table format follows the curator's order alone, across sections.
    expect(inListOrder(mixed, 'compass').map((i) => i.title)).toEqual(['n', 's', 'r']);
  });

  it('copies the period in the chosen format', () => {
    expect(periodFor('ml-news', '2025-07-22')).toEqual({ start: '2025-07-21', end: '2025-07-27', label: 'Week 21 - 27 July' });
    expect(periodFor('compass', '2025-07-22')).toEqual({ start: '2025-07-22', end: '2025-07-31', label: 'Week 4/4 of July 2025' });
    expect(markdownFor('ml-news', '2025-07-22', items).split('\n').slice(0, 8)).toEqual([
      '# ML news: Week 21 - 27 July',
      '',
      '## Research',
      '|Link|description|',
      '|---|---|',
      '|[a.](https://example.com/a) | |',
      '|[b.](https://example.com/b) | |',
      '|[c.](https://example.com/c) | |',
    ]);
    expect(markdownFor('compass', '2025-07-22', items.slice(0, 1))).toBe(
      '## Week 4/4\n| Title | Summary | Topics |\n| --- | --- | --- |\n| [a](https://example.com/a) |  |  |\n',
    );
  });

  it('fills a custom row template', () => {
    const it = { ...items[0]!, summary: 'x | y\nz', topics: ['T1', 'T2'], authors: ['Ann', 'Bo'], published: '2025-07-01' };
    expect(exportTemplate([it], '| [{title}]({url}) | {summary} | {topics} | {authors} | {date} |')).toBe(
      '| [a](https://example.com/a) | x \\| y <br> z | T1, T2 | Ann, Bo | 2025-07-01 |\n',
    );
    expect(unknownPlaceholders('{title} {nope}')).toEqual(['nope']);
  });
});
