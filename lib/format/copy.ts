import { SECTIONS, type Item, type ListedFields } from '../model';
import { compassBlock, mlNewsWeek, mlNewsWeekLabel, MONTHS, toDate, type Period } from '../dates';
import { mlNewsWeekBlock } from './mlnews';
import { compassBlockText } from './compass';
import { DEFAULT_TEMPLATE, exportTemplate } from './template';
import { compareCodeUnits } from '../text';

/** What the popup copies: the period holding a day, in the list format the curator chose. */
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

/** Whether the format groups a period's items by section (the compass list is one table). */
export function groupsBySection(format: CopyFormat): boolean {
  return format !== 'compass';
}

const SECTION_RANK = new Map(SECTIONS.map((section, i) => [section, i]));

/**
 * Items in list order for the format: by section and then the curator's order, or, for the
 * one-table format, by the curator's order alone (so an item can move across sections).
 */
export function inListOrder<T extends Item>(items: readonly T[], format: CopyFormat): T[] {
  const bySection = groupsBySection(format);
  return [...items].sort(
    (a, b) =>
      (bySection ? SECTION_RANK.get(a.section)! - SECTION_RANK.get(b.section)! : 0) ||
      a.order - b.order ||
      compareCodeUnits(a.createdAt, b.createdAt),
  );
}

export function markdownFor(format: CopyFormat, day: string, items: readonly Item[], template = DEFAULT_TEMPLATE): string {
  const period = periodFor(format, day);
  const inPeriod = items.filter((item) => item.week >= period.start && item.week <= period.end);
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

/**
 * Moves one item up or down among its group (same section, for formats that group by section)
 * and returns the items whose order changed, renumbered 0…n.
 */
export function moveItem(items: readonly Item[], id: string, delta: number, bySection: boolean): Item[] {
  const moving = items.find((item) => item.id === id);
  if (!moving) return [];
  const group = items.filter((item) => !bySection || item.section === moving.section);
  const from = group.indexOf(moving);
  const to = Math.max(0, Math.min(group.length - 1, from + delta));
  if (from === to) return [];
  const reordered = [...group];
  reordered.splice(from, 1);
  reordered.splice(to, 0, moving);
  const before = new Map(group.map((item) => [item.id, item.order]));
  return reordered.map((item, order) => ({ ...item, order })).filter((item) => before.get(item.id) !== item.order);
}

/** Puts `id` where `targetId` stands (drag and drop), within one group. */
export function moveItemTo(items: readonly Item[], id: string, targetId: string, bySection: boolean): Item[] {
  const moving = items.find((item) => item.id === id);
  const target = items.find((item) => item.id === targetId);
  if (!moving || !target || (bySection && moving.section !== target.section)) return [];
  const group = items.filter((item) => !bySection || item.section === moving.section);
  return moveItem(items, id, group.indexOf(target) - group.indexOf(moving), bySection);
}
