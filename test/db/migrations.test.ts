import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { itemFrom } from '@/lib/model';
import { addItem, countDays, findPaper, getDraft, listAll, listDays, listRecentWeeks, openLibrary } from '@/lib/db/library';
import { cachedPaper } from '@/lib/db/arxiv-cache';
import { DB_VERSION, MIGRATIONS } from '@/lib/db/migrations';

beforeEach(() => {
  // A fresh database world for every test.
  globalThis.indexedDB = new IDBFactory();
});

describe('migrations', () => {
  /** Writes a database exactly as version `version` of Paperboy left it. */
  async function writeVersion(version: number, records: Record<string, unknown>[], drafts: Record<string, unknown>[] = []) {
    const db = await openDB('paperboy', version, {
      async upgrade(database, old, _new, tx) {
        for (let v = old; v < version; v++) await MIGRATIONS[v]!(database as never, tx as never);
      },
    });
    for (const record of records) await db.put('items', record);
    for (const draft of drafts) await db.put('drafts', draft);
    db.close();
  }

  const v1Record = {
    id: 'a1',
    title: 'The First Few Tokens Are All You Need',
    url: 'https://arxiv.org/pdf/2503.02875v2',
    authors: ['Ke Ji'],
    published: '2025-03-04',
    abstract: 'Prefix fine-tuning.',
    arxivId: null,
    siteName: 'arXiv',
    section: 'Research',
    summary: 'Tune the first tokens only.',
    topics: 'LLM Reasoning, Fine-tuning',
    week: '2025-03-10',
    createdAt: '2025-03-10T10:00:00.000Z',
    updatedAt: '2025-03-10T10:00:00.000Z',
  };

  it.each(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1))(
    'upgrades a database written by version %i with every record intact',
    async (version) => {
      // Every version before 6 named the item's day `week`.
      const second = { ...v1Record, id: 'a2', title: 'Second', url: 'https://example.com/post', createdAt: '2025-03-11T10:00:00.000Z' };
      const upgradedFields = version >= 3 ? { topics: ['LLM Reasoning', 'Fine-tuning'] } : {};
      await writeVersion(version, [
        // As each version left its records: a paper key from v2, topics as a list and an order from v3.
        {
          ...v1Record,
          ...upgradedFields,
          ...(version >= 2 ? { paperKey: 'arxiv:2503.02875' } : {}),
          ...(version >= 3 ? { order: 0 } : {}),
        },
        { ...second, ...upgradedFields, ...(version >= 2 ? { paperKey: 'example.com/post' } : {}), ...(version >= 3 ? { order: 1 } : {}) },
      ]);
      const db = await openLibrary();
      expect(db.version).toBe(DB_VERSION);
      const { items, corrupt } = await listAll(db);
      expect(corrupt).toBe(0);
      expect(items.map((i) => i.id)).toEqual(['a1', 'a2']);
      expect(items[0]).toMatchObject({
        title: v1Record.title,
        summary: v1Record.summary,
        topics: ['LLM Reasoning', 'Fine-tuning'],
        day: v1Record.week,
        createdAt: v1Record.createdAt,
        paperKey: 'arxiv:2503.02875',
      });
      expect(items[0]).not.toHaveProperty('week');
      expect((await findPaper(db, 'arxiv:2503.02875')).map((i) => i.id)).toEqual(['a1']);
      expect(items.map((i) => i.order)).toEqual([0, 1]);
      db.close();
    },
  );

  it('moves arXiv answers out of the settings into their own bounded cache (version 4 to 5)', async () => {
    const capture = {
      title: 'LoRA',
      url: 'https://arxiv.org/abs/2106.09685',
      authors: [],
      published: null,
      abstract: null,
      arxivId: '2106.09685',
      siteName: 'arXiv',
      section: 'Research',
      selection: null,
    };
    const old = await openDB('paperboy', 4, {
      async upgrade(database, from, _new, tx) {
        for (let v = from; v < 4; v++) await MIGRATIONS[v]!(database as never, tx as never);
      },
    });
    await old.put('settings', capture, 'arxiv:2106.09685');
    await old.put('settings', 'compass', 'format');
    old.close();
    const db = await openLibrary();
    expect(await cachedPaper(db, '2106.09685')).toEqual(capture);
    expect(await db.getAllKeys('settings')).toEqual(['format']);
    db.close();
  });

  it("renames every item's and draft's `week` to `day`, keeping its value and the rest, and indexes the day (version 5 to 6)", async () => {
    // As version 5 left them: a paper key, topics as a list, an order, and the day under `week`.
    const v5Items = [
      { ...v1Record, topics: ['LLM Reasoning', 'Fine-tuning'], paperKey: 'arxiv:2503.02875', order: 0 },
      {
        ...v1Record,
        id: 'a2',
        title: 'Second',
        url: 'https://example.com/post',
        arxivId: null,
        topics: [],
        week: '2025-03-16',
        paperKey: 'example.com/post',
        order: 1,
        createdAt: '2025-03-11T10:00:00.000Z',
      },
      {
        ...v1Record,
        id: 'a3',
        title: 'Last week',
        url: 'https://example.com/old',
        topics: [],
        week: '2025-03-07',
        paperKey: 'example.com/old',
        order: 0,
      },
    ];
    // Not an item any version wrote (no day at all): the migration leaves it exactly as it is.
    const stray = { id: 'stray', title: 42 };
    const v5Draft = {
      pageKey: 'arxiv:2503.02875',
      capture: { ...v1Record, selection: null },
      title: 'The First Few Tokens',
      url: v1Record.url,
      section: 'Research',
      summary: 'half-written',
      topics: 'Fine-tuning',
      week: '2025-03-12',
      editingId: null,
      savedAt: '2025-03-12T09:00:00.000Z',
    };
    await writeVersion(5, [...v5Items, stray], [v5Draft]);

    const db = await openLibrary();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction('items').store.indexNames].sort()).toEqual(['day', 'paperKey']);
    const rename = ({ week, ...rest }: Record<string, unknown>) => ({ ...rest, day: week });
    // Nothing lost: each record is what it was, with its day under the new name only.
    for (const old of v5Items) expect(await db.get('items', old.id as string)).toEqual(rename(old));
    expect(await db.get('items', 'stray' as never)).toEqual(stray);
    expect(await getDraft(db, v5Draft.pageKey)).toEqual(rename(v5Draft));

    // The new index answers: one week's days, a count, the newest weeks, and a new item's place.
    expect((await listDays(db, '2025-03-10', '2025-03-16')).items.map((i) => i.id).sort()).toEqual(['a1', 'a2']);
    expect(await countDays(db, '2025-03-01', '2025-03-09')).toBe(1);
    expect(await db.getAllKeysFromIndex('items', 'day', '2025-03-16')).toEqual(['a2']);
    expect((await listRecentWeeks(db, 1)).items.map((i) => i.id).sort()).toEqual(['a1', 'a2']);
    const added = await addItem(
      db,
      itemFrom({ title: 'Third', url: 'https://example.com/third', section: 'Research', summary: '', topics: [], day: '2025-03-10' }),
    );
    expect(added.order).toBe(1);
    db.close();
  });

  /** An item as version 5 left it: a paper key, topics as a list, an order, the day under `week`. */
  const v5Item = (fields: Record<string, unknown>) => ({ ...v1Record, topics: [], paperKey: 'arxiv:2503.02875', order: 0, ...fields });

  it('keeps `day` and drops a leftover `week` from a record that has both (version 5 to 6)', async () => {
    // `day` is the name this version reads and writes; the `week` beside it would otherwise stay in
    // the store (the library reads a record of its own shape as it is) and go out in backups.
    const both = v5Item({ id: 'both', day: '2025-03-11', week: '2025-03-10' });
    const draft = {
      pageKey: 'example.com/both',
      title: 'Both',
      day: '2025-03-11',
      week: '2025-03-10',
      savedAt: '2025-03-12T09:00:00.000Z',
    };
    await writeVersion(5, [both], [draft]);

    const db = await openLibrary();
    const { week: _week, ...withoutWeek } = both;
    expect(await db.get('items', 'both')).toEqual(withoutWeek);
    expect(await getDraft(db, draft.pageKey)).toEqual({
      pageKey: 'example.com/both',
      title: 'Both',
      day: '2025-03-11',
      savedAt: draft.savedAt,
    });
    const { items } = await listAll(db);
    expect(items.map((i) => [i.id, i.day])).toEqual([['both', '2025-03-11']]);
    expect(items[0]).not.toHaveProperty('week');
    expect(await db.getAllKeysFromIndex('items', 'day', '2025-03-11')).toEqual(['both']);
    db.close();
  });

  it('moves a `week` that is null or a number as it is, and the library counts those records corrupt as before (version 5 to 6)', async () => {
    const good = v5Item({ id: 'good', week: '2025-03-10' });
    const nullDay = v5Item({ id: 'null-day', url: 'https://example.com/a', paperKey: 'example.com/a', week: null });
    const numberDay = v5Item({ id: 'number-day', url: 'https://example.com/b', paperKey: 'example.com/b', week: 20250310 });
    await writeVersion(5, [good, nullDay, numberDay]);

    const db = await openLibrary();
    expect(db.version).toBe(DB_VERSION);
    const rename = ({ week, ...rest }: Record<string, unknown>) => ({ ...rest, day: week });
    expect(await db.get('items', 'null-day')).toEqual(rename(nullDay));
    expect(await db.get('items', 'number-day')).toEqual(rename(numberDay));
    // Not a day: the library lists the good item and counts the other two, leaving them in place.
    expect(await listAll(db)).toMatchObject({ items: [{ id: 'good', day: '2025-03-10' }], corrupt: 2 });
    expect((await listDays(db, '2025-03-10', '2025-03-16')).items.map((i) => i.id)).toEqual(['good']);
    expect((await listRecentWeeks(db, 1)).items.map((i) => i.id)).toEqual(['good']);
    expect(await countDays(db, '0000-01-01', '9999-12-31')).toBe(1);
    // A null is no index key (the record is left out of the index); a number is one, below every day.
    expect(await db.getAllKeysFromIndex('items', 'day')).toEqual(['number-day', 'good']);
    db.close();
  });

  it('leaves a draft with no `week` exactly as it is (version 5 to 6)', async () => {
    // A draft saved before a day was picked, or by hand: there is nothing to rename.
    const draft = { pageKey: 'example.com/no-day', title: 'Half-written', summary: 'notes', savedAt: '2025-03-12T09:00:00.000Z' };
    await writeVersion(5, [], [draft]);

    const db = await openLibrary();
    expect(await getDraft(db, draft.pageKey)).toEqual(draft);
    db.close();
  });

  it('creates a fresh database at the latest version', async () => {
    const db = await openLibrary();
    expect([...db.objectStoreNames].sort()).toEqual(['arxivCache', 'drafts', 'items', 'settings', 'topics']);
    expect([...db.transaction('items').store.indexNames].sort()).toEqual(['day', 'paperKey']);
    db.close();
  });
});
