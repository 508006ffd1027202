import { DEFAULT_TEMPLATE, exportTemplate, fillTemplate, TEMPLATE_FIELDS, unknownPlaceholders } from '@/lib/format/template';
import { itemFrom } from '@/lib/model';

const item = {
  ...itemFrom({ title: 'a', url: 'https://example.com/a', section: 'Research', summary: '', topics: [], day: '2025-07-22' }),
};

describe('the custom row template', () => {
  it('fills each field, escaped for tables and links', () => {
    const it = { ...item, summary: 'x | y\nz', topics: ['T1', 'T2'], authors: ['Ann', 'Bo'], published: '2025-07-01' };
    expect(exportTemplate([it], '| [{title}]({url}) | {summary} | {topics} | {authors} | {date} |')).toBe(
      '| [a](https://example.com/a) | x \\| y <br> z | T1, T2 | Ann, Bo | 2025-07-01 |\n',
    );
  });

  it('gives the day listed under as {week}, and the section and arXiv id', () => {
    expect(fillTemplate('{week} {section} {arxivId}', { ...item, section: 'News', arxivId: '2106.09685' })).toBe(
      '2025-07-22 News 2106.09685',
    );
  });

  it('leaves fields the item lacks empty, and unknown placeholders as typed', () => {
    expect(fillTemplate('[{date}|{arxivId}|{authors}] {nope} {}', item)).toBe('[||] {nope} {}');
  });

  it('keeps each row on one line, and the title and address safe inside a link', () => {
    const it = { ...item, title: 'A [bracketed] title', url: 'https://example.com/a b' };
    expect(fillTemplate('[{title}]\n({url})', it)).toBe('[A \\[bracketed\\] title] (https://example.com/a%20b)');
  });

  it('names the placeholders Paperboy does not know', () => {
    expect(unknownPlaceholders('{title} {nope} {Title} {}')).toEqual(['nope', 'Title', '']);
    expect(unknownPlaceholders(TEMPLATE_FIELDS.map((field) => `{${field}}`).join(' '))).toEqual([]);
    expect(unknownPlaceholders(DEFAULT_TEMPLATE)).toEqual([]);
  });

  it('writes one row per item, and nothing for none', () => {
    expect(exportTemplate([item, { ...item, title: 'b' }], '{title}')).toBe('a\nb\n');
    expect(exportTemplate([], '{title}')).toBe('');
  });
});
