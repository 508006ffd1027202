import { SECTIONS, type Item } from '../model';
import { compareCodeUnits } from '../text';
import { mlNewsWeek } from '../dates';
import type { CopyFormat } from './list-formats';

/** The order of a week's items in the list, the weeks items fall in, and moving an item. */

const SECTION_RANK = new Map(SECTIONS.map((section, i) => [section, i]));

type Ordered = Pick<Item, 'section' | 'order' | 'createdAt'>;

/** Whether the format groups a period's items by section (the compass list is one table). */
export function groupsBySection(format: CopyFormat): boolean {
  return format !== 'compass';
}

/** The curator's order: then when each was added (ISO times compare as code units, fast). */
export function compareCuratorOrder(a: Ordered, b: Ordered): number {
  return a.order - b.order || compareCodeUnits(a.createdAt, b.createdAt);
}

/** List order of a format that groups by section: the sections in order, then the curator's. */
export function compareBySection(a: Ordered, b: Ordered): number {
  return SECTION_RANK.get(a.section)! - SECTION_RANK.get(b.section)! || compareCuratorOrder(a, b);
}

/**
 * Items in list order for the format: by section and then the curator's order, or, for the
 * one-table format, by the curator's order alone (so an item can move across sections).
 */
export function inListOrder<T extends Ordered>(items: readonly T[], format: CopyFormat): T[] {
  return [...items].sort(groupsBySection(format) ? compareBySection : compareCuratorOrder);
}

/** Items grouped by the Monday–Sunday week their day falls in, newest week first, input order kept. */
export function byMlNewsWeek<T extends { day: string }>(items: readonly T[]): Array<[start: string, items: T[]]> {
  const weeks = new Map<string, T[]>();
  const startOf = new Map<string, string>(); // a week's items share few days: work each out once
  for (const item of items) {
    let start = startOf.get(item.day);
    if (start === undefined) startOf.set(item.day, (start = mlNewsWeek(item.day).start));
    const week = weeks.get(start);
    if (week) week.push(item);
    else weeks.set(start, [item]);
  }
  return [...weeks].sort((a, b) => compareCodeUnits(b[0], a[0]));
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
