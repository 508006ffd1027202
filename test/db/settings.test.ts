import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { openLibrary } from '@/lib/db/library';
import { readSetting, readSettings, SETTING_DEFAULTS, writeSetting } from '@/lib/db/settings';

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
