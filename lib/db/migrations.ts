import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { paperKey } from '../url';
import { normalizeTopics } from '../text';

/**
 * Numbered migrations: `MIGRATIONS[n]` takes a database at version n to n + 1. They run inside the
 * upgrade transaction and await only its requests. Never edit one that has shipped; add the next.
 * test/db/migrations.test.ts writes a database as every older version left it and upgrades it.
 */
type AnyDB = IDBPDatabase<unknown>;
type AnyTx = IDBPTransaction<unknown, string[], 'versionchange'>;

export type Migration = (db: AnyDB, tx: AnyTx) => Promise<void> | void;

/**
 * A record that names its day `week`, with the same value under `day` and the old name gone. A
 * record that already has a `day` keeps it and loses a leftover `week` (`day` is the name this
 * version reads; a `week` beside it would otherwise stay in the store and go out in backups). Any
 * other record (no `week`: a record of the current shape, or not an item this code wrote) is left
 * exactly as it is, for the library to count or read as it always has.
 */
function weekMovedToDay(value: unknown): Record<string, unknown> | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  if (!('week' in value)) return null;
  const { week, ...rest } = value as Record<string, unknown>;
  return rest.day !== undefined ? rest : { ...rest, day: week };
}

export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: items listed by week; drafts by page.
  (db) => {
    const items = db.createObjectStore('items', { keyPath: 'id' });
    items.createIndex('week', 'week');
    db.createObjectStore('drafts', { keyPath: 'pageKey' });
  },
  // 1 → 2: a paper key on every item, indexed, to find a paper already listed; a settings store.
  async (db, tx) => {
    db.createObjectStore('settings');
    const items = tx.objectStore('items');
    items.createIndex('paperKey', 'paperKey');
    for (let cursor = await items.openCursor(); cursor; cursor = await cursor.continue()) {
      const value = cursor.value as { url: string; arxivId?: string | null };
      await cursor.update({ ...value, paperKey: paperKey(value) });
    }
  },
  // 2 → 3: topics become a list (they were one comma-separated text); items get an order.
  async (_db, tx) => {
    const items = tx.objectStore('items');
    const next = new Map<string, number>();
    const all = (await items.getAll()) as Array<Record<string, unknown>>;
    all.sort((a, b) => String(a.createdAt ?? '').localeCompare(String(b.createdAt ?? '')));
    for (const value of all) {
      const group = `${String(value.week)}|${String(value.section)}`;
      const order = typeof value.order === 'number' ? value.order : (next.get(group) ?? 0);
      next.set(group, Math.max(order + 1, next.get(group) ?? 0));
      const topics = Array.isArray(value.topics) ? value.topics.map(String) : typeof value.topics === 'string' ? [value.topics] : [];
      await items.put({ ...value, topics: normalizeTopics(topics), order });
    }
  },
  // 3 → 4: a count of items per topic, for suggestions that never read the whole library.
  async (db, tx) => {
    db.createObjectStore('topics', { keyPath: 'topic' });
    const counts = new Map<string, number>();
    for (let cursor = await tx.objectStore('items').openCursor(); cursor; cursor = await cursor.continue()) {
      const topics = (cursor.value as { topics?: unknown }).topics;
      for (const topic of Array.isArray(topics) ? topics : []) counts.set(String(topic), (counts.get(String(topic)) ?? 0) + 1);
    }
    const store = tx.objectStore('topics');
    for (const [topic, count] of counts) await store.put({ topic, count });
  },
  // 4 → 5: arXiv's answers leave the settings (where they grew without bound) for a bounded cache.
  async (db, tx) => {
    const cache = db.createObjectStore('arxivCache', { keyPath: 'id' });
    cache.createIndex('savedAt', 'savedAt');
    const settings = tx.objectStore('settings');
    const now = Date.now();
    for (let cursor = await settings.openCursor(); cursor; cursor = await cursor.continue()) {
      const key = String(cursor.key);
      if (!key.startsWith('arxiv:')) continue;
      if (cursor.value && typeof cursor.value === 'object')
        await tx.objectStore('arxivCache').put({ id: key.slice(6), capture: cursor.value, savedAt: now });
      await cursor.delete();
    }
  },
  // 5 → 6: items and drafts named the day they are listed under `week`; it is a day, so it is `day`,
  // and so is the index on it (a `week` left beside a `day` goes). The old index goes first, so the rewrite does not keep it up to date.
  async (_db, tx) => {
    const items = tx.objectStore('items');
    items.deleteIndex('week');
    for (const name of ['items', 'drafts']) {
      const store = tx.objectStore(name);
      const renamed = ((await store.getAll()) as unknown[]).map(weekMovedToDay).filter((value) => value !== null);
      // Issued together, not one round trip each: a library can hold years of items.
      await Promise.all(renamed.map((value) => store.put(value)));
    }
    items.createIndex('day', 'day');
  },
];

export const DB_VERSION = MIGRATIONS.length;
