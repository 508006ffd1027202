import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { itemFrom, type Item } from '@/lib/model';
import {
  addItem,
  addAllNew,
  deleteDraft,
  explain,
  findPaper,
  getDraft,
  listDays,
  listAll,
  listRecentWeeks,
  countAll,
  openLibrary,
  putItems,
  knownTopics,
  deleteItem,
  saveDraft,
  LibraryError,
} from '@/lib/db/library';
import { exportLibrary, restoreBackup } from '@/lib/db/backup-io';
import { cachedPaper } from '@/lib/db/arxiv-cache';
import { DB_VERSION, MIGRATIONS } from '@/lib/db/migrations';
import { paperKey } from '@/lib/url';

beforeEach(() => {
  // A fresh database world for every test.
  globalThis.indexedDB = new IDBFactory();
});

function item(overrides: Partial<Item> = {}): Item {
  return itemFrom({
    title: 'LoRA',
    url: 'https://arxiv.org/abs/2106.09685',
    arxivId: '2106.09685',
    section: 'Research',
    summary: 'Low-rank adapters.',
    topics: ['Fine-tuning'],
    week: '2025-07-22',
    ...overrides,
  });
}

describe('migrations', () => {
  /** Writes a database exactly as version `version` of Paperboy left it. */
  async function writeVersion(version: number, records: Record<string, unknown>[]) {
    const db = await openDB('paperboy', version, {
      async upgrade(database, old, _new, tx) {
        for (let v = old; v < version; v++) await MIGRATIONS[v]!(database as never, tx as never);
      },
    });
    for (const record of records) await db.put('items', record);
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
        week: v1Record.week,
        createdAt: v1Record.createdAt,
        paperKey: 'arxiv:2503.02875',
      });
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

  it('creates a fresh database at the latest version', async () => {
    const db = await openLibrary();
    expect([...db.objectStoreNames].sort()).toEqual(['arxivCache', 'drafts', 'items', 'settings', 'topics']);
    expect([...db.transaction('items').store.indexNames].sort()).toEqual(['paperKey', 'week']);
    db.close();
  });
});

