import { SECTIONS, type ListedFields, type Section } from '../model';
import { mlNewsWeek, mlNewsWeekLabel, type Period } from '../dates';
import { arxivAbsUrl, arxivIdFromUrl } from '../url';
import { encodeCell, encodeLinkText } from './cell';
import { linkSafeUrl } from '../url';

/** "ML news of the week": one block per Monday–Sunday week, newest on top, four sections each. */
export const ML_NEWS_TABLE_HEADER = '|Link|description|\n|---|---|';

/**
 * The list ends every title with a period, unless it already ends in `.`, `?` or `!`. A title's own
 * final period is therefore indistinguishable from the added one, and reading the list drops it:
 * the format's one ambiguity, kept because the list's convention is what curators paste.
 */
export function mlNewsTitle(title: string): string {
  const text = encodeLinkText(title);
  return /[.?!]$/.test(text) ? text : text + '.';
}

export function mlNewsLink(url: string): string {
  const id = arxivIdFromUrl(url);
  return linkSafeUrl(id ? arxivAbsUrl(id) : url);
}

export function toMlNewsRow(item: Pick<ListedFields, 'title' | 'url' | 'summary'>): string {
  return `|[${mlNewsTitle(item.title)}](${mlNewsLink(item.url)}) |${encodeCell(item.summary)} |`;
}

export function mlNewsHeading(period: Period): string {
  return `# ML news: ${mlNewsWeekLabel(period)}`;
}

/** One week's block; `items` in list order, of any sections. */
export function mlNewsWeekBlock(period: Period, items: readonly ListedFields[]): string {
  const parts = [mlNewsHeading(period)];
  for (const section of SECTIONS) {
    const rows = items.filter((item) => item.section === section).map(toMlNewsRow);
    parts.push([`## ${section}`, ML_NEWS_TABLE_HEADER, ...rows].join('\n'));
  }
  return parts.join('\n\n') + '\n';
}

/** Every week the items fall in, newest first. */
export function exportMlNews(items: readonly ListedFields[]): string {
  const weeks = new Map<string, ListedFields[]>();
  for (const item of items) {
    const start = mlNewsWeek(item.week).start;
    if (!weeks.has(start)) weeks.set(start, []);
    weeks.get(start)!.push(item);
  }
  return [...weeks.keys()]
    .sort()
    .reverse()
    .map((start) => mlNewsWeekBlock(mlNewsWeek(start), weeks.get(start)!))
    .join('\n');
}

export function sectionFromHeading(text: string): Section | null {
  const name = text.trim().toLowerCase();
  return SECTIONS.find((section) => section.toLowerCase() === name) ?? null;
}
