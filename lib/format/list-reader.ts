import { isSection, type ListedFields, type Section } from '../model';
import { compassBlockStart, isMonth, localToday, makeDay, mondayOf, monthFromFileName, monthIndex, toDate } from '../dates';
import { linkFacts } from '../url';
import { collapseSpace, excerpt, normalizeSummary, normalizeTopics, summaryShape } from '../text';
import { endsWithBarePeriod, isEscaped, splitRow } from './cell';
import { decodeCell, decodeLinkDestination, decodeLinkText } from './cell-decode';
import { repairMojibake } from './mojibake';
import { sectionFromHeading } from './mlnews';
import { checkInPageLinks } from './index-links';

/**
 * Reads a curator's list file, defects and all. One pass serves both the importer (items, repairs)
 * and the checker (problems with their line numbers).
 */
export type ListFormat = 'ml-news' | 'compass';

export type ProblemKind =
  | 'cells'
  | 'pipe'
  | 'broken-row'
  | 'duplicate'
  | 'empty-link'
  | 'unread-row'
  | 'stray-row'
  | 'foreign-table'
  | 'mojibake'
  | 'tracking'
  | 'escape'
  | 'math'
  | 'topic-drift'
  | 'anchor'
  | 'index-week';

/**
 * An error is a defect GitHub shows (a split cell, a lost row, a broken link); a warning is worth a
 * look but may be what the curator wants (a row still waiting for its link, a tracking parameter).
 */
export type Severity = 'error' | 'warning';

export const SEVERITY: Record<ProblemKind, Severity> = {
  cells: 'error',
  pipe: 'error',
  'broken-row': 'error',
  duplicate: 'error',
  'empty-link': 'warning',
  'unread-row': 'error',
  'stray-row': 'error',
  'foreign-table': 'warning',
  mojibake: 'error',
  tracking: 'warning',
  escape: 'error',
  math: 'warning',
  'topic-drift': 'warning',
  anchor: 'error',
  'index-week': 'error',
};

export interface ListProblem {
  line: number;
  kind: ProblemKind;
  message: string;
}

/**
 * A row of the list. `url` is '' for a row whose link is still empty (`[Chips and Policy.]()`): the
 * item is kept and waits for its link (see `needsLink` in model.ts).
 */
export interface ImportedItem extends ListedFields {
  arxivId: string | null;
  /** The line the row starts on. */
  line: number;
}

export interface ReadOptions {
  /** The file's name, for a month such as `april-2025.md`. */
  fileName?: string;
  /** `YYYY-MM`: the month the file's week headings belong to. */
  month?: string;
  /** `YYYY-MM-DD`: what "now" is when a heading leaves the year open. */
  today?: string;
}

export interface ReadResult {
  format: ListFormat | null;
  items: ImportedItem[];
  problems: ListProblem[];
  /** Human-readable repairs the importer made, one per change. */
  repairs: string[];
}

interface Table {
  format: ListFormat;
  /** Cells after the link cell. */
  textCells: number;
}

const HEADINGS: Record<string, ListFormat> = {
  'link|description': 'ml-news',
  'title|summary|topics': 'compass',
};

const DELIMITER_ROW = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const ML_NEWS_HEADING = /^#\s*ML news:\s*(.*)$/i;
const COMPASS_HEADING = /^##\s*Week\s*(\d)\s*\/\s*4\b/i;
const MONTH_HEADING = /^#{1,3}\s*([A-Za-z]+)\s+(\d{4})\s*$/;
const WEEK_LABEL = /Week\s+(\d{1,2})(?:\s+([A-Za-z]+))?\s*[-\u2013]\s*(\d{1,2})\s+([A-Za-z]+)/i;
/**
 * A backslash GitHub shows. Before ASCII punctuation a backslash is an escape (CommonMark): `\$`,
 * `\&`, `\_`, `\*`, `\#`, `\'` render as the plain character, so they are no defect. What is left
 * over from a string dump (`\n`, `\t`, `\r`, `\u2019`, `\x27`) shows as a backslash and letters.
 */
const SHOWN_ESCAPE = /\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[ntr])/g;
const CODE_SPAN = /(`+)[^`]*?\1/g;

/** The cell with its code spans blanked out (same length): backslashes and `$` are literal there. */
function outsideCode(raw: string): string {
  return raw.includes('`') ? raw.replace(CODE_SPAN, (span) => ' '.repeat(span.length)) : raw;
}

/** The first escape left in a cell that GitHub would show with its backslash. */
function leftoverEscape(raw: string): { escape: string; index: number } | null {
  if (!raw.includes('\\')) return null;
  const text = outsideCode(raw);
  for (const match of text.matchAll(SHOWN_ESCAPE)) {
    if (!isEscaped(text, match.index)) return { escape: match[0], index: match.index };
  }
  return null;
}

