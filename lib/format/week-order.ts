import { SECTIONS, type Item } from '../model';
import { compareCodeUnits } from '../text';
import { groupsBySection, type CopyFormat } from './list-formats';

/** The order of a week's items in the list, and moving one of them within its group. */

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
