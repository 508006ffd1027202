import { compassBlock, compassBlockStart, localToday, MONTHS, toDate } from '../dates';
import { paperKey } from '../url';
import { COMPASS_TABLE_HEADER, toCompassRow } from '../format/compass';
import { readList } from '../format/list-reader';
import { applyEdits, fileLines, insertLines, isBlank, lineBreakOf, replaceLines, type Edit } from './file-edits';
import { findTable, mergeTableRows } from './week-table';
import type { Duplicate, MergeResult, WeekItem } from './merge-result';
import type { MergeWeekInput } from './merge-ml-news';

/**
 * Writes one week into a "Monthly papers by week" month file: the `## Week n/4` block's table is
 * filled (its empty slots `| []() |  |  |` replaced); a file that does not exist yet is made with
 * its four blocks.
 */

const WEEK_HEADING = /^\s{0,3}##\s*Week\s*(\d)\s*\/\s*4\b/i;
const PLACEHOLDER = '| []() |  |  |';

/** `research_and_future_trends/april-2025.md` for a day of April 2025; `{month}` and `{year}` in a pattern. */
export function compassFilePath(pattern: string, day: string): string {
  const date = toDate(day);
  return pattern.replaceAll('{month}', MONTHS[date.getUTCMonth()]!.toLowerCase()).replaceAll('{year}', String(date.getUTCFullYear()));
}

function blockLines(index: number, rows: readonly string[]): string[] {
  return [`## Week ${index}/4`, ...COMPASS_TABLE_HEADER.split('\n'), ...(rows.length ? rows : [PLACEHOLDER])];
}

/** A new month file: the four blocks, two blank lines apart, as the list keeps them. */
function newMonthFile(index: number, rows: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 1; i <= 4; i++) {
    if (i > 1) lines.push('', '');
    lines.push(...blockLines(i, i === index ? rows : []));
  }
  return lines.join('\n') + '\n';
}

export function mergeCompass(input: MergeWeekInput): MergeResult {
  const today = input.today ?? localToday();
  const block = compassBlock(input.week);
  const items = input.items.filter((item) => {
    const other = compassBlock(item.day);
    return other.month === block.month && other.index === block.index;
  });
  const rows = items.map((item) => toCompassRow(item));
  const heading = `## Week ${block.index}/4`;
  const base = { heading, anchor: '', notes: [] as string[] };
  if (input.text === '') {
    const text = newMonthFile(block.index, rows);
    return { ...base, text, changed: true, added: true, offered: [], duplicates: [] };
  }

  const eol = lineBreakOf(input.text);
  const lines = fileLines(input.text);
  const readOptions = { today, month: block.month };
  const weekHeadings: { index: number; line: number }[] = [];
  lines.forEach((line, i) => {
    const match = WEEK_HEADING.exec(line.text);
    if (match) weekHeadings.push({ index: Number(match[1]), line: i });
  });
  const own = weekHeadings.find((h) => h.index === block.index);
  const keys = new Set(items.map((item) => paperKey(item)));
  const edits: Edit[] = [];
  let offered: MergeResult['offered'] = [];
  let added = false;

  if (own) {
    let end = own.line + 1;
    while (end < lines.length && !/^\s{0,3}#{1,2}\s/.test(lines[end]!.text)) end++;
    const span = findTable(lines, own.line + 1, end, 'compass');
    if (span) {
      const merged = mergeTableRows(lines, span, 'compass', rows, keys, readOptions);
      offered = merged.offered.map((item) => ({ ...item, day: block.start }));
      if (merged.rows) {
        edits.push(
          span.rowsTo > span.rowsFrom
            ? replaceLines(lines, span.rowsFrom, span.rowsTo, merged.rows, eol)
            : insertLines(input.text, lines, span.rowsFrom, merged.rows, eol),
        );
      }
    } else if (rows.length) {
      edits.push(insertLines(input.text, lines, own.line + 1, [...COMPASS_TABLE_HEADER.split('\n'), ...rows], eol));
    }
  } else {
    // The block is missing: it goes before the next week's block, or after the last one.
    added = true;
    const next = weekHeadings.find((h) => h.index > block.index);
    const at = next ? next.line : lines.length;
    const previous = lines[at - 1];
    const newLines = [
      ...(previous && !isBlank(previous.text) ? ['', ''] : []),
      ...blockLines(block.index, rows),
      ...(next ? ['', ''] : []),
    ];
    edits.push(insertLines(input.text, lines, at, newLines, eol));
  }
  const text = applyEdits(input.text, edits);
  return { ...base, text, changed: text !== input.text, added, offered, duplicates: duplicatesOf(input.text, items, block, today) };
}

function duplicatesOf(text: string, items: readonly WeekItem[], block: ReturnType<typeof compassBlock>, today: string): Duplicate[] {
  if (!items.length) return [];
  const keys = new Map(items.map((item) => [paperKey(item), item]));
  const duplicates: Duplicate[] = [];
  for (const listed of readList(text, { today, month: block.month }).items) {
    const item = keys.get(paperKey(listed));
    if (!item || listed.day === block.start) continue;
    const index = compassBlock(listed.day).index;
    duplicates.push({
      title: item.title,
      url: item.url,
      week: compassBlockStart(block.month, index),
      weekLabel: `Week ${index}/4`,
      line: listed.line,
    });
  }
  return duplicates;
}
