import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { itemFrom, type Item } from '@/lib/model';
import { addItem, getItem, listAll, listDays, openLibrary } from '@/lib/db/library';
import { exportLibrary, restoreBackup } from '@/lib/db/backup-io';
import type { StoredItem } from '@/lib/db/schema';

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

/** An item as a version 1 backup wrote it: the same fields, the day under `week`. */
function asVersion1({ day, ...rest }: Item): Record<string, unknown> {
  return { ...rest, week: day };
}

describe('backup and restore', () => {
  it('exports every item and restores them into an empty library', async () => {
    const db = await openLibrary();
    await addItem(db, item());
    await addItem(db, item({ title: 'Post', url: 'https://example.com/p', arxivId: null, summary: 'a | b\nc' }));
    const backup = await exportLibrary(db);
    expect(backup).toMatchObject({ format: 'paperboy-backup', version: 2 });
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

  it('never writes a `week` into a backup, even for a stored record that kept one beside its `day`', async () => {
    const db = await openLibrary();
    const saved = await addItem(db, item());
    // A record of the library's own shape is read as it is, extra keys and all.
    await db.put('items', { ...saved, week: '2025-07-21' } as StoredItem);
    const backup = await exportLibrary(db);
    const written = JSON.parse(JSON.stringify(backup)) as { version: number; items: Record<string, unknown>[] };
    expect(written.version).toBe(2);
    expect(written.items).toHaveLength(1);
    expect(written.items[0]).not.toHaveProperty('week');
    expect(written.items[0]).not.toHaveProperty('paperKey');
    const { paperKey: _key, ...expected } = saved;
    expect(written.items[0]).toEqual(expected);
  });

  it('restores nothing from a version 1 file with a bad day, naming the field as the file spells it', async () => {
    const db = await openLibrary();
    const file = {
      format: 'paperboy-backup',
      version: 1,
      items: [asVersion1(item()), { ...asVersion1(item()), id: 'x', week: '2025-02-30' }],
    };
    expect(await restoreBackup(db, JSON.stringify(file))).toEqual({
      added: 0,
      skipped: 0,
      rejected: [{ index: 1, reason: 'field "week": "2025-02-30" is not a day (YYYY-MM-DD)' }],
    });
    expect((await listAll(db)).items).toEqual([]);
  });

  it('restores a version 1 file, whose items name their day `week`, under `day`', async () => {
    const db = await openLibrary();
    const lora = item({ order: 2 });
    const post = item({ title: 'Post', url: 'https://example.com/p', arxivId: null, day: '2025-07-24', topics: [] });
    const file = {
      format: 'paperboy-backup',
      version: 1,
      exportedAt: '2025-07-25T00:00:00.000Z',
      items: [asVersion1(lora), asVersion1(post)],
    };

    expect(await restoreBackup(db, JSON.stringify(file))).toEqual({ added: 2, skipped: 0, rejected: [] });
    const stored = await getItem(db, lora.id);
    expect(stored).toEqual({ ...lora, paperKey: 'arxiv:2106.09685' });
    expect(stored).not.toHaveProperty('week');
    // Through the day index, as the week's list reads it, in the curator's order the file kept.
    expect((await listDays(db, '2025-07-21', '2025-07-27')).items.map((i) => [i.title, i.day, i.order])).toEqual([
      ['Post', '2025-07-24', 0],
      ['LoRA', '2025-07-22', 2],
    ]);
    // The same file again adds nothing: the items are already there under their days.
    expect(await restoreBackup(db, JSON.stringify(file))).toEqual({ added: 0, skipped: 2, rejected: [] });
    expect((await listAll(db)).items).toHaveLength(2);
  });
});
