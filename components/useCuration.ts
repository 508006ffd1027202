import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Capture, Item, Section } from '@/lib/model';
import { newId } from '@/lib/model';
import {
  addItem,
  deleteItem,
  findPaper,
  getDraft,
  getSetting,
  knownTopics,
  listDays,
  openLibrary,
  putItems,
  saveDraft,
  setSetting,
  deleteDraft,
  type LibraryError,
} from '@/lib/db/library';
import { PENDING_SELECTION_KEY, type Draft, type FormState, type PaperboyDB, type StoredItem } from '@/lib/db/schema';
import { announceChange, onLibraryChange } from '@/lib/db/changes';
import { addDays, isDay, localToday } from '@/lib/dates';
import { isHttpUrl, listUrl, paperKey } from '@/lib/url';
import { collapseSpace, normalizeSummary } from '@/lib/text';
import { canonicalTopics } from '@/lib/topics';
import { fileNameFor, groupsBySection, markdownFor, periodFor, type CopyFormat } from '@/lib/format/list-formats';
import { inListOrder, moveItem, moveItemTo } from '@/lib/format/week-order';
import { DEFAULT_TEMPLATE, unknownPlaceholders } from '@/lib/format/template';
import type { Tone } from './Notice';

/** Everything the views need from the browser; the extension passes the real one, tests a fake. */
export interface CurationServices {
  openDatabase(): Promise<PaperboyDB>;
  activeTab(): Promise<{ id: number; windowId: number; url?: string; title?: string } | null>;
  capturePage(tab: { id: number; windowId: number; url?: string; title?: string }): Promise<{
    capture: Capture;
    selectionHtml: string | null;
    notice: string | null;
    pageKey: string;
  }>;
  selectionToMarkdown(html: string): Promise<string | null>;
  copy(text: string): Promise<void>;
  download(fileName: string, text: string): void;
  afterChange(db: PaperboyDB): void;
  now(): Date;
}

export type { FormState };

export interface Status {
  tone: Tone;
  text: string;
}

const DRAFT_DELAY_MS = 250;

/** Times a step of the real code path with the User Timing API; the benchmark reads these. */
async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(`paperboy:${name}`, { start, end: performance.now() });
  }
}
const UNDO_MS = 10_000;

type Tab = NonNullable<Awaited<ReturnType<CurationServices['activeTab']>>>;
interface Prefetched {
  tab: Tab | null;
  reading: Awaited<ReturnType<CurationServices['capturePage']>> | null;
}

/** The tab in front and what its page holds. */
async function readFront(services: CurationServices): Promise<Prefetched> {
  const tab = await services.activeTab();
  return { tab, reading: tab ? await services.capturePage(tab) : null };
}

function formFromCapture(capture: Capture, today: string, summary = ''): FormState {
  return { title: capture.title, url: capture.url, section: capture.section, summary, topics: '', week: today, editingId: null };
}

function formFromItem(item: Item): FormState {
  return {
    title: item.title,
    url: item.url,
    section: item.section,
    summary: item.summary,
    topics: item.topics.join(', '),
    week: item.week,
    editingId: item.id,
  };
}

function describeError(error: unknown): string {
  return (error as LibraryError)?.message ?? String(error);
}

