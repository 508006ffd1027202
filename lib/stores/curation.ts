import type { Item } from '../model';
import { itemFrom, needsLink, newId } from '../model';
import { localToday } from '../dates';
import { paperKey } from '../url';
import { applyEdit, newItem, type ItemChanges } from '../edit';
import { addAllNew, addItem, findPaper, putEditedItem, type RestoreReport } from '../db/library';
import type { ImportedItem } from '../format/list-reader';
import type { PaperboyDB, StoredItem } from '../db/schema';
import type { LibraryChange } from '../db/changes';
import type { SettingsMap } from '../db/settings';
import { captureFromTab, pageCapture, type PageCapture, type TabInfo } from '../capture/page-capture';
import { fileNameFor, markdownFor, periodFor } from '../format/list-formats';
import { writable, type Readable } from './observable';
import { createSettingsStore, type SettingsStore } from './settings-store';
import { createDraftStore, type DraftStore } from './draft-store';
import { createWeekStore, type WeekStore } from './week-store';

/**
 * The popup's and side panel's state, composed in one place from its stores (settings, draft, week)
 * and the services the browser gives it; views subscribe to the stores and call these actions.
 * Nothing here touches the browser directly, so every action is unit-tested with fakes.
 */
export type Tone = 'info' | 'ok' | 'error';

export interface Status {
  tone: Tone;
  text: string;
}

/** Everything the popup needs from the browser; the extension passes the real one, tests a fake. */
export interface CurationServices {
  openDatabase(): Promise<PaperboyDB>;
  activeTab(): Promise<TabInfo | null>;
  /** Reads the page in the tab (a content script, or arXiv's API for a PDF). Never throws. */
  capturePage(tab: TabInfo): Promise<PageCapture>;
  selectionToMarkdown(html: string): Promise<string | null>;
  copy(text: string): Promise<void>;
  download(fileName: string, text: string): void;
  /** The library changed here (the toolbar badge counts the week). */
  afterChange(db: PaperboyDB): void;
  announce(change: LibraryChange): void;
  onChange(listener: (change: LibraryChange) => void): () => void;
  now(): Date;
}

export interface Boot {
  /** Why the library cannot be used at all. */
  fatal: string | null;
  /** The library is open: Save can work. */
  ready: boolean;
}

/** A context menu request older than this is stale (the curator has moved on). */
const PENDING_SELECTION_MS = 60_000;

function describe(error: unknown): string {
  return (error as Error)?.message ?? String(error);
}

/** Times a step of the real code path with the User Timing API; the benchmark reads these. */
async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(`paperboy:${name}`, { start, end: performance.now() });
  }
}