describe('items', () => {
  it('lists a week through its index, in section and curator order', async () => {
    const db = await openLibrary();
    await addItem(db, item({ section: 'News', title: 'N1', url: 'https://example.com/n1', arxivId: null }));
    await addItem(db, item({ title: 'R1' }));
    await addItem(db, item({ title: 'R2', url: 'https://example.com/r2', arxivId: null }));
    await addItem(db, item({ title: 'Next week', week: '2025-07-29', url: 'https://example.com/x', arxivId: null }));
    const { items } = await listDays(db, '2025-07-21', '2025-07-27');
    expect(items.map((i) => [i.title, i.order])).toEqual([
      ['R1', 0],
      ['R2', 1],
      ['N1', 0],
    ]);
  });

  it('keeps topic counts in step with every add, edit, delete and restore', async () => {
    const db = await openLibrary();
    const first = await addItem(db, item({ topics: ['Agents', 'LLM Reasoning'] }));
    await addItem(db, item({ url: 'https://example.com/b', arxivId: null, topics: ['LLM Reasoning'] }));
    expect(await knownTopics(db)).toEqual(['LLM Reasoning', 'Agents']);
    await putItems(db, [{ ...first, topics: ['Alignment'] }]);
    expect(await db.getAll('topics')).toEqual([
      { topic: 'Alignment', count: 1 },
      { topic: 'LLM Reasoning', count: 1 },
    ]);
    await deleteItem(db, first.id);
    expect(await knownTopics(db)).toEqual(['LLM Reasoning']);
    await addAllNew(db, [item({ url: 'https://example.com/c', arxivId: null, topics: ['Agents', 'LLM Reasoning'] })]);
    expect(await knownTopics(db)).toEqual(['LLM Reasoning', 'Agents']);
  });

  it('finds the same paper captured from another page or version', async () => {
    const db = await openLibrary();
    await addItem(db, item());
    const key = paperKey({ url: 'https://huggingface.co/papers/2106.09685' });
    expect((await findPaper(db, key)).map((i) => i.title)).toEqual(['LoRA']);
    expect(await findPaper(db, paperKey({ url: 'https://arxiv.org/pdf/2106.09685v3' }))).toHaveLength(1);
  });

  it('refuses an invalid item with a reason and keeps what was saved', async () => {
    const db = await openLibrary();
    await addItem(db, item());
    await expect(addItem(db, item({ url: 'javascript:alert(1)' }))).rejects.toThrow(/not an http\(s\) address/);
    expect((await listAll(db)).items).toHaveLength(1);
  });

  it('skips a corrupt record and counts it, leaving it in place', async () => {
    const db = await openLibrary();
    await addItem(db, item());
    await db.put('items', { id: 'broken', week: '2025-07-22', title: 42 } as never);
    const listing = await listDays(db, '2025-07-21', '2025-07-27');
    expect(listing.items).toHaveLength(1);
    expect(listing.corrupt).toBe(1);
    expect(await db.get('items', 'broken')).toBeDefined();
  });

  it('lists the newest weeks alone, counting back from the newest item, and counts everything', async () => {
    const db = await openLibrary();
    expect(await listRecentWeeks(db, 2)).toEqual({ items: [], corrupt: 0 });
    const days = ['2025-06-30', '2025-07-06', '2025-07-07', '2025-07-14', '2025-07-20'];
    await addAllNew(
      db,
      days.map((week, i) => item({ week, url: `https://example.com/${i}`, arxivId: null })),
    );
    // The newest item is on Sunday 20 July: its week and the one before (from Monday 7 July).
    const recent = await listRecentWeeks(db, 2);
    expect(recent.items.map((i) => i.week).sort()).toEqual(['2025-07-07', '2025-07-14', '2025-07-20']);
    expect(await countAll(db)).toBe(5);
  });

  it('reads records of the shape it writes as they are, and gives any other shape the full check', async () => {
    const db = await openLibrary();
    const saved = await addItem(db, item());
    const { paperKey: _key, ...older } = saved;
    // A record without its paper key and with an untidy title, as a hand edit or an old build might leave.
    await db.put('items', {
      ...older,
      id: 'older',
      title: '  An   untidy\ntitle ',
      url: 'https://example.com/older',
      arxivId: null,
    } as never);
    await db.put('items', { ...saved, id: 'script', url: 'javascript:alert(1)' } as never);
    const listing = await listDays(db, saved.week, saved.week);
    expect(listing.corrupt).toBe(1);
    expect(listing.items.find((i) => i.id === saved.id)).toEqual(saved);
    expect(listing.items.find((i) => i.id === 'older')).toMatchObject({ title: 'An untidy title', paperKey: 'example.com/older' });
  });
});

describe('drafts', () => {
  it('keeps the form per page until the item is saved', async () => {
    const db = await openLibrary();
    const capture = {
      title: 'LoRA',
      url: 'https://arxiv.org/abs/2106.09685',
      authors: [],
      published: null,
      abstract: null,
      arxivId: '2106.09685',
      siteName: null,
      section: 'Research' as const,
      selection: null,
    };
    await saveDraft(db, {
      pageKey: 'arxiv:2106.09685',
      capture,
      title: 'LoRA',
      url: capture.url,
      section: 'Research',
      summary: 'half-written',
      topics: '',
      week: '2025-07-22',
      editingId: null,
      savedAt: new Date().toISOString(),
    });
    db.close();
    const reopened = await openLibrary();
    expect((await getDraft(reopened, 'arxiv:2106.09685'))?.summary).toBe('half-written');
    await addItem(reopened, item({ summary: 'done' }), 'arxiv:2106.09685');
    expect(await getDraft(reopened, 'arxiv:2106.09685')).toBeUndefined();
    await deleteDraft(reopened, 'nothing-there');
  });
});

