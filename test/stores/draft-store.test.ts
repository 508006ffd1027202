import { createDraftStore, formFromItem, type DraftStore } from '@/lib/stores/draft-store';
import { getDraft, saveDraft } from '@/lib/db/library';
import type { Draft, PaperboyDB } from '@/lib/db/schema';
import { pageCapture, type PageCapture } from '@/lib/capture/page-capture';
import { itemFrom } from '@/lib/model';
import { failWritesTo, freshLibrary, LORA } from './fakes';

const TODAY = '2025-07-22';
const NOW = new Date('2025-07-22T09:00:00Z');
const KEY = 'arxiv:2106.09685';

let db: Promise<PaperboyDB>;
let errors: string[];
let draft: DraftStore;

function store(delayMs = 5): DraftStore {
  return createDraftStore({ db, today: TODAY, now: () => NOW, onError: (message) => errors.push(message), delayMs });
}

const lora = (selection: string | null = null): PageCapture => pageCapture({ ...LORA, selection }, null, null);
const stored = async () => getDraft(await db, KEY);
const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function keepDraft(fields: Partial<Draft>) {
  await saveDraft(await db, {
    pageKey: KEY,
    capture: LORA,
    title: LORA.title,
    url: LORA.url,
    section: 'Research',
    summary: '',
    topics: '',
    day: TODAY,
    editingId: null,
    savedAt: NOW.toISOString(),
    ...fields,
  });
}

/** The popup as it opens on LoRA's page: the tab first, then the page as read. */
async function openOnLora(page = lora(), options?: Parameters<DraftStore['showPage']>[1]) {
  draft.showTab(page);
  await draft.showPage(page, options);
}

beforeEach(() => {
  db = freshLibrary();
  errors = [];
  draft = store();
});

describe('filling the form', () => {
  it('starts empty, on today, with no page', () => {
    expect(draft.get()).toEqual({
      form: { title: '', url: '', section: 'Research', summary: '', topics: '', day: TODAY, editingId: null },
      state: 'none',
      page: null,
      reading: false,
    });
  });

  it('shows the tab while the page is read, then the page (its selection as the summary)', async () => {
    const tab = pageCapture({ ...LORA, title: '[2106.09685] LoRA', authors: [] }, null, null);
    draft.showTab(tab);
    expect(draft.get()).toMatchObject({ reading: true, page: tab, form: { title: '[2106.09685] LoRA', day: TODAY } });
    await draft.showPage(lora('Selected words'));
    expect(draft.get()).toMatchObject({ reading: false, state: 'none', form: { title: LORA.title, summary: 'Selected words' } });
  });

  it('with no page in front: an empty form, not reading', () => {
    draft.showTab(lora());
    draft.showTab(null);
    expect(draft.get()).toMatchObject({ page: null, reading: false, form: { title: '', url: '' } });
  });

  it('ignores a page read after another page came', async () => {
    draft.showTab(lora());
    await draft.showPage(pageCapture({ ...LORA, title: 'Late' }, null, null), { isCurrent: () => false });
    expect(draft.get()).toMatchObject({ reading: true, form: { title: LORA.title } });
  });

  it('keeps the fields typed before the page was read', async () => {
    draft.showTab(pageCapture({ ...LORA, title: 'Tab title' }, null, null));
    draft.update('title', 'My title');
    await draft.showPage(pageCapture({ ...LORA, section: 'News' }, null, null));
    expect(draft.get().form).toMatchObject({ title: 'My title', section: 'News' });
  });
});

