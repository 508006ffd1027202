import type { Capture, Item } from '../model';
import type { PageCapture } from '../capture/page-capture';
import { deleteDraft, getDraft, saveDraft } from '../db/library';
import type { FormState, PaperboyDB } from '../db/schema';
import { writable, type Readable } from './observable';

/**
 * The capture form and its draft. The form is filled at once from the tab (title and address), then
 * from the page once it has been read, without overwriting what the curator has typed since; every
 * change is written to the library a moment after the last keystroke, so nothing typed is lost when
 * the popup closes, and the draft comes back when the page is opened again.
 */
export type DraftState = 'none' | 'pending' | 'saved' | 'restored';

export interface DraftView {
  form: FormState;
  state: DraftState;
  /** The page in front as far as it is known; null when no page is in front. */
  page: PageCapture | null;
  /** The page is still being read (the form holds the tab's title and address meanwhile). */
  reading: boolean;
}

export interface DraftStore extends Readable<DraftView> {
  /** The tab's own title and address, shown before the page is read. */
  showTab(page: PageCapture | null): void;
  /**
   * The page as read: its draft restored if it has one, else the form filled from it. Nothing
   * happens when `isCurrent` says another page has come meanwhile. Resolves false when a selection
   * it was asked to append was not placed (another page came meanwhile, or an item is being
   * edited): the request is still owed to that page.
   */
  showPage(page: PageCapture, options?: { appendSelection?: boolean; isCurrent?: () => boolean }): Promise<boolean>;
  /** The page could not be read: the form keeps the tab's title and address, and drafts save again. */
  doneReading(): void;
  /**
   * A better capture of the same page arrived: shown, and put into the fields the curator has not
   * typed in (unless the form holds a restored draft or an item being edited).
   */
  refine(capture: Capture): void;
  update<K extends keyof FormState>(field: K, value: FormState[K]): void;
  /** The form edits `item` (the capture form's "Edit that item"). */
  edit(item: Item): void;
  /** After a save: the form shows the saved item, and the draft is gone (the library cleared it). */
  saved(item: Item): void;
  /** Throws the draft away and fills the form from the page again. */
  startOver(): Promise<void>;
  /** Writes the draft now, if a change waits (the popup is closing, or another page comes). */
  flush(): Promise<void>;
  /** Forgets a change that waits (the save that follows writes it). */
  cancelPending(): void;
  /** Writes the form as a draft again (a save failed: the text must not be lost). */
  keep(): void;
}

export interface DraftStoreOptions {
  db: Promise<PaperboyDB>;
  /** The day new items are listed under. */
  today: string;
  now(): Date;
  /** A draft write failed: say so, the text is still in the form. */
  onError(message: string): void;
  delayMs?: number;
}

const EMPTY_FORM = (today: string): FormState => ({
  title: '',
  url: '',
  section: 'Research',
  summary: '',
  topics: '',
  day: today,
  editingId: null,
});

function formFromCapture(capture: Capture, today: string, summary = ''): FormState {
  return { title: capture.title, url: capture.url, section: capture.section, summary, topics: '', day: today, editingId: null };
}

export function formFromItem(item: Item): FormState {
  return {
    title: item.title,
    url: item.url,
    section: item.section,
    summary: item.summary,
    topics: item.topics.join(', '),
    day: item.day,
    editingId: item.id,
  };
}

