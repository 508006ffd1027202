import { openDB, type IDBPTransaction } from 'idb';
import type { Item } from '../model';
import { compareBySection } from '../format/week-order';
import { addDays, mondayOf } from '../dates';
import { paperKey } from '../url';
import { checkItem, hasItemShape } from '../item-check';
import { DB_NAME, type Draft, type PaperboyDB, type PaperboySchema, type StoredItem } from './schema';
import { DB_VERSION, MIGRATIONS } from './migrations';
import { explain, guarded, LibraryError } from './errors';

/** The library: every read and write of items, drafts and settings goes through here. */

export { LibraryError, explain, type LibraryErrorKind } from './errors';

export interface OpenOptions {
  name?: string;
  /** An older Paperboy page keeps the database open and holds the upgrade back. */
  onBlocked?: () => void;
  /** A newer Paperboy wants to upgrade: this connection closes itself. */
  onReplaced?: () => void;
}

export async function openLibrary(options: OpenOptions = {}): Promise<PaperboyDB> {
  try {
    const db = await openDB<PaperboySchema>(options.name ?? DB_NAME, DB_VERSION, {
      async upgrade(database, oldVersion, _newVersion, tx) {
        for (let version = oldVersion; version < DB_VERSION; version++) {
          await MIGRATIONS[version]!(database as never, tx as never);
        }
      },
      blocked() {
        options.onBlocked?.();
      },
      blocking() {
        db.close();
        options.onReplaced?.();
      },
    });
    return db;
  } catch (error) {
    throw explain(error);
  }
}

export interface Listing {
  items: StoredItem[];
  /** Records that no longer read as items; they are left in place, untouched. */
  corrupt: number;
}

/**
 * A record as the library writes it (every write goes through `stored`, which checks and
 * normalises it): read as it is. Checking every record in full again (three address parses each)
 * made opening the library page at 10,000 items take half a second; a record of any other shape
 * still gets the full check, and is repaired or counted corrupt.
 */
function isStoredShape(record: unknown): record is StoredItem {
  if (!hasItemShape(record)) return false;
  const key = (record as Partial<StoredItem>).paperKey;
  return typeof key === 'string' && key !== '';
}

function sortChecked(records: unknown[]): Listing {
  const items: StoredItem[] = [];
  let corrupt = 0;
  for (const record of records) {
    if (isStoredShape(record)) {
      items.push(record);
      continue;
    }
    const checked = checkItem(record);
    if (checked.ok) items.push({ ...checked.value, paperKey: paperKey(checked.value) });
    else corrupt++;
  }
  items.sort(compareBySection);
  return { items, corrupt };
}

/** The items listed under days `start`…`end` (inclusive), through the day index. */
export function listDays(db: PaperboyDB, start: string, end: string): Promise<Listing> {
  return guarded(async () => sortChecked(await db.getAllFromIndex('items', 'day', IDBKeyRange.bound(start, end))));
}

export function listAll(db: PaperboyDB): Promise<Listing> {
  return guarded(async () => sortChecked(await db.getAll('items')));
}

/**
 * The items of the newest `weeks` calendar weeks (Monday to Sunday, counting back from the newest
 * item's), through the day index: what the library page shows first. Reading every item takes
 * Chromium about 250 ms at 10,000 items; this reads a few hundred.
 */
export function listRecentWeeks(db: PaperboyDB, weeks: number): Promise<Listing> {
  return guarded(async () => {
    const newest = await db.transaction('items').store.index('day').openCursor(null, 'prev');
    if (!newest) return { items: [], corrupt: 0 };
    const from = addDays(mondayOf(newest.key), -7 * (weeks - 1));
    return sortChecked(await db.getAllFromIndex('items', 'day', IDBKeyRange.lowerBound(from)));
  });
}

export function countAll(db: PaperboyDB): Promise<number> {
  return guarded(() => db.count('items'));
}

export function countDays(db: PaperboyDB, start: string, end: string): Promise<number> {
  return guarded(() => db.countFromIndex('items', 'day', IDBKeyRange.bound(start, end)));
}

export function getItem(db: PaperboyDB, id: string): Promise<StoredItem | undefined> {
  return guarded(() => db.get('items', id));
}

/** Items of the same paper, whatever page or version they were captured from. */
export function findPaper(db: PaperboyDB, key: string): Promise<StoredItem[]> {
  return guarded(() => db.getAllFromIndex('items', 'paperKey', key));
}

const ITEM_STORES = ['items', 'drafts', 'topics'] as const;

type ItemsAndTopics = IDBPTransaction<PaperboySchema, ('items' | 'topics' | 'drafts')[], 'readwrite'>;

/** Applies changes to the topic counts (topic → delta), in the same transaction as the items. */
async function changeTopicCounts(tx: ItemsAndTopics, change: ReadonlyMap<string, number>): Promise<void> {
  const store = tx.objectStore('topics');
  const changed = [...change].filter(([, delta]) => delta !== 0);
  // Requests in one transaction run in order; issuing them together saves a round trip each.
  const current = await Promise.all(changed.map(([topic]) => store.get(topic)));
  await Promise.all(
    changed.map(([topic, delta], i) => {
      const count = (current[i]?.count ?? 0) + delta;
      return count > 0 ? store.put({ topic, count }) : store.delete(topic);
    }),
  );
}

/** Keeps the topic counts in step with a change of one item. */
function countTopics(tx: ItemsAndTopics, before: readonly string[], after: readonly string[]): Promise<void> {
  const change = new Map<string, number>();
  for (const topic of before) change.set(topic, (change.get(topic) ?? 0) - 1);
  for (const topic of after) change.set(topic, (change.get(topic) ?? 0) + 1);
  return changeTopicCounts(tx, change);
}

