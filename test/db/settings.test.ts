import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { openLibrary } from '@/lib/db/library';
import { readSetting, readSettings, SETTING_DEFAULTS, writeSetting } from '@/lib/db/settings';
import { ARXIV_CACHE_LIMIT, cachedPaper, cachePaper } from '@/lib/db/arxiv-cache';
import type { Capture } from '@/lib/model';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('typed settings', () => {
  it('reads the defaults from an empty library, and what was written', async () => {
    const db = await openLibrary();
    expect(await readSettings(db)).toEqual(SETTING_DEFAULTS);
    await writeSetting(db, 'format', 'compass');
    await writeSetting(db, 'pendingSelection', { tabId: 7, at: 1000 });
    expect(await readSettings(db)).toEqual({ ...SETTING_DEFAULTS, format: 'compass', pendingSelection: { tabId: 7, at: 1000 } });
    db.close();
  });

  it('reads a row of the wrong type as the default, never failing', async () => {
    const db = await openLibrary();
    await db.put('settings', 'markdown-ish', 'format');
    await db.put('settings', 42, 'template');
    await db.put('settings', { tabId: 'x' }, 'pendingSelection');
    expect(await readSetting(db, 'format')).toBe('ml-news');
    expect(await readSetting(db, 'template')).toBe(SETTING_DEFAULTS.template);
    expect(await readSetting(db, 'pendingSelection')).toBeNull();
    db.close();
  });
});

describe('the arXiv cache', () => {
  const paper = (id: string): Capture => ({
    title: `Paper ${id}`,
    url: `https://arxiv.org/abs/${id}`,
    authors: [],
    published: null,
    abstract: null,
    arxivId: id,
    siteName: 'arXiv',
    section: 'Research',
    selection: null,
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
});
