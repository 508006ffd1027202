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

/** A record to check, with the name its file gives the day, for the messages. */
interface Spelled {
  record: unknown;
  dayField: 'day' | 'week';
}

/**
 * A record with its day under the current name, and the name the file used for it. A version 2
 * record is taken as it is (`day`). A record of a version 1 backup, or of a file that gives no
 * version (written by hand, or by a tool of either era), names the day `week`: it keeps its value
 * and loses the old name. When such a record has both names, `day` wins: it is the current name,
 * so whoever wrote it knew the rename, and a `week` beside it is a leftover (database migration
 * 5 → 6 drops it the same way); the `week` is not read. A version 1 record with neither name is
 * told about `week`, the name its version gives the field; an unversioned one about `day`.
 */
function withDay(raw: unknown, version: number | null): Spelled {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { record: raw, dayField: 'day' };
  if (version !== null && version >= FIRST_VERSION_WITH_DAY) return { record: raw, dayField: 'day' };
  const { week, ...rest } = raw as Record<string, unknown>;
  if (rest.day !== undefined) return { record: rest, dayField: 'day' };
  if (week !== undefined) return { record: { ...rest, day: week }, dayField: 'week' };
  return { record: rest, dayField: version === null ? 'day' : 'week' };
}

/**
 * Why a record of a version 2 (or later) backup that names its day only by version 1's name is
 * refused; null for any other record. Told before any other reason: the same slip is likely in
 * every record of the file.
 */
function usesOldName(raw: unknown, version: number | null): string | null {
  if (version === null || version < FIRST_VERSION_WITH_DAY) return null;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const record = raw as Record<string, unknown>;
  if (record.day !== undefined || record.week === undefined) return null;
  return `no "day": version ${version} backups name it "day"; this record uses version 1's "week"`;
}

/**
 * The file's version: null when it gives none (a bare array of items, or an object without
 * `version`). A version that is not a whole number from 1 up (`"2"` as text, `1.5`, null) is
 * refused rather than guessed at: which name the items use for their day depends on it.
 */
function versionOf(data: unknown): number | null {
  if (Array.isArray(data)) return null;
  const given = (data as { version?: unknown }).version;
  if (given === undefined) return null;
  if (typeof given !== 'number' || !Number.isInteger(given) || given < 1) {
    throw new Error(
      `backup version ${JSON.stringify(given)} is not a version number: write it as a whole number without quotes, e.g. "version": ${BACKUP_VERSION}`,
    );
  }
  if (given > BACKUP_VERSION) throw new Error(`backup version ${given} is newer than this Paperboy reads (${BACKUP_VERSION})`);
  return given;
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
  const version = versionOf(data);
  const result: ParsedBackup = { items: [], rejected: [] };
  list.forEach((raw, index) => {
    const oldName = usesOldName(raw, version);
    if (oldName) {
      result.rejected.push({ index, reason: oldName });
      return;
    }
    const { record, dayField } = withDay(raw, version);
    const checked = checkItem(record, undefined, dayField);
    if (checked.ok) result.items.push(checked.value);
    else result.rejected.push({ index, reason: checked.reason });
  });
  return result;
}