export function useCuration(services: CurationServices) {
  const today = localToday(services.now());
  const [db, setDb] = useState<PaperboyDB | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [page, setPage] = useState<Awaited<ReturnType<CurationServices['capturePage']>> | null>(null);
  const [tab, setTab] = useState<{ id: number; windowId: number } | null>(null);
  const [form, setForm] = useState<FormState>(() =>
    formFromCapture(
      {
        title: '',
        url: '',
        authors: [],
        published: null,
        abstract: null,
        arxivId: null,
        siteName: null,
        section: 'Research',
        selection: null,
      },
      today,
    ),
  );
  const [draftState, setDraftState] = useState<'none' | 'pending' | 'saved' | 'restored'>('none');
  const [duplicates, setDuplicates] = useState<StoredItem[]>([]);
  const [listDay, setListDay] = useState(today);
  const [format, setFormatState] = useState<CopyFormat>('ml-news');
  const [template, setTemplateState] = useState(DEFAULT_TEMPLATE);
  const [items, setItems] = useState<StoredItem[]>([]);
  const [corrupt, setCorrupt] = useState(0);
  const [topics, setTopics] = useState<string[]>([]);
  const [status, setStatus] = useState<Status | null>(null);
  const [undo, setUndo] = useState<StoredItem | null>(null);
  const draftTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pendingDraft = useRef<Draft | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const period = useMemo(() => periodFor(format, listDay), [format, listDay]);

  const refreshList = useCallback(async (database: PaperboyDB, day: string, chosen: CopyFormat) => {
    const current = periodFor(chosen, day);
    const listing = await timed('list-week', () => listDays(database, current.start, current.end));
    setItems(inListOrder(listing.items, chosen));
    setCorrupt(listing.corrupt);
    setTopics(await timed('known-topics', () => knownTopics(database)));
  }, []);

  const flushDraft = useCallback(async (database: PaperboyDB | null) => {
    if (draftTimer.current) clearTimeout(draftTimer.current);
    draftTimer.current = null;
    const draft = pendingDraft.current;
    pendingDraft.current = null;
    if (!database || !draft) return;
    try {
      await saveDraft(database, draft);
      setDraftState('saved');
    } catch (error) {
      setStatus({ tone: 'error', text: `Your draft could not be kept: ${describeError(error)} Copy your summary somewhere safe.` });
    }
  }, []);

  const queueDraft = useCallback(
    (database: PaperboyDB, pageKey: string, capture: Capture, next: FormState) => {
      pendingDraft.current = { pageKey, capture, ...next, savedAt: services.now().toISOString() };
      setDraftState('pending');
      if (draftTimer.current) clearTimeout(draftTimer.current);
      draftTimer.current = setTimeout(() => void flushDraft(database), DRAFT_DELAY_MS);
    },
    [services, flushDraft],
  );

  /** Reads the tab in front into the form, or restores the draft kept for that page. */
  const loadPage = useCallback(
    async (database: PaperboyDB, options: { appendSelection?: boolean; prefetched?: Promise<Prefetched> } = {}) => {
      setLoading(true);
      await flushDraft(database);
      const { tab: current, reading: early } = await (options.prefetched ?? readFront(services));
      if (!current) {
        setPage(null);
        setLoading(false);
        setStatus({ tone: 'info', text: 'No page is in front. Open a page and Paperboy again.' });
        return;
      }
      setTab({ id: current.id, windowId: current.windowId });
      const reading = early ?? (await services.capturePage(current));
      let selection: string | null = null;
      if (reading.selectionHtml) {
        try {
          selection = await services.selectionToMarkdown(reading.selectionHtml);
        } catch {
          selection = null;
        }
      }
      const capture = { ...reading.capture, selection };
      setPage({ ...reading, capture });
      const [draft, same] = await Promise.all([
        getDraft(database, reading.pageKey),
        capture.url ? findPaper(database, paperKey(capture)) : Promise.resolve([]),
      ]);
      setDuplicates(same);
      let next: FormState;
      if (draft) {
        const { pageKey: _page, capture: _capture, savedAt: _saved, ...fields } = draft;
        next = fields;
        setDraftState('restored');
      } else {
        next = formFromCapture(capture, today, selection ?? '');
        setDraftState('none');
      }
      if (options.appendSelection && selection && (draft || next.summary !== selection)) {
        next = { ...next, summary: next.summary ? `${next.summary}\n\n${selection}` : selection };
        queueDraft(database, reading.pageKey, capture, next);
        // Written at once: the pending selection is already taken, and Firefox aborts the writes
        // of a popup that closes, so a draft left to the timer could be lost with it.
        void flushDraft(database);
      }
      setForm(next);
      setLoading(false);
    },
    [services, today, flushDraft, queueDraft],
  );

  const takePendingSelection = useCallback(async (database: PaperboyDB, tabId: number | null): Promise<boolean> => {
    const pending = await getSetting<{ tabId: number; at: number } | null>(database, PENDING_SELECTION_KEY, null);
    if (!pending || (tabId !== null && pending.tabId !== tabId) || Date.now() - pending.at > 60_000) return false;
    await setSetting(database, PENDING_SELECTION_KEY, null);
    return true;
  }, []);

  // Open the library, read the page, list the week.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      // Reading the page (script injection) overlaps with opening the library and reading settings.
      const prefetched = readFront(services);
      let database: PaperboyDB;
      try {
        database = await timed('open-db', () => services.openDatabase());
      } catch (error) {
        setFatal(describeError(error));
        setLoading(false);
        return;
      }
      if (cancelled) return;
      setDb(database);
      const [chosen, savedTemplate] = await Promise.all([
        getSetting<CopyFormat>(database, 'format', 'ml-news'),
        getSetting<string>(database, 'template', DEFAULT_TEMPLATE),
      ]);
      setFormatState(chosen);
      setTemplateState(savedTemplate);
      const append = await takePendingSelection(database, (await prefetched).tab?.id ?? null);
      await loadPage(database, { appendSelection: append, prefetched });
      performance.mark('paperboy:form-ready');
      await refreshList(database, today, chosen);
      performance.mark('paperboy:list-ready');
    })().catch((error) => {
      setFatal(describeError(error));
      setLoading(false);
    });
    return () => {
      cancelled = true;
    };
  }, [services, loadPage, refreshList, takePendingSelection, today]);

  // Keep every open view in step with changes made in the others.
  useEffect(() => {
    if (!db) return;
    return onLibraryChange((change) => {
      if (change.kind === 'items') {
        void refreshList(db, listDay, format);
        if (page?.capture.url) void findPaper(db, paperKey(page.capture)).then(setDuplicates);
      }
      if (change.kind === 'settings') {
        void takePendingSelection(db, tab?.id ?? null).then((yes) => (yes ? loadPage(db, { appendSelection: true }) : undefined));
      }
    });
  }, [db, listDay, format, page, tab, refreshList, takePendingSelection, loadPage]);

  // A closing popup gets one last chance to write the draft.
  useEffect(() => {
    const flush = () => void flushDraft(db);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
    };
  }, [db, flushDraft]);

  const update = useCallback(
    <K extends keyof FormState>(field: K, value: FormState[K]) => {
      setForm((previous) => {
        const next = { ...previous, [field]: value };
        if (db && page) queueDraft(db, page.pageKey, page.capture, next);
        return next;
      });
    },
    [db, page, queueDraft],
  );

  /** After a write: show the list (of `day`'s period) and duplicates as they now are, then tell the other views. */
  /**
   * After a write: the week's list and the duplicates read again, the other views told. It never
   * throws, since the write is done whatever happens here: it returns a sentence to show when the
   * list could not be read again, else ''.
   */
  const afterWrite = useCallback(
    async (database: PaperboyDB, day: string): Promise<string> => {
      try {
        await refreshList(database, day, format);
        if (page?.capture.url) setDuplicates(await findPaper(database, paperKey(page.capture)));
        return '';
      } catch (error) {
        return ` The list could not be read again: ${describeError(error)}`;
      } finally {
        announceChange('items');
        services.afterChange(database);
      }
    },
    [services, refreshList, format, page],
  );

  const save = useCallback(async () => {
    if (!db) return;
    const title = collapseSpace(form.title);
    const url = listUrl(form.url.trim()) ?? '';
    if (!title) return setStatus({ tone: 'error', text: 'A title is needed: type the title of the work.' });
    if (!isHttpUrl(url)) return setStatus({ tone: 'error', text: 'The link must be a web address starting with https:// or http://.' });
    if (!isDay(form.week)) return setStatus({ tone: 'error', text: 'Pick the day of the week this item belongs to.' });
    const capture = page?.capture;
    const now = services.now().toISOString();
    const topicsList = canonicalTopics(form.topics, topics);
    const draftKey = page?.pageKey;
    let saved: Item;
    try {
      if (draftTimer.current) clearTimeout(draftTimer.current);
      pendingDraft.current = null;
      if (form.editingId) {
        const existing = [...items, ...duplicates].find((item) => item.id === form.editingId);
        if (!existing) throw new Error('the item being edited is gone');
        saved = {
          ...existing,
          title,
          url,
          section: form.section,
          summary: normalizeSummary(form.summary),
          topics: topicsList,
          week: form.week,
          updatedAt: now,
        };
        await putItems(db, [saved], draftKey);
      } else {
        const sameCapture = capture && capture.url && paperKey(capture) === paperKey({ url });
        saved = await timed('add-item', () =>
          addItem(
            db,
            {
              id: newId(),
              title,
              url,
              authors: sameCapture ? capture.authors : [],
              published: sameCapture ? capture.published : null,
              abstract: sameCapture ? capture.abstract : null,
              arxivId: sameCapture ? capture.arxivId : null,
              siteName: sameCapture ? capture.siteName : null,
              section: form.section,
              summary: normalizeSummary(form.summary),
              topics: topicsList,
              week: form.week,
              order: 0,
              createdAt: now,
              updatedAt: now,
            },
            draftKey,
          ),
        );
      }
      setForm(formFromItem(saved));
      setDraftState('none');
      setListDay(saved.week);
    } catch (error) {
      setStatus({ tone: 'error', text: `Not saved: ${describeError(error)} Your text is still in the form.` });
      if (page) queueDraft(db, page.pageKey, page.capture, form);
      return;
    }
    // The list first, then the message: whoever reads "Saved" finds the item in its week.
    const unread = await afterWrite(db, saved.week);
    const where = periodFor(format, saved.week);
    setStatus({ tone: unread ? 'error' : 'ok', text: `Saved to ${where.label}, ${saved.section}.${unread}` });
  }, [db, form, page, items, duplicates, topics, format, services, afterWrite, queueDraft]);

  const edit = useCallback(
    (item: Item) => {
      const next = formFromItem(item);
      setForm(next);
      if (db && page) queueDraft(db, page.pageKey, page.capture, next);
      setStatus({ tone: 'info', text: `Editing \u201c${item.title}\u201d. Save keeps your changes.` });
    },
    [db, page, queueDraft],
  );

  /** Saves an item edited where it stands in the list (moving it to another section or week too). */
  const updateItem = useCallback(
    async (
      item: StoredItem,
      changes: { title: string; summary: string; section: Section; week: string; topics: string },
    ): Promise<boolean> => {
      if (!db) return false;
      const title = collapseSpace(changes.title);
      if (!title) {
        setStatus({ tone: 'error', text: 'A title is needed.' });
        return false;
      }
      if (!isDay(changes.week)) {
        setStatus({ tone: 'error', text: 'Pick the day of the week this item belongs to.' });
        return false;
      }
      const { paperKey: _key, ...rest } = item;
      const moved = changes.section !== item.section || changes.week !== item.week;
      try {
        await putItems(db, [
          {
            ...rest,
            title,
            summary: normalizeSummary(changes.summary),
            section: changes.section,
            week: changes.week,
            topics: canonicalTopics(changes.topics, topics),
            // A moved item goes to the end of its new place (orders are only compared; reordering renumbers).
            order: moved ? Date.now() : item.order,
          },
        ]);
        const unread = await afterWrite(db, listDay);
        const where = periodFor(format, changes.week);
        setStatus({
          tone: unread ? 'error' : 'ok',
          text: (moved ? `Moved “${title}” to ${where.label}, ${changes.section}.` : `Saved “${title}”.`) + unread,
        });
        return true;
      } catch (error) {
        setStatus({ tone: 'error', text: `Not saved: ${describeError(error)}` });
        return false;
      }
    },
    [db, topics, listDay, format, afterWrite],
  );

  const startOver = useCallback(async () => {
    if (!db || !page) return;
    if (draftTimer.current) clearTimeout(draftTimer.current);
    pendingDraft.current = null;
    await deleteDraft(db, page.pageKey);
    setForm(formFromCapture(page.capture, today, page.capture.selection ?? ''));
    setDraftState('none');
    setStatus(null);
  }, [db, page, today]);

  const insertAbstract = useCallback(() => {
    const abstract = page?.capture.abstract;
    if (!abstract) return;
    update('summary', form.summary.trim() ? `${form.summary.trimEnd()}\n\n${abstract}` : abstract);
  }, [page, form.summary, update]);

  const reorder = useCallback(
    async (changedItems: Item[]) => {
      if (!db || changedItems.length === 0) return;
      try {
        await putItems(db, changedItems);
        const unread = await afterWrite(db, listDay);
        if (unread) setStatus({ tone: 'error', text: `The new order is saved.${unread}` });
      } catch (error) {
        setStatus({ tone: 'error', text: `The new order was not saved: ${describeError(error)}` });
      }
    },
    [db, listDay, afterWrite],
  );

  const move = useCallback(
    (id: string, delta: number) => reorder(moveItem(items, id, delta, groupsBySection(format))),
    [items, format, reorder],
  );
  const moveTo = useCallback(
    (id: string, targetId: string) => reorder(moveItemTo(items, id, targetId, groupsBySection(format))),
    [items, format, reorder],
  );

  const remove = useCallback(
    async (item: StoredItem) => {
      if (!db) return;
      try {
        await deleteItem(db, item.id);
        setUndo(item);
        if (undoTimer.current) clearTimeout(undoTimer.current);
        undoTimer.current = setTimeout(() => setUndo(null), UNDO_MS);
        if (form.editingId === item.id && page) setForm(formFromCapture(page.capture, today));
        const unread = await afterWrite(db, listDay);
        if (unread) setStatus({ tone: 'error', text: `“${item.title}” is deleted.${unread}` });
      } catch (error) {
        setStatus({ tone: 'error', text: `Not deleted: ${describeError(error)}` });
      }
    },
    [db, form.editingId, page, today, listDay, afterWrite],
  );

  const undoDelete = useCallback(async () => {
    if (!db || !undo) return;
    const { paperKey: _key, ...item } = undo;
    await putItems(db, [item]);
    setUndo(null);
    const unread = await afterWrite(db, listDay);
    setStatus({ tone: unread ? 'error' : 'ok', text: `Restored \u201c${item.title}\u201d.${unread}` });
  }, [db, undo, listDay, afterWrite]);

  const markdown = useMemo(() => markdownFor(format, listDay, items, template), [format, listDay, items, template]);

  const copy = useCallback(async () => {
    try {
      await services.copy(markdown);
      const count = items.length;
      setStatus({ tone: 'ok', text: `Copied ${count} row${count === 1 ? '' : 's'} of ${period.label} as markdown.` });
    } catch (error) {
      setStatus({ tone: 'error', text: `The clipboard refused the text (${(error as Error).message}). Use Download instead.` });
    }
  }, [services, markdown, items.length, period.label]);

  const download = useCallback(() => services.download(fileNameFor(format, listDay), markdown), [services, format, listDay, markdown]);

  const setFormat = useCallback(
    async (next: CopyFormat) => {
      setFormatState(next);
      if (!db) return;
      await setSetting(db, 'format', next);
      await refreshList(db, listDay, next);
    },
    [db, listDay, refreshList],
  );

  const setTemplate = useCallback(
    (next: string) => {
      setTemplateState(next);
      if (db) void setSetting(db, 'template', next);
    },
    [db],
  );

  const showPeriod = useCallback(
    async (direction: -1 | 1) => {
      const next = direction < 0 ? addDays(period.start, -1) : addDays(period.end, 1);
      setListDay(next);
      if (db) await refreshList(db, next, format);
    },
    [db, period, format, refreshList],
  );

  return {
    loading,
    fatal,
    page,
    form,
    draftState,
    duplicates,
    items,
    corrupt,
    topics,
    status,
    undo,
    format,
    template,
    templateProblems: unknownPlaceholders(template),
    period,
    markdown,
    listDay,
    db,
    update,
    save,
    edit,
    updateItem,
    startOver,
    insertAbstract,
    move,
    moveTo,
    remove,
    undoDelete,
    copy,
    download,
    setFormat,
    setTemplate,
    showPeriod,
    setStatus,
    reload: () => (db ? loadPage(db) : Promise.resolve()),
    appendSelection: () => (db ? loadPage(db, { appendSelection: true }) : Promise.resolve()),
  };
}

export type Curation = ReturnType<typeof useCuration>;
