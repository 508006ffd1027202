import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { itemFrom, type Item } from '@/lib/model';
import {
  addItem,
  addAllNew,
  deleteDraft,
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
} from '@/lib/db/library';
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
    day: '2025-07-22',
    ...overrides,
  });
}

describe('items', () => {
  it('lists a week through its index, in section and curator order', async () => {
    const db = await openLibrary();
    await addItem(db, item({ section: 'News', title: 'N1', url: 'https://example.com/n1', arxivId: null }));
    await addItem(db, item({ title: 'R1' }));
    await addItem(db, item({ title: 'R2', url: 'https://example.com/r2', arxivId: null }));
    await addItem(db, item({ title: 'Next week', day: '2025-07-29', url: 'https://example.com/x', arxivId: null }));
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
    await db.put('items', { id: 'broken', day: '2025-07-22', title: 42 } as never);
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
      days.map((day, i) => item({ day, url: `https://example.com/${i}`, arxivId: null })),
    );
    // The newest item is on Sunday 20 July: its week and the one before (from Monday 7 July).
    const recent = await listRecentWeeks(db, 2);
    expect(recent.items.map((i) => i.day).sort()).toEqual(['2025-07-07', '2025-07-14', '2025-07-20']);
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
    const listing = await listDays(db, saved.day, saved.day);
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
      day: '2025-07-22',
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

describe('adding a restored backup', () => {
  it('does not add the same paper twice to one day', async () => {
    const db = await openLibrary();
    await addItem(db, item());
    expect(await addAllNew(db, [item({ url: 'https://arxiv.org/pdf/2106.09685v2' })])).toMatchObject({ added: 0, skipped: 1 });
  });
});

describe('failures are told', () => {
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
  it('keeps two of them on one day apart, and skips only the same one again', async () => {
    const db = await openLibrary();
    const waiting = (title: string) => itemFrom({ title, url: '', section: 'News', summary: '', topics: [], day: '2025-07-28' });
    expect(await addAllNew(db, [waiting('Chips and Policy'), waiting('Export rules')])).toMatchObject({ added: 2, skipped: 0 });
    expect(await addAllNew(db, [waiting('Chips and Policy')])).toMatchObject({ added: 0, skipped: 1 });
    db.close();
  });
});
