import { marked, type Tokens } from 'marked';
import { Window } from 'happy-dom';
import { readList, type ImportedItem } from '@/lib/format/list-reader';
import { exportMlNews, mlNewsLink, mlNewsTitle } from '@/lib/format/mlnews';
import { compassLink, exportCompass } from '@/lib/format/compass';
import { encodeLinkText } from '@/lib/format/cell';
import { listFixtures } from '../fixtures';

/**
 * Every list file of the fixtures, imported, exported again in its own format, and the export read
 * with a real GFM parser (marked): the same items, and no row lost on the way. In the original, each
 * row GitHub's parser sees in a list table is an item or a reported problem.
 */
const window = new Window();
const TODAY = '2026-11-22';
const LIST_HEADERS = new Set(['link|description', 'title|summary|topics']);

function listTables(markdown: string): Tokens.Table[] {
  return marked
    .lexer(markdown, { gfm: true })
    .filter((t): t is Tokens.Table => t.type === 'table')
    .filter((t) => LIST_HEADERS.has(t.header.map((cell) => cell.text.trim().toLowerCase()).join('|')));
}

function renderedLink(cellMarkdown: string): { text: string; href: string } | null {
  const holder = window.document.createElement('div');
  holder.innerHTML = marked.parseInline(cellMarkdown, { gfm: true }) as string;
  const link = holder.querySelector('a');
  return link ? { text: link.textContent ?? '', href: link.getAttribute('href') ?? '' } : null;
}

const isPlaceholderRow = (row: Tokens.TableCell[]) => row.every((cell) => /^(\[\.?\]\(\))?$/.test(cell.text.trim()));

const comparable = (items: readonly ImportedItem[]) =>
  items
    .map(({ title, url, section, summary, topics, day }) => ({ title, url, section, summary, topics, day }))
    .sort((a, b) => `${a.day} ${a.title} ${a.summary}`.localeCompare(`${b.day} ${b.title} ${b.summary}`));

describe.each(listFixtures().map((fixture) => [fixture.name, fixture] as const))('%s', (name, fixture) => {
  const read = readList(fixture.text, { fileName: name, today: TODAY });
  const format = read.format!;
  const exported = format === 'ml-news' ? exportMlNews(read.items) : exportCompass(read.items);

  it('is a list, with items', () => {
    expect(format).toMatch(/^(ml-news|compass)$/);
    expect(read.items.length).toBeGreaterThan(0);
  });

  it('accounts for every row GitHub sees in its list tables', () => {
    const rows = listTables(fixture.text).flatMap((table) => table.rows.filter((row) => !isPlaceholderRow(row)));
    const unread = read.problems.filter((p) => p.kind === 'unread-row').length;
    // A row a line break split is two rows to GitHub and one item here (reported as broken-row).
    const continuations = read.problems
      .filter((p) => p.kind === 'broken-row')
      .reduce((sum, p) => sum + Number(/line (\d+)$/.exec(p.message)![1]) - p.line, 0);
    expect(rows.length).toBe(read.items.length + unread + continuations);
  });

  it('exports rows that a GFM parser reads as one row per item, each link the title and address', () => {
    const rows = listTables(exported).flatMap((table) => table.rows);
    expect(rows).toHaveLength(read.items.length);
    const columns = format === 'ml-news' ? 2 : 3;
    const links = rows.map((row) => {
      expect(row).toHaveLength(columns);
      return renderedLink(row[0]!.text);
    });
    // ML news is newest week first, so compare as sets of (title, address).
    const expected = read.items.map((item) =>
      format === 'ml-news'
        ? { text: renderedLink(`[${mlNewsTitle(item.title)}](x)`)!.text, href: item.url && mlNewsLink(item.url, item.arxivId) }
        : { text: renderedLink(`[${encodeLinkText(item.title)}](x)`)!.text, href: item.url && compassLink(item.url, item.arxivId) },
    );
    const key = (link: { text: string; href: string } | null) => `${link?.text} -> ${link?.href}`;
    expect(links.map(key).sort()).toEqual(expected.map(key).sort());
  });

  // A summary keeps what the curator wrote, a stray \n too; so the escape report follows the item.
  it('reads back from its export as the same items, with no problem but those the items carry', () => {
    const month = read.items[0]!.day.slice(0, 7);
    const back = readList(exported, { month: format === 'compass' ? month : undefined, today: TODAY });
    expect(comparable(back.items)).toEqual(comparable(read.items));
    expect(new Set(back.problems.map((p) => p.kind))).toEqual(
      new Set(read.problems.map((p) => p.kind).filter((kind) => ['duplicate', 'empty-link', 'topic-drift', 'escape'].includes(kind))),
    );
  });
});
