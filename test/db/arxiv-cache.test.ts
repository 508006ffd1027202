import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { openLibrary } from '@/lib/db/library';
import { ARXIV_CACHE_LIMIT, cachedPaper, cachePaper } from '@/lib/db/arxiv-cache';
import type { Capture } from '@/lib/model';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const paper = (id: string, title = `Paper ${id}`): Capture => ({
  title,
  url: `https://arxiv.org/abs/${id}`,
  authors: [],
  published: null,
  abstract: null,
  arxivId: id,
  siteName: 'arXiv',
  section: 'Research',
  selection: null,
});

describe('the arXiv cache', () => {
  it('gives back what arXiv said of a paper, and nothing for a paper never fetched', async () => {
    const db = await openLibrary();
    await cachePaper(db, '2106.09685', paper('2106.09685'));
    expect(await cachedPaper(db, '2106.09685')).toEqual(paper('2106.09685'));
    expect(await cachedPaper(db, '2501.00000')).toBeUndefined();
    db.close();
  });

  it('keeps at most its limit, forgetting the papers fetched longest ago', async () => {
    const db = await openLibrary();
    for (let i = 0; i < 5; i++) await cachePaper(db, `2501.0000${i}`, paper(`2501.0000${i}`), 1000 + i, 3);
    expect(await db.count('arxivCache')).toBe(3);
    expect(await cachedPaper(db, '2501.00000')).toBeUndefined();
    expect(await cachedPaper(db, '2501.00001')).toBeUndefined();
    expect((await cachedPaper(db, '2501.00004'))?.title).toBe('Paper 2501.00004');
    expect(ARXIV_CACHE_LIMIT).toBeGreaterThan(100);
    db.close();
  });

  it('forgets by when a paper was fetched, not by its id, and a paper fetched again is new again', async () => {
    const db = await openLibrary();
    await cachePaper(db, '2601.00009', paper('2601.00009'), 1000, 2);
    await cachePaper(db, '2501.00001', paper('2501.00001'), 2000, 2);
    // Fetched again (an updated record): it replaces the old one and is now the newest.
    await cachePaper(db, '2601.00009', paper('2601.00009', 'Updated title'), 3000, 2);
    expect(await db.count('arxivCache')).toBe(2);
    await cachePaper(db, '2401.00002', paper('2401.00002'), 4000, 2);
    expect(await cachedPaper(db, '2501.00001')).toBeUndefined();
    expect((await cachedPaper(db, '2601.00009'))?.title).toBe('Updated title');
    expect(await cachedPaper(db, '2401.00002')).toBeDefined();
    db.close();
  });

  it('fails with the library\u2019s explanation when it cannot write', async () => {
    const db = await openLibrary();
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await expect(cachePaper(db, '2106.09685', paper('2106.09685'))).rejects.toMatchObject({ kind: 'quota' });
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect(await db.count('arxivCache')).toBe(0);
    db.close();
  });
});