describe('drafts saved as the curator types', () => {
  it('writes the form a moment after the last change, and brings it back in the next popup', async () => {
    await openOnLora();
    draft.update('summary', 'Half');
    draft.update('summary', 'Half-written thoughts');
    expect(draft.get().state).toBe('pending');
    await vi.waitFor(() => expect(draft.get().state).toBe('saved'));
    expect(await stored()).toMatchObject({ pageKey: KEY, summary: 'Half-written thoughts', savedAt: NOW.toISOString(), capture: LORA });

    draft = store(); // the popup closed and opened again on the same page
    await openOnLora();
    expect(draft.get()).toMatchObject({ state: 'restored', form: { summary: 'Half-written thoughts', title: LORA.title } });
  });

  it('writes a waiting change at once when flushed (the popup closes)', async () => {
    draft = store(60_000);
    await openOnLora();
    draft.update('summary', 'Typed just before closing');
    await draft.flush();
    expect(draft.get().state).toBe('saved');
    expect((await stored())?.summary).toBe('Typed just before closing');
  });

  it('writes nothing when nothing waits, or no page is in front', async () => {
    await openOnLora();
    await draft.flush();
    expect(await stored()).toBeUndefined();
    draft.showTab(null);
    draft.update('summary', 'nowhere to keep it');
    await draft.flush();
    expect(await (await db).count('drafts')).toBe(0);
    expect(draft.get().form.summary).toBe('nowhere to keep it');
  });

  it('waits for the page to be read before writing (the draft key is not known until then)', async () => {
    draft.showTab(lora());
    draft.update('summary', 'early');
    await pause(30);
    expect(await stored()).toBeUndefined();
    expect(draft.get().state).toBe('pending');
    await draft.showPage(lora());
    await vi.waitFor(() => expect(draft.get().state).toBe('saved'));
    expect((await stored())?.summary).toBe('early');
  });

  it('writes again once a page that could not be read is given up on', async () => {
    draft.showTab(lora());
    draft.update('summary', 'still kept');
    draft.doneReading();
    expect(draft.get().reading).toBe(false);
    await vi.waitFor(() => expect(draft.get().state).toBe('saved'));
    expect((await stored())?.summary).toBe('still kept');
  });

  it('reports a write that fails, keeping the text in the form', async () => {
    await openOnLora();
    const restore = failWritesTo('drafts');
    try {
      draft.update('summary', 'Precious words');
      await draft.flush();
    } finally {
      restore();
    }
    expect(errors).toEqual([
      expect.stringMatching(/^Your draft could not be kept: The disk is full.* Copy your summary somewhere safe\.$/),
    ]);
    expect(draft.get().form.summary).toBe('Precious words');
    expect(draft.get().state).not.toBe('saved');
    expect(await stored()).toBeUndefined();
  });

  it('does not mark a page that came meanwhile as saved', async () => {
    draft = store(60_000);
    await openOnLora();
    draft.update('summary', 'for LoRA');
    const flushed = draft.flush();
    const other = pageCapture({ ...LORA, title: 'Other', url: 'https://example.com/other', arxivId: null }, null, null);
    draft.showTab(other);
    await flushed;
    expect((await stored())?.summary).toBe('for LoRA');
    expect(draft.get()).toMatchObject({ state: 'none', page: { pageKey: 'example.com/other' } });
  });

  it('forgets a waiting change when cancelled, and writes it again when asked to keep it', async () => {
    await openOnLora();
    draft.update('summary', 'about to be saved');
    draft.cancelPending();
    await pause(30);
    expect(await stored()).toBeUndefined();
    draft.keep(); // the save failed: the text must not be lost
    await vi.waitFor(() => expect(draft.get().state).toBe('saved'));
    expect((await stored())?.summary).toBe('about to be saved');
  });
});

describe('a draft brought back', () => {
  it('joins a summary typed before the page was read after the one brought back', async () => {
    await keepDraft({ summary: 'From last time.' });
    draft.showTab(lora());
    draft.update('summary', 'Typed now.');
    await draft.showPage(lora());
    expect(draft.get().form.summary).toBe('From last time.\n\nTyped now.');
    // The joined text is a change: it waits to be written.
    expect(draft.get().state).toBe('pending');
    await vi.waitFor(async () => expect((await stored())?.summary).toBe('From last time.\n\nTyped now.'));
  });

  it('is thrown away by Start over, and the form filled from the page again', async () => {
    await keepDraft({ summary: 'Old', title: 'Old title' });
    await openOnLora(lora('The selection'));
    await draft.startOver();
    expect(draft.get()).toMatchObject({ state: 'none', form: { title: LORA.title, summary: 'The selection' } });
    expect(await stored()).toBeUndefined();
  });
});