/**
 * Dollar signs GitHub can pair as math: an unescaped `$` followed by a character that is not white
 * space opens, and a later unescaped `$` in the same cell closes. This is looser than pandoc's rule
 * (no space before the closing `$`, no digit after it) because GitHub's is: it turns
 * "raised $30 million and $5 billion" into math. Returns the span that would become math.
 */
export function mathSpan(raw: string): string | null {
  // Most cells hold no dollar sign: one scan says so.
  const first = raw.indexOf('$');
  if (first === -1 || raw.indexOf('$', first + 1) === -1) return null;
  const text = outsideCode(raw);
  let open = -1;
  for (let at = text.indexOf('$'); at !== -1; at = text.indexOf('$', at + 1)) {
    if (isEscaped(text, at)) continue;
    if (open === -1) {
      if (at + 1 < text.length && !/\s/.test(text[at + 1]!)) open = at;
    } else return raw.slice(open, at + 1);
  }
  return null;
}

/** Finds `[text](destination)` at the start of a cell; brackets may nest, escapes count. */
export function parseLinkCell(cell: string): { text: string; destination: string } | null {
  const source = cell.trim();
  if (source[0] !== '[') return null;
  const textEnd = closingIndex(source, 0, '[', ']');
  if (textEnd < 0 || source[textEnd + 1] !== '(') return null;
  const destinationEnd = closingIndex(source, textEnd + 1, '(', ')');
  if (destinationEnd < 0 || source.slice(destinationEnd + 1).trim() !== '') return null;
  return { text: source.slice(1, textEnd), destination: source.slice(textEnd + 2, destinationEnd) };
}

/** Where the bracket opened at `start` closes (nesting and backslash escapes respected), or -1. */
function closingIndex(source: string, start: number, open: string, close: string): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === open) depth++;
    else if (char === close && --depth === 0) return i;
  }
  return -1;
}

function isClosedRow(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.endsWith('|') && !isEscaped(trimmed, trimmed.length - 1);
}

/** The year a day-and-month heading belongs to: near the given month, else the latest past match. */
function resolveYear(month: number, day: number, options: Required<Pick<ReadOptions, 'today'>> & { month?: string }): number {
  if (options.month) {
    const [year, mon] = options.month.split('-').map(Number) as [number, number];
    const target = Date.UTC(year, mon - 1, 15);
    return [year - 1, year, year + 1].sort(
      (a, b) => Math.abs(Date.UTC(a, month - 1, day) - target) - Math.abs(Date.UTC(b, month - 1, day) - target),
    )[0]!;
  }
  const today = options.today;
  const thisYear = Number(today.slice(0, 4));
  let latestPast: number | null = null;
  for (let year = thisYear; year > thisYear - 28; year--) {
    const candidate = makeDay(year, month, day);
    if (candidate > today) continue;
    latestPast ??= year;
    if (toDate(candidate).getUTCDay() === 1) return year;
  }
  return latestPast ?? thisYear;
}

/** The Monday of an ML news heading such as `Week 30 June - 6 July`, or null when it names no days. */
export function parseMlNewsWeek(label: string, options: { today: string; month?: string }): string | null {
  const match = WEEK_LABEL.exec(label);
  if (!match) return null;
  const endMonth = monthIndex(match[4]!);
  if (!endMonth) return null;
  const firstDay = Number(match[1]);
  const lastDay = Number(match[3]);
  let startMonth = match[2] ? monthIndex(match[2]) : endMonth;
  if (!startMonth) return null;
  if (!match[2] && firstDay > lastDay) startMonth = endMonth === 1 ? 12 : endMonth - 1;
  const year = resolveYear(startMonth, firstDay, options);
  return mondayOf(makeDay(year, startMonth, firstDay));
}

