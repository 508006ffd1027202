import { SECTIONS, type ListedFields } from '../model';
import { addDays, localToday, makeDay, mlNewsWeek, mlNewsWeekLabel, monthIndex, toDate } from '../dates';
import { paperKey } from '../url';
import { ML_NEWS_TABLE_HEADER, mlNewsHeading, sectionFromHeading, toMlNewsRow } from '../format/mlnews';
import { headingAnchors, type HeadingAnchor } from '../format/github-anchors';
import { parseMlNewsWeek, readList } from '../format/list-reader';
import { applyEdits, fileLines, insertLines, isBlank, lineBreakOf, replaceLines, type Edit, type FileLine } from './file-edits';
import { findTable, mergeTableRows } from './week-table';
import type { Duplicate, MergeResult, WeekItem } from './merge-result';

/**
 * Writes one week into an "ML news of the week" README, following the shape the file already has:
 * `# Index` with `## YYYY` lists of `* [ML news: Week …](#anchor)`, then `# YYYY` and the week
 * blocks, newest first, each ending the way the others end (an image, `[Back to index](#Index)`).
 */

const ML_NEWS_TITLE = /^ML news:\s*(.*)$/i;
const YEAR = /^\d{4}$/;
const WEEK_LABEL = /Week\s+(\d{1,2})(?:\s+([A-Za-z]+))?\s*[-\u2013]\s*(\d{1,2})\s+([A-Za-z]+)/i;
const INDEX_ENTRY = /^(\s*[*+-]\s+)\[([^\]]*)\]\(#([^)\s]*)\)(.*)$/;
const IMAGE_LINE = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/;

/** The Thursday decides a week's year (as ISO weeks do): `Week 29 December - 4 January` of 2025/26 is 2026's. */
export function weekYear(monday: string): number {
  return toDate(addDays(monday, 3)).getUTCFullYear();
}

/** The Monday of a week label filed under the year heading `year` (the year of its Thursday). */
function mondayUnderYear(label: string, year: number): string | null {
  const match = WEEK_LABEL.exec(label);
  if (!match) return null;
  const endMonth = monthIndex(match[4]!);
  const startMonth = match[2] ? monthIndex(match[2]) : endMonth;
  if (!endMonth || !startMonth) return null;
  const firstDay = Number(match[1]);
  const month = !match[2] && firstDay > Number(match[3]) ? (endMonth === 1 ? 12 : endMonth - 1) : startMonth;
  for (const candidateYear of [year, year - 1]) {
    const day = makeDay(candidateYear, month, firstDay);
    if (toDate(day).getUTCDay() === 1 && weekYear(day) === year) return day;
  }
  return null;
}

interface WeekHeading {
  line: number; // 0-based
  monday: string;
  end: number; // first line after the block (the next level-1 heading, or the end of the file)
}

interface Layout {
  lines: FileLine[];
  headings: HeadingAnchor[];
  index: { heading: number; end: number } | null;
  years: { year: number; line: number }[];
  weeks: WeekHeading[];
}

function layoutOf(text: string, today: string): Layout {
  const lines = fileLines(text);
  const headings = headingAnchors(text);
  const top = headings.filter((h) => h.level === 1);
  const nextTop = (line: number) => top.find((h) => h.line - 1 > line)?.line ?? lines.length + 1;
  const indexHeading = top.find((h) => /^index$/i.test(h.text));
  const index = indexHeading ? { heading: indexHeading.line - 1, end: nextTop(indexHeading.line - 1) - 1 } : null;
  const years: Layout['years'] = [];
  const weeks: WeekHeading[] = [];
  let year: number | null = null;
  for (const heading of top) {
    if (YEAR.test(heading.text)) {
      year = Number(heading.text);
      years.push({ year, line: heading.line - 1 });
      continue;
    }
    const title = ML_NEWS_TITLE.exec(heading.text);
    if (!title) continue;
    const monday = year !== null ? mondayUnderYear(title[1]!, year) : parseMlNewsWeek(title[1]!, { today });
    if (monday) weeks.push({ line: heading.line - 1, monday, end: nextTop(heading.line - 1) - 1 });
  }
  return { lines, headings, index, years, weeks };
}

/** The lines after a block's last table, up to the next block: how this file ends its weeks. */
function trailerOf(layout: Layout, week: WeekHeading): string[] {
  const { lines } = layout;
  let lastTableLine = week.line;
  for (let i = week.line + 1; i < week.end; i++) if (lines[i]!.text.trim().startsWith('|')) lastTableLine = i;
  return lines.slice(lastTableLine + 1, week.end).map((line) => line.text);
}

/**
 * The ending of a new block: the newest block's, where an image is kept only when other weeks end
 * with the same image (a separator); a picture of that one week's is the curator's, not a template.
 */
function newBlockTrailer(layout: Layout): { trailer: string[]; notes: string[] } {
  const [newest, ...others] = layout.weeks;
  if (!newest) return { trailer: [''], notes: [] };
  const trailer = trailerOf(layout, newest);
  const otherLines = new Set(others.flatMap((week) => trailerOf(layout, week)));
  const notes: string[] = [];
  const kept: string[] = [];
  let droppedImage = false;
  for (const line of trailer) {
    if (IMAGE_LINE.test(line) && !otherLines.has(line)) {
      droppedImage = true;
      continue;
    }
    // The blank line that set the picture apart goes with it.
    if (droppedImage && isBlank(line) && (kept.length === 0 || isBlank(kept[kept.length - 1]!))) {
      droppedImage = false;
      continue;
    }
    droppedImage = false;
    kept.push(line);
  }
  if (trailer.some((line) => IMAGE_LINE.test(line) && !otherLines.has(line)))
    notes.push('The other weeks end with a picture of their own: add this week\u2019s on GitHub if you want one.');
  if (kept.length === 0 || !isBlank(kept[kept.length - 1]!)) kept.push('');
  if (!isBlank(kept[0]!)) kept.unshift('');
  return { trailer: kept, notes };
}

function blockLines(monday: string, items: readonly WeekItem[]): string[] {
  const lines = [mlNewsHeading(mlNewsWeek(monday))];
  for (const section of SECTIONS) {
    lines.push('', `## ${section}`, ...ML_NEWS_TABLE_HEADER.split('\n'));
    for (const item of items) if (item.section === section) lines.push(toMlNewsRow(item));
  }
  return lines;
}

/** Where a new week goes, and the year heading to create with it, if any. */
function placeOfNewWeek(layout: Layout, monday: string): { line: number; newYear: number | null } {
  const year = weekYear(monday);
  const older = (from: number, to: number) => layout.weeks.find((w) => w.line >= from && w.line < to && w.monday < monday);
  if (layout.years.length) {
    const at = layout.years.findIndex((y) => y.year === year);
    if (at >= 0) {
      const regionEnd = layout.years[at + 1]?.line ?? layout.lines.length;
      const before = older(layout.years[at]!.line, regionEnd);
      if (before) return { line: before.line, newYear: null };
      const last = layout.weeks.filter((w) => w.line > layout.years[at]!.line && w.line < regionEnd).pop();
      if (last) return { line: last.end, newYear: null };
      let line = layout.years[at]!.line + 1;
      while (line < regionEnd && isBlank(layout.lines[line]!.text)) line++;
      return { line, newYear: null };
    }
    const olderYear = layout.years.find((y) => y.year < year);
    return { line: olderYear ? olderYear.line : layout.lines.length, newYear: year };
  }
  const before = older(0, layout.lines.length);
  if (before) return { line: before.line, newYear: null };
  const last = layout.weeks[layout.weeks.length - 1];
  return { line: last ? last.end : layout.lines.length, newYear: null };
}

export interface MergeWeekInput {
  /** The file's current text ('' for a file that does not exist yet). */
  text: string;
  /** Any day of the week. */
  week: string;
  /** The week's items, in list order. */
  items: readonly WeekItem[];
  /** Today, for week headings that name no year. */
  today?: string;
}

export function mergeMlNews(input: MergeWeekInput): MergeResult {
  const today = input.today ?? localToday();
  const monday = mlNewsWeek(input.week).start;
  const items = input.items.filter((item) => mlNewsWeek(item.day).start === monday);
  const eol = lineBreakOf(input.text);
  const layout = layoutOf(input.text, today);
  const target = layout.weeks.find((w) => w.monday === monday);
  const keys = new Set(items.map((item) => paperKey(item)));
  const notes: string[] = [];
  const readOptions = { today, month: monday.slice(0, 7) };

  let text: string;
  let headingLine: number;
  let insertedAt = -1;
  let insertedCount = 0;
  const offered: MergeResult['offered'] = [];

  if (target) {
    const edits: Edit[] = [];
    const { lines } = layout;
    const sectionLines = new Map<string, number>();
    for (let i = target.line + 1; i < target.end; i++) {
      const match = /^\s*##\s+(.*?)\s*#*\s*$/.exec(lines[i]!.text);
      const section = match ? sectionFromHeading(match[1]!) : null;
      if (section && !sectionLines.has(section)) sectionLines.set(section, i);
    }
    let insertAfter = target.line + 1;
    SECTIONS.forEach((section) => {
      const rows = items.filter((item) => item.section === section).map((item) => toMlNewsRow(item));
      const start = sectionLines.get(section);
      const end = start === undefined ? target.end : Math.min(target.end, ...[...sectionLines.values()].filter((l) => l > start));
      const span = start !== undefined ? findTable(lines, start + 1, end, 'ml-news') : null;
      if (span) {
        const merged = mergeTableRows(lines, span, 'ml-news', rows, keys, readOptions);
        offered.push(...merged.offered.map((item) => ({ ...item, section, day: monday })));
        if (merged.rows) {
          edits.push(
            span.rowsTo > span.rowsFrom
              ? replaceLines(lines, span.rowsFrom, span.rowsTo, merged.rows, eol)
              : insertLines(input.text, lines, span.rowsFrom, merged.rows, eol),
          );
        }
        insertAfter = span.rowsTo;
      } else if (start === undefined && rows.length) {
        // A section the block lacks: written where the list order puts it.
        edits.push(insertLines(input.text, lines, insertAfter, ['', `## ${section}`, ...ML_NEWS_TABLE_HEADER.split('\n'), ...rows], eol));
      } else if (start !== undefined) {
        insertAfter = start + 1;
        if (rows.length) notes.push(`The ${section} section of this week has no |Link|description| table; its rows were not written.`);
      }
    });
    text = applyEdits(input.text, edits);
    headingLine = target.line;
  } else {
    const { trailer, notes: trailerNotes } = newBlockTrailer(layout);
    notes.push(...trailerNotes);
    const place = placeOfNewWeek(layout, monday);
    const added = [...(place.newYear !== null ? [`# ${place.newYear}`, ''] : []), ...blockLines(monday, items), ...trailer];
    const previous = layout.lines[place.line - 1];
    if (previous && !isBlank(previous.text)) added.unshift('');
    text = applyEdits(input.text, [insertLines(input.text, layout.lines, place.line, added, eol)]);
    insertedAt = place.line;
    insertedCount = added.length;
    headingLine = place.line + added.indexOf(mlNewsHeading(mlNewsWeek(monday)));
  }

  const indexed = indexEntry(input.text, text, layout, monday, headingLine, insertedAt, insertedCount, eol);
  notes.push(...indexed.notes);
  return {
    text: indexed.text,
    changed: indexed.text !== input.text,
    added: !target,
    heading: mlNewsHeading(mlNewsWeek(monday)),
    anchor: indexed.anchor,
    offered,
    duplicates: duplicatesOf(input.text, items, monday, today, layout),
    notes,
  };
}

/**
 * The index entry of the week, with the anchor GitHub gives the heading in the new file, and the
 * index links of older headings whose anchor the new heading moved on (`…-1`), pointed back at them.
 */
function indexEntry(
  original: string,
  text: string,
  before: Layout,
  monday: string,
  headingLine: number,
  insertedAt: number,
  insertedCount: number,
  eol: string,
): { text: string; anchor: string; notes: string[] } {
  const notes: string[] = [];
  const anchors = headingAnchors(text);
  const anchor = anchors.find((h) => h.line - 1 === headingLine)?.anchor ?? '';
  const lines = fileLines(text);
  const newIndex = before.index && (insertedAt < 0 || insertedAt >= before.index.end) ? before.index : null;
  if (!before.index) {
    notes.push('The file has no "# Index" heading, so no index entry was written.');
    return { text, anchor, notes };
  }
  if (!newIndex) {
    notes.push('The index comes after the weeks in this file; no index entry was written.');
    return { text, anchor, notes };
  }

  // Anchors the insertion moved: heading at old line l is now at l + insertedCount when after the insertion.
  const moved = new Map<string, string>();
  if (insertedAt >= 0) {
    const newByLine = new Map(anchors.map((h) => [h.line - 1, h.anchor]));
    for (const h of before.headings) {
      const oldLine = h.line - 1;
      const now = newByLine.get(oldLine >= insertedAt ? oldLine + insertedCount : oldLine);
      if (now !== undefined && now !== h.anchor) moved.set(h.anchor.toLowerCase(), now);
    }
  }

  const edits: Edit[] = [];
  const heading = mlNewsHeading(mlNewsWeek(monday)).slice(2);
  const label = mlNewsWeekLabel(mlNewsWeek(monday));
  const year = weekYear(monday);
  interface Entry {
    line: number;
    prefix: string;
    text: string;
    anchor: string;
    rest: string;
    year: number | null;
  }
  const entries: Entry[] = [];
  const yearHeads: { year: number; line: number }[] = [];
  let currentYear: number | null = null;
  for (let i = newIndex.heading + 1; i < newIndex.end; i++) {
    const raw = lines[i]!.text;
    const head = /^\s*#{2,6}\s+(\d{4})\s*#*\s*$/.exec(raw);
    if (head) {
      currentYear = Number(head[1]);
      yearHeads.push({ year: currentYear, line: i });
      continue;
    }
    const match = INDEX_ENTRY.exec(raw);
    if (match) entries.push({ line: i, prefix: match[1]!, text: match[2]!, anchor: match[3]!, rest: match[4]!, year: currentYear });
  }
  for (const entry of entries) {
    const target = moved.get(entry.anchor.toLowerCase());
    if (target) {
      edits.push(replaceLines(lines, entry.line, entry.line + 1, [`${entry.prefix}[${entry.text}](#${target})${entry.rest}`], eol));
      notes.push(
        `The index entry "${entry.text}" pointed at #${entry.anchor}, which is now this week's heading; it now points at #${target}, where its week went.`,
      );
    }
  }

  const weekEntries = entries.filter((e) => WEEK_LABEL.test(e.text));
  const template = weekEntries[0];
  const entryText = template && !ML_NEWS_TITLE.test(template.text) ? label : heading;
  const entryFor = (e: Entry) => (e.year !== null ? mondayUnderYear(e.text, e.year) : parseMlNewsWeek(e.text, { today: monday }));
  const own = weekEntries.find((e) => entryFor(e) === monday);
  if (own) {
    if (own.anchor !== anchor && !edits.some((e) => e.start === lines[own.line]!.start)) {
      edits.push(replaceLines(lines, own.line, own.line + 1, [`${own.prefix}[${own.text}](#${anchor})${own.rest}`], eol));
      notes.push(
        `The index entry for this week pointed at #${own.anchor}, an anchor GitHub does not give its heading; it now points at #${anchor}.`,
      );
    }
    return { text: applyEdits(text, edits), anchor, notes };
  }
  const line = `${template?.prefix ?? '* '}[${entryText}](#${anchor})${template?.rest ?? ''}`;
  const olderEntry = weekEntries.find((e) => {
    const m = entryFor(e);
    return m !== null && m < monday && (yearHeads.length === 0 || e.year === year);
  });
  let added: string[] = [line];
  let at: number;
  if (olderEntry) at = olderEntry.line;
  else if (yearHeads.length) {
    const own = yearHeads.find((y) => y.year === year);
    if (own) {
      const inYear = weekEntries.filter((e) => e.year === year);
      at = inYear.length ? inYear[inYear.length - 1]!.line + 1 : own.line + 1;
      if (!inYear.length) {
        while (at < newIndex.end && isBlank(lines[at]!.text)) at++;
        // The year's list was empty: the next line is the next year's heading, kept a blank line away.
        if (at < newIndex.end) added = [line, ''];
      }
    } else {
      // A new year in the index, shaped like the newest year's list: `## YYYY`, its entries, the gap after.
      const newest = yearHeads[0]!;
      const gap: string[] = [];
      for (let i = newest.line + 1; i < newIndex.end && isBlank(lines[i]!.text); i++) gap.push(lines[i]!.text);
      const olderYear = yearHeads.find((y) => y.year < year);
      at = olderYear ? olderYear.line : newIndex.end;
      added = [`${lines[newest.line]!.text.replace(/\d{4}/, String(year))}`, ...gap, line, ''];
    }
  } else {
    const last = weekEntries[weekEntries.length - 1];
    at = last ? last.line + 1 : newIndex.heading + 1;
    if (!last) added = ['', line];
  }
  edits.push(insertLines(text, lines, at, added, eol));
  return { text: applyEdits(text, edits), anchor, notes };
}

/** Items of the week the file already lists in another week, with that week. */
function duplicatesOf(text: string, items: readonly WeekItem[], monday: string, today: string, layout: Layout): Duplicate[] {
  if (!items.length || !text) return [];
  const keys = new Map(items.map((item) => [paperKey(item), item]));
  const duplicates: Duplicate[] = [];
  const read = readList(text, { today });
  for (const listed of read.items) {
    const item = keys.get(paperKey(listed));
    if (!item) continue;
    const block = [...layout.weeks].reverse().find((w) => w.line < listed.line);
    const week = block?.monday ?? listed.day; // a row read from a list is listed under its week's Monday
    if (week === monday) continue;
    duplicates.push({ title: item.title, url: item.url, week, weekLabel: mlNewsWeekLabel(mlNewsWeek(week)), line: listed.line });
  }
  return duplicates;
}

export type { ListedFields };
