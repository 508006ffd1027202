import { makeBackup, parseBackup, type Backup } from '../format/backup';
import type { Item } from '../model';
import type { PaperboyDB, StoredItem } from './schema';
import { addAllNew, listAll, type RestoreReport } from './library';

/** Backup and restore of the whole library: the library page's, kept out of the popup's code. */

/**
 * A stored item as a backup writes it: without the paper key (the library's own index, worked out
 * again on restore) and without a `week`, version 1's name for the day. The library reads a record
 * of its own shape as it is, so one that kept a `week` beside its `day` (see migration 5 → 6) would
 * otherwise write it into a version 2 file, which names the day `day` only.
 */
function backupRecord({ paperKey: _key, ...item }: StoredItem): Item {
  if (!('week' in item)) return item;
  const { week: _week, ...rest } = item as Item & { week?: unknown };
  return rest;
}

export async function exportLibrary(db: PaperboyDB): Promise<Backup> {
  const { items } = await listAll(db);
  return makeBackup(items.map(backupRecord));
}

/**
 * Restores a backup all or nothing: when any record is invalid nothing is written and every
 * rejection is reported; otherwise new items are written in one transaction.
 */
export async function restoreBackup(db: PaperboyDB, source: string): Promise<RestoreReport> {
  const parsed = parseBackup(source);
  if (parsed.rejected.length) return { added: 0, skipped: 0, rejected: parsed.rejected };
  return addAllNew(db, parsed.items);
}