export function createDraftStore(options: DraftStoreOptions): DraftStore {
  const delay = options.delayMs ?? 250;
  const state = writable<DraftView>({ form: EMPTY_FORM(options.today), state: 'none', page: null, reading: false });
  // Fields the curator changed since the page came: the page's reading must not overwrite them.
  let touched = new Set<keyof FormState>();
  // The form holds a draft brought back: a better capture arriving later must not overwrite it.
  let fromDraft = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let waiting = false;

  const patch = (change: Partial<DraftView>) => state.update((view) => ({ ...view, ...change }));

  function cancelPending() {
    if (timer) clearTimeout(timer);
    timer = null;
    waiting = false;
  }

  async function flush() {
    if (!waiting) return;
    const { page, form } = state.get();
    cancelPending();
    if (!page) return;
    try {
      await saveDraft(await options.db, { pageKey: page.pageKey, capture: page.capture, ...form, savedAt: options.now().toISOString() });
      // Not for a page that came since: its own draft is not saved.
      if (!waiting && state.get().page?.pageKey === page.pageKey) patch({ state: 'saved' });
    } catch (error) {
      options.onError(`Your draft could not be kept: ${(error as Error).message} Copy your summary somewhere safe.`);
    }
  }

  function queue() {
    waiting = true;
    patch({ state: 'pending' });
    if (timer) clearTimeout(timer);
    // While the page is still being read the draft's key is not known for sure: it is written
    // once the reading is in (or at once, if the popup closes first).
    if (!state.get().reading) timer = setTimeout(() => void flush(), delay);
  }

  return {
    get: state.get,
    subscribe: state.subscribe,
    showTab(page) {
      touched = new Set();
      fromDraft = false;
      cancelPending();
      state.set({
        form: page ? formFromCapture(page.capture, options.today) : EMPTY_FORM(options.today),
        state: 'none',
        page,
        reading: page !== null,
      });
    },
    async showPage(page, { appendSelection = false, isCurrent = () => true } = {}) {
      const draft = await getDraft(await options.db, page.pageKey);
      if (!isCurrent()) return !appendSelection;
      const current = state.get().form;
      // Saved (or taken to edit) while the page was being read: the form stays as it is.
      if (current.editingId) {
        state.set({ ...state.get(), page, reading: false });
        if (waiting) queue();
        return !appendSelection;
      }
      let form: FormState;
      let draftState: DraftState;
      if (draft) {
        const { pageKey: _page, capture: _capture, savedAt: _saved, ...fields } = draft;
        form = fields;
        draftState = 'restored';
        fromDraft = true;
      } else {
        form = formFromCapture(page.capture, options.today, page.capture.selection ?? '');
        draftState = 'none';
      }
      for (const field of touched) {
        // Typed before the page was read: kept. A summary begun then joins the one brought back.
        if (field === 'summary' && draft?.summary && current.summary && !current.summary.includes(draft.summary)) {
          form = { ...form, summary: `${draft.summary}\n\n${current.summary}` };
        } else form = { ...form, [field]: current[field] };
      }
      const selection = page.capture.selection;
      const append = appendSelection && selection && (draft || form.summary !== selection);
      if (append) form = { ...form, summary: form.summary ? `${form.summary}\n\n${selection}` : selection };
      state.set({ form, state: draftState, page, reading: false });
      if (append || touched.size > 0) queue();
      // Written at once: the pending selection is already taken, and a popup that closes takes
      // its unfinished writes with it (Firefox aborts them), so a draft left to the timer could be lost.
      if (append) await flush();
      return true;
    },
    doneReading() {
      if (!state.get().reading) return;
      patch({ reading: false });
      if (waiting) queue();
    },
    refine(capture) {
      state.update((view) => {
        if (!view.page) return view;
        const page = { ...view.page, capture: { ...capture, selection: view.page.capture.selection } };
        if (fromDraft || view.form.editingId) return { ...view, page };
        const fresh = formFromCapture(capture, options.today);
        const form = { ...view.form };
        for (const field of ['title', 'url', 'section'] as const) if (!touched.has(field)) form[field] = fresh[field] as never;
        return { ...view, page, form };
      });
    },
    update(field, value) {
      touched.add(field);
      state.update((view) => ({ ...view, form: { ...view.form, [field]: value } }));
      queue();
    },
    edit(item) {
      state.update((view) => ({ ...view, form: formFromItem(item) }));
      queue();
    },
    saved(item) {
      cancelPending();
      touched = new Set();
      fromDraft = false;
      patch({ form: formFromItem(item), state: 'none' });
    },
    async startOver() {
      cancelPending();
      touched = new Set();
      fromDraft = false;
      const { page } = state.get();
      if (!page) return;
      await deleteDraft(await options.db, page.pageKey);
      patch({ form: formFromCapture(page.capture, options.today, page.capture.selection ?? ''), state: 'none' });
    },
    flush,
    cancelPending,
    keep: queue,
  };
}
