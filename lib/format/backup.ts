import type { Item } from '../model';
import { checkItem } from '../item-check';

/**
 * The library's backup file, read by the extension and by `paperboy convert`:
 * `{ "format": "paperboy-backup", "version": 2, "exportedAt": ISO time, "items": [...] }`.
 * Version 2 names the day an item is listed under `day`; version 1 named it `week`, and is still
 * read (see `withDay`).
 */
export const BACKUP_FORMAT = 'paperboy-backup';
export const BACKUP_VERSION = 2;

/** The first version whose items name their day `day` rather than `week`. */
const FIRST_VERSION_WITH_DAY = 2;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  items: Item[];
}

export function makeBackup(items: readonly Item[], now = new Date()): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), items: [...items] };
}

export interface ParsedBackup {
  items: Item[];
  rejected: { index: number; reason: string }[];
}

/**
 * A record of a version 1 backup, or of a file that gives no version (written by hand, or by a
 * tool of either era), with its day under the current name. Such a record names the day `week`;
 * it keeps its value and loses the old name. A record that already has a `day` is left as it is.
 */
function withDay(raw: unknown, version: number | null): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  if (version !== null && version >= FIRST_VERSION_WITH_DAY) return raw;
  const { week, ...rest } = raw as Record<string, unknown>;
  if ('day' in rest || week === undefined) return raw;
  return { ...rest, day: week };
}

/** Why a record was refused, with a hint when a current backup's record uses version 1's name. */
function rejection(raw: unknown, reason: string, version: number | null): string {
  const record = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  if (version !== null && version >= FIRST_VERSION_WITH_DAY && record.day === undefined && record.week !== undefined)
    return `${reason}: a version ${version} backup names it "day" ("week" is version 1's name)`;
  return reason;
}

/** Reads a backup file's text; throws with a readable message when it is not one. */
export function parseBackup(source: string): ParsedBackup {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new Error(`not JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(data) ? data : (data as { items?: unknown } | null)?.items;
  if (!Array.isArray(list)) throw new Error('no "items" list: this is not a Paperboy backup');
  const given = (data as { version?: unknown }).version;
  const version = typeof given === 'number' ? given : null;
  if (version !== null && version > BACKUP_VERSION) {
    throw new Error(`backup version ${version} is newer than this Paperboy reads (${BACKUP_VERSION})`);
  }
  const result: ParsedBackup = { items: [], rejected: [] };
  list.forEach((raw, index) => {
    const checked = checkItem(withDay(raw, version));
    if (checked.ok) result.items.push(checked.value);
    else result.rejected.push({ index, reason: rejection(raw, checked.reason, version) });
  });
  return result;
}
