import { paperKey } from '../url';
import { readList, type ImportedItem, type ListFormat } from '../format/list-reader';
import { ML_NEWS_TABLE_HEADER } from '../format/mlnews';
import { COMPASS_TABLE_HEADER } from '../format/compass';
import { isBlank, type FileLine } from './file-edits';

/** One list table inside a file: its header, its delimiter row and the lines of its rows. */
export interface TableSpan {
  header: number;
  /** Rows are lines `rowsFrom` to `rowsTo` (exclusive). */
  rowsFrom: number;
  rowsTo: number;
}

const DELIMITER = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const HEADER_NAMES: Record<ListFormat, string> = { 'ml-news': 'link|description', compass: 'title|summary|topics' };
const PLACEHOLDER_ROW = /^\s*\|\s*\[\s*\.?\s*\]\(\s*\)\s*(\|\s*)*$/;

function headerNames(line: string): string {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim().toLowerCase())
    .join('|');
}

/** The first table of `format` whose header lies in lines `from` to `to` (exclusive). */
export function findTable(lines: readonly FileLine[], from: number, to: number, format: ListFormat): TableSpan | null {
  for (let i = from; i + 1 < to; i++) {
    if (!lines[i]!.text.trim().startsWith('|') || !DELIMITER.test(lines[i + 1]!.text.trim())) continue;
    if (headerNames(lines[i]!.text) !== HEADER_NAMES[format]) continue;
    let end = i + 2;
    // A table ends at a blank line or a heading; a line not starting with `|` continues a broken row.
    while (end < to && !isBlank(lines[end]!.text) && !lines[end]!.text.trim().startsWith('#')) end++;
    return { header: i, rowsFrom: i + 2, rowsTo: end };
  }
  return null;
}

interface RowGroup {
  lines: string[];
  item: ImportedItem | null;
  placeholder: boolean;
}

/** The table's rows, a broken row's continuation lines kept with it, each read as the importer reads it. */
function rowGroups(
  lines: readonly FileLine[],
  span: TableSpan,
  format: ListFormat,
  readOptions: { today?: string; month?: string },
): RowGroup[] {
  const groups: { first: number; lines: string[] }[] = [];
  for (let i = span.rowsFrom; i < span.rowsTo; i++) {
    const text = lines[i]!.text;
    if (text.trim().startsWith('|') || groups.length === 0) groups.push({ first: i, lines: [text] });
    else groups[groups.length - 1]!.lines.push(text);
  }
  const header = format === 'ml-news' ? ML_NEWS_TABLE_HEADER : COMPASS_TABLE_HEADER;
  return groups.map(({ first, lines: group }) => {
    const placeholder = group.length === 1 && PLACEHOLDER_ROW.test(group[0]!);
    const read = placeholder ? undefined : readList(`${header}\n${group.join('\n')}\n`, readOptions).items[0];
    return { lines: group, item: read ? { ...read, line: first + 1 } : null, placeholder };
  });
}

export interface MergedTable {
  /** The table's new rows, or null when the table stays as it is. */
  rows: string[] | null;
  /** Rows the library does not hold, kept in the file and offered for import. */
  offered: ImportedItem[];
}

/**
 * Paperboy's rows first (they replace the rows of the same papers and the empty slots), then every
 * other row in its original text: a row added by hand or by a co-curator is never dropped.
 */
export function mergeTableRows(
  lines: readonly FileLine[],
  span: TableSpan,
  format: ListFormat,
  paperboyRows: readonly string[],
  paperboyKeys: ReadonlySet<string>,
  readOptions: { today?: string; month?: string },
): MergedTable {
  const kept: string[] = [];
  const offered: ImportedItem[] = [];
  let dropped = false;
  for (const group of rowGroups(lines, span, format, readOptions)) {
    if (group.placeholder) {
      if (paperboyRows.length) dropped = true;
      else kept.push(...group.lines);
      continue;
    }
    if (group.item && paperboyKeys.has(paperKey(group.item))) {
      dropped = true;
      continue;
    }
    kept.push(...group.lines);
    if (group.item) offered.push(group.item);
  }
  if (!paperboyRows.length && !dropped) return { rows: null, offered };
  return { rows: [...paperboyRows, ...kept], offered };
}
