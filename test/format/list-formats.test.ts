import { fileNameFor, FORMAT_NAMES, markdownFor, periodFor } from '@/lib/format/list-formats';
import { itemFrom, type Item } from '@/lib/model';

const make = (title: string, fields: Partial<Item> = {}): Item => ({
  ...itemFrom({ title, url: `https://example.com/${title}`, section: 'Research', summary: '', topics: [], day: '2025-07-22' }),
  ...fields,
});
const items = [make('a', { order: 0 }), make('b', { order: 1 }), make('c', { order: 2 }), make('n', { section: 'News' })];

describe('the list formats', () => {
  it('name each format for the curator', () => {
    expect(Object.keys(FORMAT_NAMES).sort()).toEqual(['compass', 'ml-news', 'template']);
  });

  it('give the period holding a day, with its label', () => {
    expect(periodFor('ml-news', '2025-07-22')).toEqual({ start: '2025-07-21', end: '2025-07-27', label: 'Week 21 - 27 July' });
    expect(periodFor('template', '2025-07-22')).toEqual(periodFor('ml-news', '2025-07-22'));
    expect(periodFor('compass', '2025-07-22')).toEqual({ start: '2025-07-22', end: '2025-07-31', label: 'Week 4/4 of July 2025' });
    expect(periodFor('compass', '2025-02-03')).toEqual({ start: '2025-02-01', end: '2025-02-07', label: 'Week 1/4 of February 2025' });
  });

  it('copy the period in the chosen format', () => {
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
    expect(markdownFor('template', '2025-07-22', items.slice(0, 2), '* {title}')).toBe('* a\n* b\n');
  });

  it('copy only the items of the period holding the day', () => {
    const mixed = [make('in', { day: '2025-07-27' }), make('before', { day: '2025-07-20' }), make('after', { day: '2025-07-28' })];
    expect(markdownFor('template', '2025-07-22', mixed, '{title}')).toBe('in\n');
    // The monthly block of the 22nd runs to the month's end: the 28th is in it, the 20th is not.
    expect(markdownFor('compass', '2025-07-22', mixed)).toContain('[after]');
    expect(markdownFor('compass', '2025-07-22', mixed)).not.toContain('[before]');
  });

  it('copy with the default row template when none is given', () => {
    expect(markdownFor('template', '2025-07-22', [make('a', { summary: 'S' })])).toBe('- [a](https://example.com/a): S\n');
  });

  it('name the downloaded file after the first day of the period', () => {
    expect(fileNameFor('ml-news', '2025-07-22')).toBe('ml-news-2025-07-21.md');
    expect(fileNameFor('template', '2025-07-22')).toBe('ml-news-2025-07-21.md');
    expect(fileNameFor('compass', '2025-07-22')).toBe('papers-2025-07-22.md');
  });
});
