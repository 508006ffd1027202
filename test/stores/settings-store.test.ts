import { createSettingsStore } from '@/lib/stores/settings-store';
import { readSetting, SETTING_DEFAULTS, writeSetting } from '@/lib/db/settings';
import type { LibraryChange } from '@/lib/db/changes';
import type { PaperboyDB } from '@/lib/db/schema';
import { failWritesTo, freshLibrary } from './fakes';

let db: Promise<PaperboyDB>;
let announced: LibraryChange[];

function store() {
  return createSettingsStore(db, (change) => announced.push(change));
}

beforeEach(() => {
  db = freshLibrary();
  announced = [];
});

describe('the settings store', () => {
  it('holds the defaults until loaded, then what the library holds', async () => {
    await writeSetting(await db, 'format', 'compass');
    await writeSetting(await db, 'template', '* {title}');
    const settings = store();
    expect(settings.get()).toEqual(SETTING_DEFAULTS);
    await settings.load();
    expect(settings.get()).toEqual({ ...SETTING_DEFAULTS, format: 'compass', template: '* {title}' });
  });

  it('loads a damaged row as its default, typed', async () => {
    await (await db).put('settings', 'html', 'format');
    const settings = store();
    await settings.load();
    expect(settings.get().format).toBe('ml-news');
  });

  it('shows a new value at once, writes it, then tells the other views which setting changed', async () => {
    const settings = store();
    await settings.load();
    const seen: string[] = [];
    settings.subscribe((value) => seen.push(value.format));
    const written = settings.set('format', 'compass');
    // Shown before the write is done, and not yet announced (the others would read the old value).
    expect(settings.get().format).toBe('compass');
    expect(announced).toEqual([]);
    await written;
    expect(await readSetting(await db, 'format')).toBe('compass');
    expect(announced).toEqual([{ kind: 'settings', key: 'format' }]);
    expect(seen).toEqual(['compass']);
  });

  it('keeps the other settings as they are when one is set', async () => {
    const settings = store();
    await settings.set('pendingSelection', { tabId: 3, at: 1000 });
    await settings.set('template', '{url}');
    expect(settings.get()).toEqual({ ...SETTING_DEFAULTS, template: '{url}', pendingSelection: { tabId: 3, at: 1000 } });
  });

  it('shows the old value again and throws when the write fails, announcing nothing', async () => {
    const settings = store();
    await settings.load();
    const restore = failWritesTo('settings');
    try {
      await expect(settings.set('format', 'compass')).rejects.toMatchObject({
        kind: 'quota',
        message: expect.stringMatching(/disk is full/),
      });
    } finally {
      restore();
    }
    expect(settings.get().format).toBe('ml-news');
    expect(await readSetting(await db, 'format')).toBe('ml-news');
    expect(announced).toEqual([]);
  });

  it('reads again the one setting another view wrote, leaving the rest', async () => {
    const settings = store();
    await settings.set('template', 'mine: {title}');
    // Another view writes two settings but announces one so far.
    await writeSetting(await db, 'format', 'compass');
    await writeSetting(await db, 'pendingSelection', { tabId: 1, at: 5 });
    await settings.reread('format');
    expect(settings.get()).toEqual({ ...SETTING_DEFAULTS, template: 'mine: {title}', format: 'compass' });
    await settings.reread('pendingSelection');
    expect(settings.get().pendingSelection).toEqual({ tabId: 1, at: 5 });
    // Rereading announces nothing: the change came from elsewhere.
    expect(announced).toEqual([{ kind: 'settings', key: 'template' }]);
  });

  it('fails to load when the library cannot be opened, keeping the defaults', async () => {
    db = Promise.reject(new Error('blocked'));
    db.catch(() => undefined);
    const settings = store();
    await expect(settings.load()).rejects.toThrow('blocked');
    expect(settings.get()).toEqual(SETTING_DEFAULTS);
  });
});