function stored(item: Item): StoredItem {
  const checked = checkItem(item);
  if (!checked.ok) throw new LibraryError('invalid', `This item cannot be saved: ${checked.reason}.`);
  return { ...checked.value, paperKey: paperKey(checked.value) };
}

/** The order that puts an item last among its section's items of the same day. */
async function lastOrder(tx: ItemsAndTopics, item: Item): Promise<number> {
  const sameDay = await tx.objectStore('items').index('day').getAll(item.day);
  return (
    sameDay
      .filter((other) => other.section === item.section && other.id !== item.id)
      .reduce((max, other) => Math.max(max, other.order), -1) + 1
  );
}

/** Adds an item at the end of its section and day, and clears the draft it came from. */
export function addItem(db: PaperboyDB, item: Item, draftKey?: string): Promise<StoredItem> {
  return guarded(async () => {
    const tx = db.transaction([...ITEM_STORES], 'readwrite');
    const items = tx.objectStore('items');
    const record = stored({ ...item, order: await lastOrder(tx, item) });
    // A new item: `add` refuses an id already taken rather than overwrite (and miscount topics).
    await Promise.all([
      items.add(record),
      countTopics(tx, [], record.topics),
      draftKey ? tx.objectStore('drafts').delete(draftKey) : undefined,
    ]);
    await tx.done;
    return record;
  });
}

/**
 * Writes an edited item (see lib/edit.ts): one moved to another section or day goes to the end of
 * its new place, any other keeps its place. Clears the draft it was edited in.
 */
export function putEditedItem(db: PaperboyDB, item: Item, moved: boolean, draftKey?: string): Promise<StoredItem> {
  return guarded(async () => {
    const tx = db.transaction([...ITEM_STORES], 'readwrite');
    const items = tx.objectStore('items');
    const record = stored(moved ? { ...item, order: await lastOrder(tx, item) } : item);
    const previous = await items.get(record.id);
    if (!previous) throw new LibraryError('invalid', 'The item being edited is no longer in the library (deleted in another view?).');
    await Promise.all([
      items.put(record),
      countTopics(tx, previous.topics, record.topics),
      draftKey ? tx.objectStore('drafts').delete(draftKey) : undefined,
    ]);
    await tx.done;
    return record;
  });
}

/** Writes changed items (an edit, a move, a new order) in one transaction. */
export function putItems(db: PaperboyDB, changed: readonly Item[], draftKey?: string): Promise<void> {
  return guarded(async () => {
    const records = changed.map((item) => stored({ ...item, updatedAt: new Date().toISOString() }));
    const tx = db.transaction([...ITEM_STORES], 'readwrite');
    const items = tx.objectStore('items');
    for (const record of records) {
      const previous = await items.get(record.id);
      await items.put(record);
      await countTopics(tx, previous?.topics ?? [], record.topics);
    }
    if (draftKey) await tx.objectStore('drafts').delete(draftKey);
    await tx.done;
  });
}

export function deleteItem(db: PaperboyDB, id: string): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction([...ITEM_STORES], 'readwrite');
    const previous = await tx.objectStore('items').get(id);
    await tx.objectStore('items').delete(id);
    await countTopics(tx, previous?.topics ?? [], []);
    await tx.done;
  });
}

export function getDraft(db: PaperboyDB, pageKey: string): Promise<Draft | undefined> {
  return guarded(() => db.get('drafts', pageKey));
}

/**
 * Resolves once the draft is committed, not when its request succeeds: a popup closed between the
 * two (the curator reads "Draft saved." and leaves) would abort the transaction and lose the draft.
 */
export function saveDraft(db: PaperboyDB, draft: Draft): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction('drafts', 'readwrite');
    await Promise.all([tx.store.put(draft), tx.done]);
  });
}

export function deleteDraft(db: PaperboyDB, pageKey: string): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction('drafts', 'readwrite');
    await Promise.all([tx.store.delete(pageKey), tx.done]);
  });
}

/** Every topic used so far, most used first, for suggestions that keep labels from drifting. */
export function knownTopics(db: PaperboyDB): Promise<string[]> {
  return guarded(async () =>
    (await db.getAll('topics')).sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic)).map((entry) => entry.topic),
  );
}

export interface RestoreReport {
  added: number;
  /** Already in the library (same id, or the same paper listed on the same day). */
  skipped: number;
  rejected: { index: number; reason: string }[];
}

/** Adds the items not already present (same id, or the same paper listed on the same day). */
export function addAllNew(db: PaperboyDB, incoming: readonly Item[]): Promise<RestoreReport> {
  return guarded(async () => {
    const records = incoming.map(stored); // an invalid item throws before anything is written
    const tx = db.transaction([...ITEM_STORES], 'readwrite');
    const store = tx.objectStore('items');
    const existing = await store.getAll();
    const ids = new Set(existing.map((item) => item.id));
    const papers = new Set(existing.map((item) => `${item.paperKey}|${item.day}`));
    let added = 0;
    let skipped = 0;
    const topics = new Map<string, number>();
    const writes: Promise<unknown>[] = [];
    for (const record of records) {
      const paper = `${record.paperKey}|${record.day}`;
      if (ids.has(record.id) || papers.has(paper)) {
        skipped++;
        continue;
      }
      ids.add(record.id);
      papers.add(paper);
      // Issued together, not one round trip each: a restore can hold years of items.
      writes.push(store.put(record));
      for (const topic of record.topics) topics.set(topic, (topics.get(topic) ?? 0) + 1);
      added++;
    }
    await Promise.all(writes);
    await changeTopicCounts(tx, topics);
    await tx.done;
    return { added, skipped, rejected: [] };
  });
}
