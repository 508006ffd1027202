import { SECTIONS, type ListedFields, type Section } from '../model';
import { mlNewsWeek, mlNewsWeekLabel, type Period } from '../dates';
import { arxivAbsUrl, arxivIdFromUrl } from '../url';
import { encodeCell, encodeLinkText } from './cell';
import { linkSafeUrl } from '../url';

/** "ML news of the week": one block per Monday–Sunday week, newest on top, four sections each. */
export const ML_NEWS_TABLE_HEADER = '|Link|description|\n|---|---|';

/** The list adds a period to every title; a title's own final period is escaped so it survives. */
export function mlNewsTitle(title: string): string {
  const text = encodeLinkText(title);
  if (text.endsWith('.')) return text.slice(0, -1) + '\\.';
  if (text.endsWith('?') || text.endsWith('!')) return text;
  return text + '.';
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
