import fc from 'fast-check';
import { marked, type Tokens } from 'marked';
import { Window } from 'happy-dom';
import { SECTIONS, type ListedFields } from '@/lib/model';
import { ML_NEWS_TABLE_HEADER, mlNewsWeekBlock, toMlNewsRow } from '@/lib/format/mlnews';
import { COMPASS_TABLE_HEADER, compassBlockText, toCompassRow } from '@/lib/format/compass';
import { mathSpan, parseLinkCell, readList } from '@/lib/format/list-reader';
import { mlNewsWeek, compassBlock, makeDay } from '@/lib/dates';
import { collapseSpace, normalizeSummary, normalizeTitle, normalizeTopics } from '@/lib/text';
import { listUrl } from '@/lib/url';
import { withoutMojibake } from '@/lib/format/mojibake';

/**
 * The exporters' rule: whatever an item holds, each exported row is one GFM table row with the
 * header's number of cells, its link renders as the title and points at the address, and reading
 * the output back gives the same items. Checked on generated items with marked, a real GFM parser.
 */
const nasty = fc.constantFrom(
  'a',
  'Z',
  ' ',
  '  ',
  '|',
  '\\',
  '\\|',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '[',
  ']',
  '(',
  ')',
  '<br>',
  '<BR/>',
  '&lt;br&gt;',
  '<b>',
  '</td>',
  '*',
  '_',
  '`',
  '~',
  '#',
  '!',
  '?',
  '.',
  '$',
  '\\$',
  '&',
  '&amp;',
  '&nbsp;',
  '&#124;',
  '\u00a0',
  '😀',
  '🔹',
  'é',
  '‚Äô',
  '-',
  ':',
  '>',
);
const text = (max: number) => fc.string({ unit: nasty, maxLength: max });
/**
 * Exporters are given what the library holds: text whose mojibake was repaired when it was saved
 * (its spacing may still be anything). The mojibake-like units above test that repair too.
 */
const stored = (t: string) => withoutMojibake(t);
const title = text(12)
  .map(stored)
  .filter((t) => collapseSpace(t) !== '');
const day = fc.integer({ min: 0, max: 3650 }).map((n) => makeDay(2020, 1, 1 + n));
const url = fc
  .oneof(
    fc.webUrl({ withQueryParameters: true }),
    fc.constantFrom(
      'https://arxiv.org/abs/2503.02875',
      'https://arxiv.org/pdf/2504.02732v2',
      'https://en.wikipedia.org/wiki/Transformer_(deep_learning)',
      'https://example.org/a|b?x=(1',
    ),
  )
  .map((u) => listUrl(u))
  .filter((u): u is string => u !== null);
const topic = fc.string({ unit: fc.constantFrom('L', 'M', ' ', '|', '&', '<br>', '\\', 'é'), maxLength: 6 });

const item = fc.record({
  title,
  url,
  section: fc.constantFrom(...SECTIONS),
  summary: text(40).map(stored),
  topics: fc.array(topic, { maxLength: 3 }).map(normalizeTopics),
  day,
});

const window = new Window();

/** The table marked reads from one header and one row. */
function tableOf(header: string, row: string): Tokens.Table {
  const tokens = marked.lexer(`${header}\n${row}\n`, { gfm: true });
  const tables = tokens.filter((t): t is Tokens.Table => t.type === 'table');
  expect(tables).toHaveLength(1);
  return tables[0]!;
}

/** What GitHub would show for a link cell: the link's text and address. */
function renderedLink(cellMarkdown: string): { text: string; href: string } {
  const html = marked.parseInline(cellMarkdown, { gfm: true }) as string;
  const holder = window.document.createElement('div');
  holder.innerHTML = html;
  const links = holder.querySelectorAll('a');
  expect(links).toHaveLength(1);
  return { text: links[0]!.textContent ?? '', href: links[0]!.getAttribute('href') ?? '' };
}

function expectedMlNewsTitle(t: string): string {
  const flat = normalizeTitle(t);
  return /[.?!]$/.test(flat) ? flat : `${flat}.`;
}

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 400) };

