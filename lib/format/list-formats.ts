import type { Item, ListedFields } from '../model';
import { compassBlock, mlNewsWeek, mlNewsWeekLabel, MONTHS, toDate, type Period } from '../dates';
import { mlNewsWeekBlock } from './mlnews';
import { compassBlockText } from './compass';
import { DEFAULT_TEMPLATE, exportTemplate } from './template';

/**
 * The list formats a week can be written in, and the period of the list that holds a day in each.
 * What the popup copies is `markdownFor(format, day, items)`.
 */
export type CopyFormat = 'ml-news' | 'compass' | 'template';

export const FORMAT_NAMES: Record<CopyFormat, string> = {
  'ml-news': 'ML news of the week',
  compass: 'Monthly papers by week',
  template: 'Custom row template',
};

export interface ListPeriod extends Period {
  label: string;
}

export function periodFor(format: CopyFormat, day: string): ListPeriod {
  if (format === 'compass') {
    const block = compassBlock(day);
    const date = toDate(day);
    return { start: block.start, end: block.end, label: `Week ${block.index}/4 of ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` };
  }
  const week = mlNewsWeek(day);
  return { ...week, label: mlNewsWeekLabel(week) };
}

export function markdownFor(format: CopyFormat, day: string, items: readonly Item[], template = DEFAULT_TEMPLATE): string {
  const period = periodFor(format, day);
  const inPeriod = items.filter((item) => item.day >= period.start && item.day <= period.end);
  switch (format) {
    case 'ml-news':
      return mlNewsWeekBlock(period, inPeriod as ListedFields[]);
    case 'compass':
      return compassBlockText(compassBlock(day).index, inPeriod);
    case 'template':
      return exportTemplate(inPeriod, template);
  }
}

export function fileNameFor(format: CopyFormat, day: string): string {
  const period = periodFor(format, day);
  return format === 'compass' ? `papers-${period.start}.md` : `ml-news-${period.start}.md`;
}