export function createCuration(services: CurationServices) {
  const today = localToday(services.now());
  const status = writable<Status | null>(null);
  const duplicates = writable<StoredItem[]>([]);
  const boot = writable<Boot>({ fatal: null, ready: false });
  const say = (tone: Tone, text: string) => status.set({ tone, text });

  const db = timed('open-db', () => services.openDatabase());
  db.catch((error: unknown) => boot.set({ fatal: describe(error), ready: false }));
  void db.then(
    () => boot.update((b) => ({ ...b, ready: true })),
    () => undefined,
  );

  const settings: SettingsStore = createSettingsStore(db, services.announce);
  const draft: DraftStore = createDraftStore({ db, today, now: services.now, onError: (text) => say('error', text) });
  const week: WeekStore = createWeekStore({ db, settings, today, timed });
  let tabId: number | null = null;
  let reading = 0;

  async function lookUpDuplicates(page: PageCapture | null, isCurrent: () => boolean = () => true) {
    const same = page?.capture.url ? await findPaper(await db, paperKey(page.capture)) : [];
    if (isCurrent()) duplicates.set(same);
  }

  /** Takes the context menu's request to add the selection, if it is for this tab and fresh. */
  async function takePendingSelection(): Promise<boolean> {
    const pending = settings.get().pendingSelection;
    if (!pending || (tabId !== null && pending.tabId !== tabId) || services.now().getTime() - pending.at > PENDING_SELECTION_MS)
      return false;
    await settings.set('pendingSelection', null);
    return true;
  }

  /**
   * Tabs owed a context menu request that a read took but could not place (another tab overtook
   * it, or an item was being edited): the next read of each such tab appends its selection.
   */
  const owedSelections = new Set<number>();

  /** Reads `tab` into the form: its title and address at once, then what the page holds. */
  async function readTab(tab: TabInfo | null, options: { appendSelection?: () => Promise<boolean> } = {}) {
    const asked = ++reading;
    const isCurrent = () => asked === reading;
    // The previous page's waiting change is taken before the form changes, and written meanwhile.
    const flushed = draft.flush();
    tabId = tab?.id ?? null;
    draft.showTab(tab ? pageCapture(captureFromTab(tab), null, null) : null);
    try {
      await flushed;
      if (!tab) {
        duplicates.set([]);
        say('info', 'No page is in front. Open a page and Paperboy again.');
        return;
      }
      const page = await services.capturePage(tab);
      let selection: string | null = null;
      if (page.selectionHtml) selection = await services.selectionToMarkdown(page.selectionHtml).catch(() => null);
      if (!isCurrent()) return; // another tab came meanwhile
      let append = owedSelections.has(tab.id);
      if (!append) append = (await options.appendSelection?.().catch(() => false)) ?? false;
      if (!isCurrent()) {
        if (append) owedSelections.add(tab.id);
        return;
      }
      const read = { ...page, capture: { ...page.capture, selection } };
      const [placed] = await Promise.all([draft.showPage(read, { appendSelection: append, isCurrent }), lookUpDuplicates(read, isCurrent)]);
      if (append && !placed) owedSelections.add(tab.id);
      else owedSelections.delete(tab.id);
      // Not awaited: the form is ready; a better source refines it when (and if) it answers.
      void read.refined?.then((better) => {
        if (better && isCurrent()) draft.refine(better);
      });
    } finally {
      // Whatever failed, the form is usable and its drafts save again.
      if (isCurrent()) draft.doneReading();
    }
  }

  /** After a write: the list (of `day`'s period, if given) and the duplicates read again, the other views told. Never throws. */
  async function afterWrite(day?: string): Promise<string> {
    try {
      await (day ? week.show(day) : week.refresh());
      await lookUpDuplicates(draft.get().page);
      return '';
    } catch (error) {
      return ` The list could not be read again: ${describe(error)}`;
    } finally {
      services.announce({ kind: 'items' });
      void db.then(services.afterChange, () => undefined);
    }
  }

  const label = (day: string) => periodFor(settings.get().format, day).label;

  /** A new order written, then the list read again; a failure said. */
  async function reorder(write: () => Promise<void>) {
    try {
      await write();
    } catch (error) {
      return say('error', `The new order was not saved: ${describe(error)}`);
    }
    const unread = await afterWrite();
    if (unread) say('error', `The new order is saved.${unread}`);
  }

  const curation = {
    settings: settings as Readable<SettingsMap>,
    draft: draft as Readable<ReturnType<DraftStore['get']>>,
    week: week as Readable<ReturnType<WeekStore['get']>>,
    status: status as Readable<Status | null>,
    duplicates: duplicates as Readable<StoredItem[]>,
    boot: boot as Readable<Boot>,

    /** Opens the library and reads `tab` (already asked for, so the first frame has its title). */
    async start(tab: TabInfo | null) {
      const settingsRead = settings.load();
      try {
        await readTab(tab, {
          appendSelection: async () => {
            await settingsRead;
            return takePendingSelection();
          },
        });
        performance.mark('paperboy:form-ready');
        await week.refresh();
        performance.mark('paperboy:list-ready');
      } catch (error) {
        // A library that cannot be opened is already said (boot.fatal); anything else is one read's failure.
        if (!boot.get().fatal)
          say('error', `The page or the week could not be read: ${describe(error)} The form can still be filled and saved.`);
      }
    },

    /** Reads the tab in front again (the side panel follows the tab). */
    async reloadPage(options: { appendSelection?: boolean } = {}) {
      try {
        await readTab(await services.activeTab(), { appendSelection: async () => options.appendSelection ?? false });
      } catch (error) {
        say('error', `The page could not be read: ${describe(error)}`);
      }
    },

    /** Another view changed the library: show it as it now is. */
    async onLibraryChange(change: LibraryChange) {
      try {
        if (change.kind === 'items') {
          await week.refresh();
          await lookUpDuplicates(draft.get().page);
        } else {
          await settings.reread(change.key);
          if (change.key === 'pendingSelection' && (await takePendingSelection())) await curation.reloadPage({ appendSelection: true });
        }
      } catch (error) {
        say('error', `The library changed in another view, but could not be read again: ${describe(error)}`);
      }
    },

    update: draft.update,
    startOver: () => draft.startOver().catch((error: unknown) => say('error', `The draft could not be thrown away: ${describe(error)}`)),
    flushDraft: draft.flush,

    insertAbstract() {
      const { page, form } = draft.get();
      const abstract = page?.capture.abstract;
      if (!abstract) return;
      draft.update('summary', form.summary.trim() ? `${form.summary.trimEnd()}\n\n${abstract}` : abstract);
    },

    /** Saves the capture form: a new item, or the item it edits. */
    async save() {
      const { form, page } = draft.get();
      const now = services.now().toISOString();
      const topics = week.get().topics;
      const editing = form.editingId ? [...week.get().items, ...duplicates.get()].find((item) => item.id === form.editingId) : undefined;
      if (form.editingId && !editing) return say('error', 'Not saved: the item being edited is gone. Your text is still in the form.');
      const result = editing ? applyEdit(editing, form, topics, now) : newItem(form, page?.capture ?? null, topics, { id: newId(), now });
      if (!result.ok) return say('error', result.message);
      let saved: Item;
      try {
        draft.cancelPending();
        const database = await db;
        saved = editing
          ? await putEditedItem(database, result.item, result.moved, page?.pageKey)
          : await timed('add-item', () => addItem(database, result.item, page?.pageKey));
        draft.saved(saved);
      } catch (error) {
        say('error', `Not saved: ${describe(error)} Your text is still in the form.`);
        draft.keep();
        return;
      }
      // The list first, then the message: whoever reads "Saved" finds the item in its week.
      const unread = await afterWrite(saved.day);
      say(unread ? 'error' : 'ok', `Saved to ${label(saved.day)}, ${saved.section}.${unread}`);
    },

    /** The capture form takes `item` to edit (from "Already in your list"). */
    edit(item: Item) {
      draft.edit(item);
      say('info', `Editing \u201c${item.title}\u201d. Save keeps your changes.`);
    },

    /** Saves an item edited where it stands in the list; false when it was not saved. */
    async saveItem(item: StoredItem, changes: ItemChanges): Promise<boolean> {
      const { paperKey: _key, ...current } = item;
      const result = applyEdit(current, changes, week.get().topics, services.now().toISOString());
      if (!result.ok) {
        say('error', result.message);
        return false;
      }
      try {
        await putEditedItem(await db, result.item, result.moved);
      } catch (error) {
        say('error', `Not saved: ${describe(error)}`);
        return false;
      }
      const unread = await afterWrite();
      const { title, section, day } = result.item;
      say(unread ? 'error' : 'ok', (result.moved ? `Moved “${title}” to ${label(day)}, ${section}.` : `Saved “${title}”.`) + unread);
      return true;
    },

    move: (id: string, delta: number) => reorder(() => week.move(id, delta)),
    moveTo: (id: string, targetId: string) => reorder(() => week.moveTo(id, targetId)),

    async remove(item: StoredItem) {
      try {
        await week.remove(item);
      } catch (error) {
        return say('error', `Not deleted: ${describe(error)}`);
      }
      if (draft.get().form.editingId === item.id) void curation.startOver();
      const unread = await afterWrite();
      if (unread) say('error', `“${item.title}” is deleted.${unread}`);
    },

    async undoDelete() {
      let restored: StoredItem | null;
      try {
        restored = await week.undoDelete();
      } catch (error) {
        return say('error', `Not restored: ${describe(error)}`);
      }
      if (!restored) return;
      const unread = await afterWrite();
      say(unread ? 'error' : 'ok', `Restored \u201c${restored.title}\u201d.${unread}`);
    },

    /** Rows of the list on GitHub that the library does not hold (offered when publishing): imported. */
    async importRows(rows: readonly ImportedItem[]) {
      let report: RestoreReport;
      try {
        report = await addAllNew(
          await db,
          rows.map(({ line: _line, ...listed }) => itemFrom(listed, services.now().toISOString())),
        );
      } catch (error) {
        return say('error', `Nothing was imported: ${describe(error)}`);
      }
      const unread = await afterWrite();
      say(
        unread ? 'error' : 'ok',
        `Imported ${report.added} row${report.added === 1 ? '' : 's'} from the list on GitHub${report.skipped ? `; ${report.skipped} already held were skipped` : ''}.${unread}`,
      );
    },

    showPeriod: (direction: -1 | 1) =>
      week.showPeriod(direction).catch((error: unknown) => say('error', `That week could not be read: ${describe(error)}`)),

    /** The markdown Copy puts on the clipboard: the shown period in the chosen format. */
    markdown(): string {
      const { format, template } = settings.get();
      const { day, items } = week.get();
      return markdownFor(format, day, items, template);
    },

    async copy() {
      const { items, period } = week.get();
      try {
        await services.copy(curation.markdown());
        const waiting = items.filter(needsLink).length;
        say(
          waiting ? 'error' : 'ok',
          `Copied ${items.length} row${items.length === 1 ? '' : 's'} of ${period.label} as markdown.` +
            (waiting ? ` ${waiting} of them still ${waiting === 1 ? 'needs a link' : 'need links'}: their rows have an empty link.` : ''),
        );
      } catch (error) {
        say('error', `The clipboard refused the text (${describe(error)}). Use Download instead.`);
      }
    },

    download() {
      services.download(fileNameFor(settings.get().format, week.get().day), curation.markdown());
    },

    setFormat: (format: SettingsMap['format']) =>
      settings.set('format', format).catch((error: unknown) => say('error', `The format was not remembered: ${describe(error)}`)),
    setTemplate: (template: string) =>
      settings.set('template', template).catch((error: unknown) => say('error', `The template was not remembered: ${describe(error)}`)),

    /** Listens for the other views' changes; returns the unsubscribe. */
    listen(): () => void {
      return services.onChange((change) => void curation.onLibraryChange(change));
    },
  };
  return curation;
}

export type Curation = ReturnType<typeof createCuration>;
