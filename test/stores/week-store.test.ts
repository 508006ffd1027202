import { createWeekStore, type WeekStore, type WeekStoreOptions } from '@/lib/stores/week-store';
import { writable, type Writable } from '@/lib/stores/observable';
import { addItem, listAll, putItems } from '@/lib/db/library';
import { SETTING_DEFAULTS, type SettingsMap } from '@/lib/db/settings';
import type { PaperboyDB } from '@/lib/db/schema';
import { itemFrom, type Item } from '@/lib/model';
import { failWritesTo, freshLibrary } from './fakes';

const TODAY = '2025-07-22';

let db: Promise<PaperboyDB>;
let settings: Writable<SettingsMap>;
let week: WeekStore;

function store(options: Partial<WeekStoreOptions> = {}): WeekStore {
  return createWeekStore({ db, settings, today: TODAY, ...options });
}

/** Adds an item as the popup does (last of its section and day); an `order` given is then written as is. */
async function add(title: string, fields: Partial<Item> = {}): Promise<Item> {
  const item = itemFrom({
    title,
    url: `https://example.com/${encodeURIComponent(title)}`,
    section: 'Research',
    summary: '',
    topics: [],
    day: TODAY,
    ...fields,
  });
  const added = await addItem(await db, item);
  if (fields.order === undefined) return added;
  await putItems(await db, [{ ...item, order: fields.order }]);
  return { ...added, order: fields.order };
}

const titles = () => week.get().items.map((item) => item.title);
const inLibrary = async () =>
  (await listAll(await db)).items.sort((a, b) => a.order - b.order).map((item) => [item.title, item.order] as const);

beforeEach(() => {
  db = freshLibrary();
  settings = writable({ ...SETTING_DEFAULTS });
  week = store();
});

describe('reading the week', () => {
  it('shows the period holding today, empty and unread until refreshed', async () => {
    expect(week.get()).toMatchObject({ day: TODAY, period: { label: 'Week 21 - 27 July' }, items: [], loaded: false, undo: null });
    await add('In the week', { topics: ['LLM'] });
    await add('Week before', { day: '2025-07-20', topics: ['LLM', 'Vision'] });
    await week.refresh();
    expect(week.get()).toMatchObject({ loaded: true, corrupt: 0, period: { start: '2025-07-21', end: '2025-07-27' } });
    expect(titles()).toEqual(['In the week']);
    // Topics are the whole library's, most used first.
    expect(week.get().topics).toEqual(['LLM', 'Vision']);
  });

  it('lists the week by section, then in the curator\u2019s order', async () => {
    await add('News item', { section: 'News' });
    await add('Paper one');
    await add('Paper two');
    await week.refresh();
    expect(titles()).toEqual(['Paper one', 'Paper two', 'News item']);
  });

  it('counts the records that no longer read as items, and lists the rest', async () => {
    await add('Fine');
    await (await db).put('items', { id: 'broken', day: TODAY, title: 42 } as never);
    await week.refresh();
    expect(titles()).toEqual(['Fine']);
    expect(week.get().corrupt).toBe(1);
  });

  it('shows another period, and steps a period back and forth', async () => {
    await add('Earlier', { day: '2025-07-15' });
    await week.show('2025-07-15');
    expect(week.get()).toMatchObject({ day: '2025-07-15', period: { label: 'Week 14 - 20 July' } });
    expect(titles()).toEqual(['Earlier']);
    await week.showPeriod(1);
    expect(week.get().period).toMatchObject({ start: '2025-07-21', end: '2025-07-27' });
    await week.showPeriod(1);
    expect(week.get().period.label).toBe('Week 28 July - 3 August');
    await week.showPeriod(-1);
    await week.showPeriod(-1);
    expect(week.get().period.start).toBe('2025-07-14');
  });

  it('bounds and orders the period as the chosen format does, and follows a new format', async () => {
    await add('Research paper', { order: 1 });
    await add('News first', { section: 'News', day: '2025-07-23', order: 0 });
    await week.refresh();
    expect(titles()).toEqual(['Research paper', 'News first']);
    settings.set({ ...settings.get(), format: 'compass' });
    // At once: the period of the new format.
    expect(week.get().period).toEqual({ start: '2025-07-22', end: '2025-07-31', label: 'Week 4/4 of July 2025' });
    await vi.waitFor(() => expect(titles()).toEqual(['News first', 'Research paper']));
    await week.showPeriod(-1);
    expect(week.get().period.label).toBe('Week 3/4 of July 2025');
  });

  it('lets the last read asked win when two overlap', async () => {
    await add('This week');
    await add('Last week', { day: '2025-07-14' });
    let release!: () => void;
    const held = new Promise<void>((ok) => (release = ok));
    let calls = 0;
    const steps: string[] = [];
    week = store({
      timed: async (name, work) => {
        steps.push(name);
        // The first listing is slow: it finishes after the second read.
        if (name === 'list-week' && calls++ === 0) await held;
        return work();
      },
    });
    const first = week.show('2025-07-14');
    await week.show(TODAY);
    release();
    await first;
    expect(titles()).toEqual(['This week']);
    expect(week.get().day).toBe(TODAY);
    expect(steps).toEqual(['list-week', 'list-week', 'known-topics', 'known-topics']);
  });

  it('throws the library\u2019s explanation when the period cannot be read', async () => {
    db = Promise.reject(Object.assign(new Error('gone'), { name: 'UnknownError' }));
    db.catch(() => undefined);
    week = store();
    await expect(week.refresh()).rejects.toThrow('gone');
    expect(week.get().loaded).toBe(false);
  });
});

