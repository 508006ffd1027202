import type { Item } from '../model';
import { checkItem } from '../item-check';

/**
 * The library's backup file, read by the extension and by `paperboy convert`:
 * `{ "format": "paperboy-backup", "version": 1, "exportedAt": ISO time, "items": [...] }`.
 */
export const BACKUP_FORMAT = 'paperboy-backup';
export const BACKUP_VERSION = 1;

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
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    throw new Error(`backup version ${version} is newer than this Paperboy reads (${BACKUP_VERSION})`);
  }
  const result: ParsedBackup = { items: [], rejected: [] };
  list.forEach((raw, index) => {
    const checked = checkItem(raw);
    if (checked.ok) result.items.push(checked.value);
    else result.rejected.push({ index, reason: checked.reason });
  });
  return result;
}
