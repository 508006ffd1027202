import { makeBackup, parseBackup, type Backup } from '../format/backup';
import type { PaperboyDB } from './schema';
import { addAllNew, listAll, type RestoreReport } from './library';

/** Backup and restore of the whole library: the library page's, kept out of the popup's code. */

export async function exportLibrary(db: PaperboyDB): Promise<Backup> {
  const { items } = await listAll(db);
  return makeBackup(items.map(({ paperKey: _key, ...item }) => item));
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
