import { inListOrder, moveItem, moveItemTo } from '@/lib/format/week-order';
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
});