describe('the context menu\u2019s selection', () => {
  it('is appended to a draft brought back and written at once', async () => {
    await keepDraft({ summary: 'My start.' });
    draft = store(60_000);
    await openOnLora(lora('Selected text'), { appendSelection: true });
    expect(draft.get().form.summary).toBe('My start.\n\nSelected text');
    // Not left to the timer: a popup that closes would lose it.
    expect((await stored())?.summary).toBe('My start.\n\nSelected text');
  });

  it('is not appended twice when the form was filled from it', async () => {
    await openOnLora(lora('Selected text'), { appendSelection: true });
    expect(draft.get().form.summary).toBe('Selected text');
    expect(draft.get().state).toBe('none');
    expect(await stored()).toBeUndefined();
  });

  it('follows what the curator typed before the page was read', async () => {
    draft.showTab(lora());
    draft.update('summary', 'Mine.');
    await draft.showPage(lora('Selected'), { appendSelection: true });
    expect(draft.get().form.summary).toBe('Mine.\n\nSelected');
  });

  it('says when it could not place the selection, so that it stays owed', async () => {
    draft.showTab(lora());
    expect(await draft.showPage(lora('Selected'), { appendSelection: true, isCurrent: () => false })).toBe(false);
    expect(draft.get().form.summary).toBe('');
    expect(await draft.showPage(lora('Selected'), { isCurrent: () => false })).toBe(true);
    expect(await draft.showPage(lora('Selected'), { appendSelection: true })).toBe(true);
    expect(draft.get().form.summary).toBe('Selected');
  });
});

describe('a better capture of the same page', () => {
  const better = { ...LORA, title: 'Better title', section: 'News' as const, published: '2021-06-18' };

  it('fills the fields the curator has not typed in, and keeps the page\u2019s selection', async () => {
    await openOnLora(pageCapture({ ...LORA, title: 'Worse title', selection: 'sel' }, null, null));
    draft.update('section', 'Perspectives');
    draft.refine(better);
    expect(draft.get().form).toMatchObject({ title: 'Better title', section: 'Perspectives' });
    expect(draft.get().page?.capture).toMatchObject({ published: '2021-06-18', selection: 'sel' });
  });

  it('changes no field of a draft brought back, or of an item being edited', async () => {
    await keepDraft({ title: 'MY OLD TITLE' });
    await openOnLora();
    draft.refine(better);
    expect(draft.get().form.title).toBe('MY OLD TITLE');
    expect(draft.get().page?.capture.title).toBe('Better title');

    draft = store();
    await openOnLora(pageCapture({ ...LORA, url: 'https://example.com/x', arxivId: null }, null, null));
    draft.edit(itemFrom({ title: 'Edited', url: 'https://example.com/x', section: 'News', summary: '', topics: [], day: TODAY }));
    draft.refine(better);
    expect(draft.get().form.title).toBe('Edited');
  });

  it('does nothing with no page in front', () => {
    draft.refine(better);
    expect(draft.get()).toMatchObject({ page: null, form: { title: '' } });
  });
});

describe('editing and saving', () => {
  const item = { ...itemFrom({ title: 'LoRA', url: LORA.url, section: 'Research', summary: 'S', topics: ['A', 'B'], day: '2025-07-21' }) };

  it('shows an item to edit with its topics as typed, and writes that as the draft', async () => {
    expect(formFromItem(item)).toEqual({
      title: 'LoRA',
      url: LORA.url,
      section: 'Research',
      summary: 'S',
      topics: 'A, B',
      day: '2025-07-21',
      editingId: item.id,
    });
    await openOnLora();
    draft.edit(item);
    expect(draft.get().form.editingId).toBe(item.id);
    await vi.waitFor(async () => expect((await stored())?.editingId).toBe(item.id));
  });

  it('after a save, shows the saved item and writes no draft', async () => {
    draft = store(20);
    await openOnLora();
    draft.update('summary', 'S');
    draft.saved(item);
    expect(draft.get()).toMatchObject({ state: 'none', form: { editingId: item.id, topics: 'A, B' } });
    await pause(60);
    expect(await stored()).toBeUndefined();
  });

  it('keeps an item saved while the page was read in the form, and the page comes in', async () => {
    draft.showTab(lora());
    draft.saved(item);
    await draft.showPage(pageCapture({ ...LORA, title: 'As read' }, null, null));
    expect(draft.get()).toMatchObject({
      reading: false,
      page: { capture: { title: 'As read' } },
      form: { title: 'LoRA', editingId: item.id },
    });
  });
});