describe('backup and restore', () => {
  it('exports every item and restores them into an empty library', async () => {
    const db = await openLibrary();
    await addItem(db, item());
    await addItem(db, item({ title: 'Post', url: 'https://example.com/p', arxivId: null, summary: 'a | b\nc' }));
    const backup = await exportLibrary(db);
    expect(backup).toMatchObject({ format: 'paperboy-backup', version: 1 });
    globalThis.indexedDB = new IDBFactory();
    const fresh = await openLibrary();
    const report = await restoreBackup(fresh, JSON.stringify(backup));
    expect(report).toEqual({ added: 2, skipped: 0, rejected: [] });
    expect((await listAll(fresh)).items.map((i) => i.summary).sort()).toEqual(['Low-rank adapters.', 'a | b\nc']);
    expect(await restoreBackup(fresh, JSON.stringify(backup))).toEqual({ added: 0, skipped: 2, rejected: [] });
  });

  it('restores nothing when one record is invalid, and says which and why', async () => {
    const db = await openLibrary();
    const good = item();
    const report = await restoreBackup(
      db,
      JSON.stringify({ format: 'paperboy-backup', version: 1, items: [good, { ...good, id: 'x', section: 'Gossip' }, { title: '' }] }),
    );
    expect(report.added).toBe(0);
    expect(report.rejected).toEqual([
      { index: 1, reason: 'section "Gossip" is not Research, News, Resources or Perspectives' },
      { index: 2, reason: 'no title' },
    ]);
    expect((await listAll(db)).items).toHaveLength(0);
  });

  it('says when a file is not a backup', async () => {
    const db = await openLibrary();
    await expect(restoreBackup(db, '# ML news')).rejects.toThrow(/not JSON/);
    await expect(restoreBackup(db, '{"things": []}')).rejects.toThrow(/no "items" list/);
    await expect(restoreBackup(db, '{"version": 99, "items": []}')).rejects.toThrow(/newer than this Paperboy/);
  });

  it('does not add the same paper twice to one week', async () => {
    const db = await openLibrary();
    await addItem(db, item());
    expect(await addAllNew(db, [item({ url: 'https://arxiv.org/pdf/2106.09685v2' })])).toMatchObject({ added: 0, skipped: 1 });
  });
});

describe('failures are told', () => {
  it('explains a full disk', () => {
    const error = explain(new DOMException('quota', 'QuotaExceededError'));
    expect(error).toBeInstanceOf(LibraryError);
    expect(error.kind).toBe('quota');
    expect(error.message).toMatch(/disk is full.*What was saved before is safe/);
  });

  it('rolls back a write that fails on quota and keeps earlier items', async () => {
    const db = await openLibrary();
    await addItem(db, item());
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await expect(putItems(db, [item({ title: 'New', url: 'https://example.com/new', arxivId: null })])).rejects.toMatchObject({
        kind: 'quota',
      });
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect((await listAll(db)).items.map((i) => i.title)).toEqual(['LoRA']);
  });

  it('tells the curator when an older open view blocks the upgrade', async () => {
    const old = await openDB('paperboy', 1, {
      upgrade: (database, _o, _n, tx) => MIGRATIONS[0]!(database as never, tx as never),
    });
    const onBlocked = vi.fn();
    const opening = openLibrary({ onBlocked });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    old.close();
    const db = await opening;
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  it('closes itself when a newer Paperboy upgrades', async () => {
    const onReplaced = vi.fn();
    await openLibrary({ onReplaced });
    const newer = await openDB('paperboy', DB_VERSION + 1);
    expect(onReplaced).toHaveBeenCalled();
    newer.close();
  });
});

describe('items waiting for their link', () => {
  it('keeps two of them in one week apart, and skips only the same one again', async () => {
    const db = await openLibrary();
    const waiting = (title: string) => itemFrom({ title, url: '', section: 'News', summary: '', topics: [], week: '2025-07-28' });
    expect(await addAllNew(db, [waiting('Chips and Policy'), waiting('Export rules')])).toMatchObject({ added: 2, skipped: 0 });
    expect(await addAllNew(db, [waiting('Chips and Policy')])).toMatchObject({ added: 0, skipped: 1 });
    db.close();
  });
});