describe('ML news of the week exporter', () => {
  it('writes one row of two cells whose link renders as the title and address', () => {
    fc.assert(
      fc.property(item, (it) => {
        const row = toMlNewsRow(it);
        expect(row).not.toMatch(/[\r\n]/);
        const table = tableOf(ML_NEWS_TABLE_HEADER, row);
        expect(table.rows).toHaveLength(1);
        expect(table.rows[0]).toHaveLength(2);
        const link = renderedLink(table.rows[0]![0]!.text);
        expect(link.text).toBe(expectedMlNewsTitle(it.title));
        expect(decodeURI(link.href)).toBe(decodeURI(it.url));
      }),
      RUNS,
    );
  });

  it('reads back the items it wrote', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), day, (items, when) => {
        const week = mlNewsWeek(when);
        const listed: ListedFields[] = items.map((it) => ({ ...it, day: week.start }));
        const back = readList(mlNewsWeekBlock(week, listed), { month: week.start.slice(0, 7), today: '2031-01-01' });
        // Duplicates are the checker's to report; nothing else may be (no escape, no dollar sign GitHub pairs as math).
        expect(back.problems.filter((p) => p.kind !== 'duplicate')).toEqual([]);
        const inListOrder = SECTIONS.flatMap((s) => listed.filter((it) => it.section === s));
        expect(back.items.map(({ line: _l, arxivId: _a, topics: _t, ...rest }) => rest)).toEqual(
          // A title's own final period reads as the one the list adds (see mlNewsTitle).
          inListOrder.map(({ topics: _t, ...it }) => ({
            ...it,
            title: normalizeTitle(normalizeTitle(it.title) === '.' ? '.' : normalizeTitle(it.title).replace(/\.$/, '')),
            summary: normalizeSummary(it.summary),
          })),
        );
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 200) },
    );
  });
});

/** The text GitHub would show for a cell, without math (marked has none, so a `$` shows as itself). */
function renderedText(cellMarkdown: string): string {
  const holder = window.document.createElement('div');
  holder.innerHTML = marked.parseInline(cellMarkdown, { gfm: true }) as string;
  return holder.textContent ?? '';
}

const count = (text: string, char: string) => text.split(char).length - 1;

describe('dollar signs', () => {
  it('are written \\$ in titles, summaries and topics: no pair GitHub reads as math, and each shows as $', () => {
    const withDollars = item.map((it) => ({ ...it, title: `$${it.title}$`, summary: `raised $30 million and $5 billion ${it.summary}` }));
    fc.assert(
      fc.property(withDollars, fc.array(fc.constantFrom('$', 'US$', 'a $ b', '$x$'), { maxLength: 2 }), (it, topics) => {
        const entry = { ...it, topics: normalizeTopics(topics) };
        for (const [header, row] of [
          [ML_NEWS_TABLE_HEADER, toMlNewsRow(entry)],
          [COMPASS_TABLE_HEADER, toCompassRow(entry)],
        ] as const) {
          const cells = tableOf(header, row).rows[0]!.map((cell) => cell.text);
          // A link's address is no text: a `$` there is the address's (and GitHub reads the link first).
          const [linkCell, ...textCells] = cells;
          for (const cell of [parseLinkCell(linkCell!)!.text, ...textCells]) expect(mathSpan(cell)).toBeNull();
          expect(count(renderedLink(cells[0]!).text, '$')).toBe(count(normalizeTitle(entry.title), '$'));
          expect(count(renderedText(cells[1]!), '$')).toBe(count(entry.summary, '$'));
          if (cells[2] !== undefined) expect(count(renderedText(cells[2]), '$')).toBe(count(entry.topics.join(', '), '$'));
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 200) },
    );
  });
});

describe('link text', () => {
  // Found by the properties at 20,000 runs: marked ends the link text at `\](` (CommonMark does not).
  it.each(['[]()', 'a [b](c) d', 'x\\](y'])('renders %s as that title, in both lists', (title) => {
    const it = { title, url: 'https://example.com/a', section: 'Research' as const, summary: 's', topics: [], day: '2025-07-21' };
    expect(renderedLink(tableOf(ML_NEWS_TABLE_HEADER, toMlNewsRow(it)).rows[0]![0]!.text).text).toBe(`${title}.`);
    expect(renderedLink(tableOf(COMPASS_TABLE_HEADER, toCompassRow(it)).rows[0]![0]!.text).text).toBe(title);
  });
});

describe('Monthly papers by week exporter', () => {
  it('writes one row of three cells whose link renders as the exact title', () => {
    fc.assert(
      fc.property(item, (it) => {
        const row = toCompassRow(it);
        expect(row).not.toMatch(/[\r\n]/);
        const table = tableOf(COMPASS_TABLE_HEADER, row);
        expect(table.rows).toHaveLength(1);
        expect(table.rows[0]).toHaveLength(3);
        expect(renderedLink(table.rows[0]![0]!.text).text).toBe(normalizeTitle(it.title));
      }),
      RUNS,
    );
  });

  it('reads back the items it wrote, in their week block', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), day, (items, when) => {
        const block = compassBlock(when);
        const listed = items.map((it) => ({ ...it, day: block.start }));
        const back = readList(compassBlockText(block.index, listed), { month: block.month, today: '2031-01-01' });
        expect(back.items.map(({ title, url, summary, topics, day }) => ({ title, url, summary, topics, day }))).toEqual(
          listed.map((it) => ({
            title: normalizeTitle(it.title),
            url: it.url,
            summary: normalizeSummary(it.summary),
            topics: it.topics,
            day: block.start,
          })),
        );
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 200) },
    );
  });
});
