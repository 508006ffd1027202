import type { Item } from '../model';
import { addDays } from '../dates';
import { deleteItem, knownTopics, listDays, putItems } from '../db/library';
import type { PaperboyDB, StoredItem } from '../db/schema';
import type { SettingsMap } from '../db/settings';
import { periodFor, type ListPeriod } from '../format/list-formats';
import { groupsBySection, inListOrder, moveItem, moveItemTo } from '../format/week-order';
import { writable, type Readable } from './observable';

/**
 * The week's list under the form: the period holding a day, in the chosen format's order; moving,
 * deleting (with a moment to undo) and reading it again after any write.
 */
export interface WeekView {
  /** A day of the period shown. */
  day: string;
  period: ListPeriod;
  /** The period's items in list order. */
  items: StoredItem[];
  /** Records of the period that no longer read as items (left untouched). */
  corrupt: number;
  /** Every topic used so far, most used first. */
  topics: string[];
  /** The item just deleted, while it can be brought back. */
  undo: StoredItem | null;
  /** The list has been read at least once. */
  loaded: boolean;
}

export interface WeekStore extends Readable<WeekView> {
  /** Reads the period's items and the topics again. Throws a LibraryError when it cannot. */
  refresh(): Promise<void>;
  /** Shows the period holding `day`. */
  show(day: string): Promise<void>;
  showPeriod(direction: -1 | 1): Promise<void>;
  move(id: string, delta: number): Promise<void>;
  moveTo(id: string, targetId: string): Promise<void>;
  remove(item: StoredItem): Promise<void>;
  undoDelete(): Promise<StoredItem | null>;
}

export interface WeekStoreOptions {
  db: Promise<PaperboyDB>;
  settings: Readable<SettingsMap>;
  today: string;
  /** How long a deleted item can be brought back. */
  undoMs?: number;
  /** Times a step of the real code path (the benchmark reads these). */
  timed?: <T>(name: string, work: () => Promise<T>) => Promise<T>;
}

export function createWeekStore(options: WeekStoreOptions): WeekStore {
  const timed = options.timed ?? ((_name, work) => work());
  const format = () => options.settings.get().format;
  const state = writable<WeekView>({
    day: options.today,
    period: periodFor(format(), options.today),
    items: [],
    corrupt: 0,
    topics: [],
    undo: null,
    loaded: false,
  });
  let undoTimer: ReturnType<typeof setTimeout> | null = null;
  // Two reads can overlap (a write here, a change announced by another view): the last one asked wins.
  let latest = 0;

  async function read(day: string) {
    const asked = ++latest;
    const db = await options.db;
    const period = periodFor(format(), day);
    const listing = await timed('list-week', () => listDays(db, period.start, period.end));
    const topics = await timed('known-topics', () => knownTopics(db));
    if (asked !== latest) return;
    state.update((view) => ({
      ...view,
      day,
      period,
      items: inListOrder(listing.items, format()),
      corrupt: listing.corrupt,
      topics,
      loaded: true,
    }));
  }

  // A new format groups and bounds the period its own way.
  let shownFormat = format();
  options.settings.subscribe((settings) => {
    if (settings.format === shownFormat) return;
    shownFormat = settings.format;
    const { day } = state.get();
    state.update((view) => ({ ...view, period: periodFor(settings.format, day), items: inListOrder(view.items, settings.format) }));
    void read(day).catch(() => undefined);
  });

  async function reorder(changed: Item[]) {
    if (changed.length === 0) return;
    await putItems(await options.db, changed);
  }

  return {
    get: state.get,
    subscribe: state.subscribe,
    refresh: () => read(state.get().day),
    show: (day) => read(day),
    showPeriod(direction) {
      const { period } = state.get();
      return read(direction < 0 ? addDays(period.start, -1) : addDays(period.end, 1));
    },
    move: (id, delta) => reorder(moveItem(state.get().items, id, delta, groupsBySection(format()))),
    moveTo: (id, targetId) => reorder(moveItemTo(state.get().items, id, targetId, groupsBySection(format()))),
    async remove(item) {
      await deleteItem(await options.db, item.id);
      if (undoTimer) clearTimeout(undoTimer);
      state.update((view) => ({ ...view, undo: item, items: view.items.filter((other) => other.id !== item.id) }));
      undoTimer = setTimeout(() => state.update((view) => (view.undo === item ? { ...view, undo: null } : view)), options.undoMs ?? 10_000);
    },
    async undoDelete() {
      const { undo } = state.get();
      if (!undo) return null;
      const { paperKey: _key, ...item } = undo;
      await putItems(await options.db, [item]);
      if (undoTimer) clearTimeout(undoTimer);
      state.update((view) => ({ ...view, undo: null }));
      return undo;
    },
  };
}