export function readList(source: string, options: ReadOptions = {}): ReadResult {
  const today = options.today ?? localToday();
  const explicitMonth = options.month && isMonth(options.month) ? options.month : undefined;
  const fileMonth = options.fileName ? (monthFromFileName(options.fileName) ?? undefined) : undefined;
  const result: ReadResult = { format: null, items: [], problems: [], repairs: [] };
  const problem = (line: number, kind: ProblemKind, message: string) => result.problems.push({ line, kind, message });

  const lines = source
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .map((line, index) => {
      const repaired = repairMojibake(line);
      if (repaired.fixes.length) {
        const counts = new Map<string, { after: string; lost: boolean; times: number }>();
        for (const fix of repaired.fixes) {
          const seen = counts.get(fix.before);
          if (seen) seen.times++;
          else counts.set(fix.before, { after: fix.after, lost: fix.lost, times: 1 });
        }
        const described = [...counts].map(
          ([before, { after, lost, times }]) =>
            `"${before}" \u2192 "${after}"${times > 1 ? ` (${times}\u00d7)` : ''}${lost ? ' (a character already lost when the file was saved)' : ''}`,
        );
        problem(index + 1, 'mojibake', `UTF-8 read as Mac OS Roman: ${described.join(', ')}`);
        result.repairs.push(`line ${index + 1}: ${described.join(', ')}`);
      }
      return repaired.text;
    });

  let table: Table | null = null;
  /** Inside a table whose header is no list's: its rows are not read (reported once, at its header). */
  let foreignTable = false;
  let section: Section | null = null;
  let mlWeek: string | null = null;
  let compassIndex = 1;
  let headingMonth: string | undefined;
  const foreignNotes: number[] = [];
  const seenPapers = new Map<string, number>();
  const seenTopics = new Map<string, { spelling: string; line: number }>();

  const monthForBlocks = () => explicitMonth ?? headingMonth ?? fileMonth ?? today.slice(0, 7);
  const yearOptions = () => ({ today, month: explicitMonth ?? fileMonth });

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    const lineNo = i + 1;
    if (trimmed === '') {
      table = null;
      foreignTable = false;
      continue;
    }
    if (trimmed.startsWith('#')) {
      table = null;
      foreignTable = false;
      let match: RegExpExecArray | null;
      if ((match = ML_NEWS_HEADING.exec(trimmed))) {
        mlWeek = parseMlNewsWeek(match[1]!, yearOptions());
        section = null;
      } else if ((match = COMPASS_HEADING.exec(trimmed))) {
        compassIndex = Number(match[1]);
      } else if ((match = MONTH_HEADING.exec(trimmed)) && monthIndex(match[1]!)) {
        headingMonth = `${match[2]}-${String(monthIndex(match[1]!)).padStart(2, '0')}`;
      } else {
        section = sectionFromHeading(trimmed.replace(/^#+/, '')) ?? (trimmed.startsWith('## ') ? null : section);
      }
      continue;
    }
    if (trimmed.startsWith('|') && DELIMITER_ROW.test(lines[i + 1]?.trim() ?? '') && !DELIMITER_ROW.test(trimmed)) {
      const names = splitRow(trimmed)
        .map((cell) => cell.trim().toLowerCase())
        .join('|');
      const format = HEADINGS[names];
      table = format ? { format, textCells: format === 'ml-news' ? 1 : 2 } : null;
      foreignTable = !format;
      if (format) result.format ??= format;
      else foreignNotes.push(lineNo);
      i++;
      continue;
    }
    if (!trimmed.startsWith('|') || foreignTable) continue;
    if (!table) {
      // GitHub shows a row cut off from its table (by a blank line or text) as a paragraph.
      const link = parseLinkCell(splitRow(trimmed)[0] ?? '');
      if (link && !isPlaceholder(link, splitRow(trimmed).slice(1))) {
        problem(lineNo, 'stray-row', `a row outside any table (a blank line or text cuts it off from the table above): not read`);
      }
      continue;
    }

    let rowText = trimmed;
    let last = i;
    while (!isClosedRow(rowText) && last + 1 < lines.length) {
      const next = lines[last + 1]!.trim();
      if (next === '' || next.startsWith('|') || next.startsWith('#')) break;
      rowText += '\n' + next;
      last++;
    }
    if (last > i) {
      problem(lineNo, 'broken-row', `a line break splits this row; it goes on to line ${last + 1}`);
      result.repairs.push(`line ${lineNo}: rejoined the row broken across lines ${lineNo}\u2013${last + 1}`);
    }
    i = last;
    readRow(rowText, lineNo, table);
  }
  // Tables of another kind are reported only in a file that is a list: elsewhere they are the file.
  if (result.format) {
    for (const line of foreignNotes) {
      problem(
        line,
        'foreign-table',
        `a table whose header is not |Link|description| or | Title | Summary | Topics |: its rows are not read`,
      );
    }
  }
  if (source.includes('](#')) result.problems.push(...checkInPageLinks(lines.join('\n')));
  return result;

  function readRow(rowText: string, lineNo: number, current: Table) {
    const cells = splitRow(rowText);
    let linkCells = 1;
    let link = parseLinkCell(cells[0]!);
    while (!link && linkCells < cells.length && cells[0]!.trim().startsWith('[')) {
      linkCells++;
      link = parseLinkCell(cells.slice(0, linkCells).join('|'));
    }
    if (!link) linkCells = 1;
    const rest = cells.slice(linkCells);
    const expected = current.textCells + 1;
    const found = cells.length;
    const splitTitle = linkCells > 1;
    if (splitTitle || rest.length > current.textCells) {
      const where = splitTitle ? cells.slice(0, linkCells).join('|') : rest.slice(current.textCells - 1).join('|');
      problem(lineNo, 'pipe', `an unescaped "|" splits a cell (${found} cells, the header has ${expected}): "${excerpt(where)}"`);
    } else if (rest.length < current.textCells && !(link && isPlaceholder(link, rest))) {
      problem(lineNo, 'cells', `${found} cells where the header has ${expected}`);
    }

    if (link && isPlaceholder(link, rest)) return;
    if (!link) {
      const text = collapseSpace(cells[0]!);
      problem(lineNo, 'unread-row', `no [title](address) link in "${excerpt(text)}": this row is not read`);
      return;
    }

    const summaryCells = current.format === 'compass' && rest.length >= 2 ? rest.slice(0, -1) : rest;
    const summaryRaw = summaryCells.join('|');
    const topicsRaw = current.format === 'compass' && rest.length >= 2 ? rest[rest.length - 1]! : '';
    let titleRaw = link.text.trim();
    // The period the list adds to every title; a title that is only "." keeps it (nothing else is left).
    if (current.format === 'ml-news' && titleRaw.length > 1 && endsWithBarePeriod(titleRaw)) titleRaw = titleRaw.slice(0, -1);
    const title = decodeLinkText(titleRaw);
    const destination = decodeLinkDestination(link.destination);

    for (const raw of [link.text, summaryRaw, topicsRaw]) {
      const found = leftoverEscape(raw);
      if (found) {
        problem(
          lineNo,
          'escape',
          `leftover escape ${found.escape} in "${excerpt(raw.slice(Math.max(0, found.index - 20)), 50)}": GitHub shows its backslash`,
        );
      }
      const math = mathSpan(raw);
      if (math) problem(lineNo, 'math', `GitHub can read "${excerpt(math, 50)}" as math: write \\$ for a dollar sign`);
    }
    if (!title) {
      problem(
        lineNo,
        'unread-row',
        destination ? `a link with no title: this row is not read` : `a summary with no title or link: this row is not read`,
      );
      return;
    }
    if (!destination) {
      problem(lineNo, 'empty-link', `"${excerpt(title)}" has no link yet: kept, waiting for its link`);
    }

    const { url, arxivId, tracking, key } = destination ? linkFacts(destination) : { url: '', arxivId: null, tracking: [], key: '' };
    if (tracking.length) {
      problem(lineNo, 'tracking', `tracking ${tracking.join(', ')} in ${excerpt(destination, 80)}`);
      result.repairs.push(`line ${lineNo}: removed ${tracking.join(', ')} from the link`);
    }

    const first = key ? seenPapers.get(key) : undefined;
    if (first !== undefined) {
      problem(lineNo, 'duplicate', `the same paper as line ${first} (${arxivId ? 'arXiv ' + arxivId : url})`);
    } else if (key) seenPapers.set(key, lineNo);

    const topics = normalizeTopics([decodeCell(topicsRaw)]);
    for (const topic of topics) {
      const shape = topic.toLowerCase().split(/\s+/).sort().join(' ');
      const seen = seenTopics.get(shape);
      if (!seen) seenTopics.set(shape, { spelling: topic, line: lineNo });
      else if (seen.spelling !== topic) {
        problem(lineNo, 'topic-drift', `topic "${topic}" drifts from "${seen.spelling}" (line ${seen.line})`);
      }
    }

    const givenMonth = explicitMonth ?? fileMonth;
    // A list names a row's period, not its day: the item is listed under the period's first day.
    const periodStart =
      current.format === 'ml-news'
        ? (mlWeek ?? mondayOf(givenMonth ? `${givenMonth}-01` : today))
        : compassBlockStart(monthForBlocks(), compassIndex);
    result.items.push({
      title,
      url,
      arxivId,
      section: current.format === 'ml-news' && section && isSection(section) ? section : 'Research',
      // The line's mojibake was repaired above; only an entity (`&#8218;`) can decode into more.
      summary: summaryRaw.includes('&') ? normalizeSummary(decodeCell(summaryRaw)) : summaryShape(decodeCell(summaryRaw)),
      topics,
      day: periodStart,
      line: lineNo,
    });
  }
}

function isPlaceholder(link: { text: string; destination: string }, rest: string[]): boolean {
  const text = link.text.trim();
  return (text === '' || text === '.') && link.destination.trim() === '' && rest.every((cell) => cell.trim() === '');
}

/** Problems in line order (a stable sort: on one line, in the order they were found). */
export function byLine(problems: readonly ListProblem[]): ListProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}

/** `FILE:LINE: kind: message`, in line order. */
export function formatProblems(fileName: string, problems: readonly ListProblem[]): string[] {
  return byLine(problems).map((p) => `${fileName}:${p.line}: ${p.kind}: ${p.message}`);
}