describe('moving', () => {
  it('writes the new order of the items that changed, within the section', async () => {
    const [a, b, c] = [await add('a'), await add('b'), await add('c')];
    await add('news', { section: 'News' });
    await week.refresh();
    await week.move(c.id, -1);
    expect(await inLibrary()).toEqual(expect.arrayContaining([['a', 0] as const, ['c', 1] as const, ['b', 2] as const]));
    await week.refresh();
    expect(titles()).toEqual(['a', 'c', 'b', 'news']);
    await week.moveTo(a.id, b.id);
    await week.refresh();
    expect(titles()).toEqual(['c', 'b', 'a', 'news']);
  });

  it('writes nothing for a move past the end or into another section', async () => {
    const a = await add('a');
    const news = await add('news', { section: 'News' });
    await week.refresh();
    const before = await listAll(await db);
    await week.move(a.id, -1);
    await week.moveTo(a.id, news.id);
    expect(await listAll(await db)).toEqual(before);
  });

  it('moves across sections in the one-table format', async () => {
    settings.set({ ...settings.get(), format: 'compass' });
    const a = await add('a', { order: 0 });
    const news = await add('news', { section: 'News', order: 1 });
    await week.refresh();
    await week.moveTo(news.id, a.id);
    await week.refresh();
    expect(titles()).toEqual(['news', 'a']);
  });

  it('throws when the new order cannot be written, and the list stays as it was', async () => {
    await add('a');
    const b = await add('b');
    await week.refresh();
    const restore = failWritesTo('items');
    try {
      await expect(week.move(b.id, -1)).rejects.toMatchObject({ kind: 'quota' });
    } finally {
      restore();
    }
    expect(await inLibrary()).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
  });
});

describe('deleting, with a moment to undo', () => {
  it('deletes the item, offers it back, and restores it where it stood', async () => {
    const [a, b] = [await add('a', { topics: ['T'] }), await add('b')];
    await week.refresh();
    const [first] = week.get().items;
    await week.remove(first!);
    expect(titles()).toEqual(['b']);
    expect(week.get().undo?.id).toBe(a.id);
    expect((await listAll(await db)).items.map((i) => i.id)).toEqual([b.id]);

    expect(await week.undoDelete()).toMatchObject({ id: a.id, title: 'a' });
    expect(week.get().undo).toBeNull();
    await week.refresh();
    expect(titles()).toEqual(['a', 'b']);
    expect(week.get().topics).toEqual(['T']);
    // Nothing left to undo.
    expect(await week.undoDelete()).toBeNull();
  });

  it('offers the undo for a while only', async () => {
    week = store({ undoMs: 20 });
    await add('a');
    await week.refresh();
    await week.remove(week.get().items[0]!);
    expect(week.get().undo).not.toBeNull();
    await vi.waitFor(() => expect(week.get().undo).toBeNull());
    expect(await week.undoDelete()).toBeNull();
    expect((await listAll(await db)).items).toEqual([]);
  });

  it('offers back the last item deleted, for its own full while', async () => {
    // Only the undo's timers are faked: fake-indexeddb schedules its work with setImmediate.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      week = store({ undoMs: 1000 });
      await add('a');
      await add('b');
      await week.refresh();
      const [a, b] = week.get().items;
      await week.remove(a!);
      vi.advanceTimersByTime(600);
      await week.remove(b!);
      // The first deletion's while is over: it must not take away the second's undo.
      vi.advanceTimersByTime(600);
      expect(week.get().undo?.id).toBe(b!.id);
      vi.advanceTimersByTime(400);
      expect(week.get().undo).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the undo when restoring fails, so it can be tried again', async () => {
    await add('a');
    await week.refresh();
    await week.remove(week.get().items[0]!);
    const restore = failWritesTo('items');
    try {
      await expect(week.undoDelete()).rejects.toMatchObject({ kind: 'quota' });
    } finally {
      restore();
    }
    expect(week.get().undo?.title).toBe('a');
    expect(await week.undoDelete()).toMatchObject({ title: 'a' });
  });
});
