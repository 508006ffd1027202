import { SECTIONS, type ListedFields, type Section } from '../model';
import { mlNewsWeek, mlNewsWeekLabel, type Period } from '../dates';
import { arxivAbsUrl, arxivIdFromUrl, linkSafeUrl } from '../url';
import { encodeCell, encodeLinkText } from './cell';
import { byMlNewsWeek } from './week-order';

/** "ML news of the week": one block per Monday–Sunday week, newest on top, four sections each. */
export const ML_NEWS_TABLE_HEADER = '|Link|description|\n|---|---|';

/**
 * The list ends every title with a period, unless it already ends in `.`, `?` or `!`. A title's own
 * final period is therefore indistinguishable from the added one, and reading the list drops it:
 * the format's one ambiguity, kept because the list's convention is what curators paste.
 */
export function mlNewsTitle(title: string): string {
  const text = encodeLinkText(title);
  const last = text.charCodeAt(text.length - 1);
  return last === 46 || last === 63 || last === 33 ? text : text + '.'; // . ? !
}

/** arXiv papers by their abstract page; an item's own `arxivId`, when it has the field, spares a parse. */
export function mlNewsLink(url: string, arxivId?: string | null): string {
  const id = arxivId === undefined ? arxivIdFromUrl(url) : arxivId;
  return linkSafeUrl(id ? arxivAbsUrl(id) : url);
}

export function toMlNewsRow(item: Pick<ListedFields, 'title' | 'url' | 'summary'> & { arxivId?: string | null }): string {
  return `|[${mlNewsTitle(item.title)}](${mlNewsLink(item.url, item.arxivId)}) |${encodeCell(item.summary)} |`;
}

export function mlNewsHeading(period: Period): string {
  return `# ML news: ${mlNewsWeekLabel(period)}`;
}

/** Appends one week's block to `lines`; a whole file is joined once (large strings are copied once). */
function pushWeekBlock(lines: string[], period: Period, items: readonly ListedFields[]): void {
  lines.push(mlNewsHeading(period));
  for (const section of SECTIONS) {
    lines.push('', `## ${section}`, ML_NEWS_TABLE_HEADER);
    for (const item of items) if (item.section === section) lines.push(toMlNewsRow(item));
  }
}

/** One week's block; `items` in list order, of any sections. */
export function mlNewsWeekBlock(period: Period, items: readonly ListedFields[]): string {
  const lines: string[] = [];
  pushWeekBlock(lines, period, items);
  return lines.join('\n') + '\n';
}

/** Every week the items fall in, newest first. */
export function exportMlNews(items: readonly ListedFields[]): string {
  const lines: string[] = [];
  for (const [start, week] of byMlNewsWeek(items)) {
    if (lines.length) lines.push('');
    pushWeekBlock(lines, mlNewsWeek(start), week);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

export function sectionFromHeading(text: string): Section | null {
  const name = text.trim().toLowerCase();
  return SECTIONS.find((section) => section.toLowerCase() === name) ?? null;
}
