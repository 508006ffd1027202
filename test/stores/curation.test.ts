import { createCuration, type Curation } from '@/lib/stores/curation';
import { writeSetting } from '@/lib/db/settings';
import { deleteItem, getDraft, listAll, saveDraft } from '@/lib/db/library';
import { pageCapture } from '@/lib/capture/page-capture';
import { failWritesTo, FakeServices, freshLibrary, LORA, LORA_TAB } from './fakes';

let services: FakeServices;
let curation: Curation;

async function open(): Promise<Curation> {
  curation = createCuration(services);
  await curation.start(await services.activeTab());
  return curation;
}

const type = (field: 'title' | 'summary' | 'topics' | 'url' | 'day', value: string) => curation.update(field, value);

beforeEach(() => {
  services = new FakeServices(freshLibrary());
});

describe('opening on a page', () => {
  it('shows the tab at once, then what the page holds', async () => {
    let release!: () => void;
    services.holdReading = new Promise((ok) => (release = ok));
    curation = createCuration(services);
    const started = curation.start(LORA_TAB);
    // The first frame: the tab's own title and address, the page still being read.
    expect(curation.draft.get()).toMatchObject({ reading: true, form: { title: LORA_TAB.title, url: 'https://arxiv.org/abs/2106.09685' } });
    release();
    await started;
    expect(curation.draft.get()).toMatchObject({
      reading: false,
      state: 'none',
      form: { title: LORA.title, section: 'Research', day: '2025-07-22' },
    });
    expect(curation.week.get()).toMatchObject({ loaded: true, items: [], period: { label: 'Week 21 - 27 July' } });
  });

  it('keeps what the curator typed before the page was read', async () => {
    let release!: () => void;
    services.holdReading = new Promise((ok) => (release = ok));
    curation = createCuration(services);
    const started = curation.start(LORA_TAB);
    type('title', 'My own title');
    release();
    await started;
    expect(curation.draft.get().form).toMatchObject({ title: 'My own title', url: LORA.url });
    await curation.flushDraft();
    expect((await getDraft(await services.openDatabase(), 'arxiv:2106.09685'))?.title).toBe('My own title');
  });

  it('says so when no page is in front', async () => {
    services.tab = null;
    await open();
    expect(curation.status.get()?.text).toMatch(/No page is in front/);
    expect(curation.draft.get().page).toBeNull();
  });
});

describe('saving, editing, moving', () => {
  it('saves the form, lists the item in its week and section, and clears the draft', async () => {
    await open();
    type('summary', 'Low-rank adapters.');
    type('topics', 'fine-tuning');
    await curation.save();
    expect(curation.status.get()).toEqual({ tone: 'ok', text: 'Saved to Week 21 - 27 July, Research.' });
    expect(curation.week.get().items.map((i) => [i.title, i.summary, i.topics])).toEqual([
      [LORA.title, 'Low-rank adapters.', ['fine-tuning']],
    ]);
    expect(curation.duplicates.get()).toHaveLength(1);
    expect(await getDraft(await services.openDatabase(), 'arxiv:2106.09685')).toBeUndefined();
    expect(services.announced).toContainEqual({ kind: 'items' });
    // The form now edits the saved item: saving again changes it, never adds a second.
    type('summary', 'Edited.');
    await curation.save();
    expect((await listAll(await services.openDatabase())).items.map((i) => i.summary)).toEqual(['Edited.']);
  });

  it('refuses an item without a title, keeping the text', async () => {
    await open();
    type('title', '   ');
    type('summary', 'Keep me');
    await curation.save();
    expect(curation.status.get()).toEqual({ tone: 'error', text: 'A title is needed: type the title of the work.' });
    expect(curation.draft.get().form.summary).toBe('Keep me');
  });

  it('offers the paper already listed, and edits it in place through the capture form', async () => {
    await open();
    await curation.save();
    services.pages.set(8, pageCapture({ ...LORA, url: 'https://huggingface.co/papers/2106.09685', siteName: 'Hugging Face' }, null, null));
    services.tab = { id: 8, windowId: 1, url: 'https://huggingface.co/papers/2106.09685', title: 'Paper page - LoRA' };
    await open();
    const [duplicate] = curation.duplicates.get();
    expect(duplicate?.title).toBe(LORA.title);
    curation.edit(duplicate!);
    type('summary', 'Edited, not added twice.');
    await curation.save();
    const { items } = await listAll(await services.openDatabase());
    expect(items.map((i) => i.summary)).toEqual(['Edited, not added twice.']);
  });

  it('moves an item edited into another section to the end of that section, in either editor', async () => {
    await open();
    await curation.save();
    const db = await services.openDatabase();
    for (const [id, title, section] of [
      [9, 'News one', 'News'],
      [10, 'News two', 'News'],
      [11, 'A resource', 'Resources'],
    ] as const) {
      services.pages.set(id, pageCapture({ ...LORA, title, url: `https://example.com/${id}`, arxivId: null, section }, null, null));
      services.tab = { id, windowId: 1, url: `https://example.com/${id}`, title };
      await open();
      await curation.save();
    }
    const resource = curation.week.get().items.find((i) => i.title === 'A resource')!;
    expect(
      await curation.saveItem(resource, { title: resource.title, summary: 'Moved.', section: 'News', day: resource.day, topics: '' }),
    ).toBe(true);
    expect(curation.status.get()?.text).toBe('Moved “A resource” to Week 21 - 27 July, News.');
    const news = curation.week
      .get()
      .items.filter((i) => i.section === 'News')
      .map((i) => i.title);
    expect(news).toEqual(['News one', 'News two', 'A resource']);

    // The capture form's editor follows the same rule.
    const first = curation.week.get().items.find((i) => i.title === 'News one')!;
    curation.edit(first);
    curation.update('section', 'Resources');
    await curation.save();
    expect(curation.week.get().items.map((i) => [i.section, i.title])).toEqual([
      ['Research', LORA.title],
      ['News', 'News two'],
      ['News', 'A resource'],
      ['Resources', 'News one'],
    ]);
    expect((await listAll(db)).items).toHaveLength(4);
  });

  it('the inline editor refuses a bad week with the same words', async () => {
    await open();
    await curation.save();
    const [item] = curation.week.get().items;
    expect(await curation.saveItem(item!, { title: 'x', summary: '', section: 'Research', day: 'soon', topics: '' })).toBe(false);
    expect(curation.status.get()?.text).toBe('Pick the day of the week this item belongs to.');
  });

  it('shows the list as written after a reorder, a delete and its undo (the week store does the writing)', async () => {
    await open();
    await curation.save();
    for (const id of [20, 21]) {
      services.pages.set(id, pageCapture({ ...LORA, title: `Paper ${id}`, url: `https://example.com/${id}`, arxivId: null }, null, null));
      services.tab = { id, windowId: 1, url: `https://example.com/${id}`, title: `Paper ${id}` };
      await open();
      await curation.save();
    }
    const titles = () => curation.week.get().items.map((i) => i.title);
    expect(titles()).toEqual([LORA.title, 'Paper 20', 'Paper 21']);
    await curation.move(curation.week.get().items[2]!.id, -1);
    expect(titles()).toEqual([LORA.title, 'Paper 21', 'Paper 20']);

    const deleted = curation.week.get().items[0]!;
    await curation.remove(deleted);
    expect(titles()).toEqual(['Paper 21', 'Paper 20']);
    expect(curation.week.get().undo?.id).toBe(deleted.id);
    await curation.undoDelete();
    expect(titles()).toEqual([LORA.title, 'Paper 21', 'Paper 20']);
    expect(curation.status.get()?.text).toBe(`Restored “${LORA.title}”.`);
  });
});

describe('the context menu\u2019s pending selection', () => {
  it('is appended to the summary once, for its own tab only', async () => {
    const db = await services.openDatabase();
    services.pages.set(LORA_TAB.id, pageCapture(LORA, '<p>Selected <b>text</b></p>', null));
    await writeSetting(db, 'pendingSelection', { tabId: 99, at: services.clock.getTime() });
    await open();
    // Another tab's request is left alone.
    expect(curation.draft.get().form.summary).toBe('Selected text');
    expect(curation.settings.get().pendingSelection).toEqual({ tabId: 99, at: services.clock.getTime() });

    type('summary', 'My start.');
    await writeSetting(db, 'pendingSelection', { tabId: LORA_TAB.id, at: services.clock.getTime() });
    await curation.onLibraryChange({ kind: 'settings', key: 'pendingSelection' });
    expect(curation.draft.get().form.summary).toBe('My start.\n\nSelected text');
    expect(curation.settings.get().pendingSelection).toBeNull();
    // Taken once: the same announcement again changes nothing.
    await curation.onLibraryChange({ kind: 'settings', key: 'pendingSelection' });
    expect(curation.draft.get().form.summary).toBe('My start.\n\nSelected text');
  });

  it('is honoured by the read of its tab that overtakes the read that took it, once', async () => {
    const db = await services.openDatabase();
    services.pages.set(LORA_TAB.id, pageCapture(LORA, '<p>Selected text</p>', null));
    const form = { title: LORA.title, url: LORA.url, section: 'Research' as const, summary: 'My start.', topics: '', day: '2025-07-22' };
    await saveDraft(db, { ...form, editingId: null, pageKey: 'arxiv:2106.09685', capture: LORA, savedAt: services.clock.toISOString() });
    await writeSetting(db, 'pendingSelection', { tabId: LORA_TAB.id, at: services.clock.getTime() });
    // The moment the request is taken (and announced), the tab is read again: the first read is
    // overtaken, and the request it took is owed to the next read of its tab.
    let overtaking: Promise<void> | null = null;
    const announce = services.announce;
    services.announce = (change) => {
      announce(change);
      if (change.kind === 'settings' && change.key === 'pendingSelection' && !overtaking) overtaking = curation.start(LORA_TAB);
    };
    curation = createCuration(services);
    await curation.start(LORA_TAB);
    await overtaking;
    expect(overtaking).not.toBeNull();
    expect(curation.settings.get().pendingSelection).toBeNull();
    expect(curation.draft.get().form.summary).toBe('My start.\n\nSelected text');
    expect((await getDraft(db, 'arxiv:2106.09685'))?.summary).toBe('My start.\n\nSelected text');
    // Honoured once: the next read brings the draft back as it is.
    await curation.reloadPage();
    expect(curation.draft.get()).toMatchObject({ state: 'restored', form: { summary: 'My start.\n\nSelected text' } });
  });

  it('is still owed to its tab when a read of another tab overtakes the read that took it', async () => {
    const db = await services.openDatabase();
    const other = { ...LORA_TAB, id: LORA_TAB.id + 1, url: 'https://blog.example/post', title: 'Another page' };
    services.pages.set(LORA_TAB.id, pageCapture(LORA, '<p>Selected text</p>', null));
    services.pages.set(other.id, pageCapture({ ...LORA, url: other.url, title: other.title, arxivId: null }, null, null));
    const form = { title: LORA.title, url: LORA.url, section: 'Research' as const, summary: 'My start.', topics: '', day: '2025-07-22' };
    await saveDraft(db, { ...form, editingId: null, pageKey: 'arxiv:2106.09685', capture: LORA, savedAt: services.clock.toISOString() });
    await writeSetting(db, 'pendingSelection', { tabId: LORA_TAB.id, at: services.clock.getTime() });
    // The moment the request is taken, the curator switches to another tab: the read that took it
    // is overtaken before it could place the selection.
    let overtaking: Promise<void> | null = null;
    const announce = services.announce;
    services.announce = (change) => {
      announce(change);
      if (change.kind === 'settings' && change.key === 'pendingSelection' && !overtaking) overtaking = curation.start(other);
    };
    curation = createCuration(services);
    await curation.start(LORA_TAB);
    await overtaking;
    expect(curation.draft.get().form.title).toBe('Another page');
    expect(curation.settings.get().pendingSelection).toBeNull();
    // Back on its tab, the selection taken from the context menu is placed, once.
    services.tab = LORA_TAB;
    await curation.reloadPage();
    expect(curation.draft.get().form.summary).toBe('My start.\n\nSelected text');
    await curation.reloadPage();
    expect(curation.draft.get().form.summary).toBe('My start.\n\nSelected text');
  });

  it('is stale after a minute', async () => {
    const db = await services.openDatabase();
    services.pages.set(LORA_TAB.id, pageCapture(LORA, '<p>Old selection</p>', null));
    await writeSetting(db, 'pendingSelection', { tabId: LORA_TAB.id, at: services.clock.getTime() - 61_000 });
    await open();
    type('summary', 'Mine.');
    await curation.onLibraryChange({ kind: 'settings', key: 'pendingSelection' });
    expect(curation.draft.get().form.summary).toBe('Mine.');
  });
});

describe('settings and copying', () => {
  it('remembers the format, tells the other views, and follows theirs', async () => {
    await open();
    curation.listen();
    await curation.save();
    await curation.setFormat('compass');
    expect(services.announced).toContainEqual({ kind: 'settings', key: 'format' });
    expect(curation.week.get().period.label).toBe('Week 4/4 of July 2025');
    expect(curation.markdown()).toContain('| [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/pdf/2106.09685) |');

    await writeSetting(await services.openDatabase(), 'format', 'ml-news');
    services.fromOtherView({ kind: 'settings', key: 'format' });
    await vi.waitFor(() => expect(curation.settings.get().format).toBe('ml-news'));
    expect(curation.markdown()).toContain('# ML news: Week 21 - 27 July');
  });

  it('copies the week, and says what to do when the clipboard refuses', async () => {
    await open();
    await curation.save();
    await curation.copy();
    expect(services.clipboard).toBe(curation.markdown());
    expect(curation.status.get()?.text).toBe('Copied 1 row of Week 21 - 27 July as markdown.');
    services.clipboardFails = true;
    await curation.copy();
    expect(curation.status.get()).toEqual({
      tone: 'error',
      text: 'The clipboard refused the text (Document is not focused). Use Download instead.',
    });
    curation.download();
    expect(services.downloads[0]).toMatchObject({ fileName: 'ml-news-2025-07-21.md' });
  });

  it('shows another view\u2019s new item', async () => {
    await open();
    const other = createCuration(services);
    await other.start(LORA_TAB);
    await other.save();
    expect(curation.week.get().items).toHaveLength(0);
    await curation.onLibraryChange({ kind: 'items' });
    expect(curation.week.get().items).toHaveLength(1);
    expect(curation.duplicates.get()).toHaveLength(1);
  });
});

describe('a better source for the same page', () => {
  it('refines the fields the curator has not typed in, when it answers', async () => {
    let answer!: (capture: typeof LORA | null) => void;
    const page = pageCapture({ ...LORA, published: null, authors: [], title: 'LoRA (HTML rendering)' }, null, null);
    page.refined = new Promise((ok) => (answer = ok));
    services.pages.set(LORA_TAB.id, page);
    await open();
    expect(curation.draft.get().form.title).toBe('LoRA (HTML rendering)');
    curation.update('section', 'News');
    answer(LORA);
    await vi.waitFor(() => expect(curation.draft.get().page?.capture.published).toBe('2021-06-17'));
    expect(curation.draft.get().form).toMatchObject({ title: LORA.title, section: 'News' });
  });

  it('changes nothing when it fails', async () => {
    const page = pageCapture({ ...LORA, title: 'From the page' }, null, null);
    page.refined = Promise.resolve(null);
    services.pages.set(LORA_TAB.id, page);
    await open();
    await new Promise((ok) => setTimeout(ok, 10));
    expect(curation.draft.get().form.title).toBe('From the page');
  });
});

describe('reads that race or fail', () => {
  it('never lets a late better capture overwrite a draft brought back', async () => {
    await open();
    type('title', 'MY OLD TITLE');
    await curation.flushDraft();
    let answer!: (capture: typeof LORA | null) => void;
    const page = pageCapture(LORA, null, null);
    page.refined = new Promise((ok) => (answer = ok));
    services.pages.set(LORA_TAB.id, page);
    await open();
    type('summary', 'typing on');
    answer({ ...LORA, title: 'Refined title' });
    await vi.waitFor(() => expect(curation.draft.get().page?.capture.title).toBe('Refined title'));
    expect(curation.draft.get().form.title).toBe('MY OLD TITLE');
  });

  it('shows the newest tab when an older read finishes last', async () => {
    await open();
    let release!: () => void;
    services.holdReading = new Promise((ok) => (release = ok));
    const first = curation.reloadPage();
    services.holdReading = null;
    services.pages.set(30, pageCapture({ ...LORA, title: 'Tab B', url: 'https://example.com/b', arxivId: null }, null, null));
    services.tab = { id: 30, windowId: 1, url: 'https://example.com/b', title: 'Tab B' };
    await curation.reloadPage();
    release();
    await first;
    expect(curation.draft.get()).toMatchObject({ reading: false, form: { title: 'Tab B' }, page: { pageKey: 'example.com/b' } });
  });

  it('ends the reading when the page cannot be read, and drafts save again', async () => {
    services.readingFails = true;
    await open();
    expect(curation.draft.get().reading).toBe(false);
    expect(curation.status.get()?.text).toMatch(/could not be read: the page went away/);
    expect(curation.boot.get().fatal).toBeNull();
    type('summary', 'still kept');
    await vi.waitFor(() => expect(curation.draft.get().state).toBe('saved'));
  });

  it('says why the library cannot be used when it cannot be opened, and nothing else', async () => {
    services = new FakeServices(Promise.reject(new Error('This library was written by a newer Paperboy.')));
    await open();
    expect(curation.boot.get()).toEqual({ fatal: 'This library was written by a newer Paperboy.', ready: false });
    expect(curation.status.get()).toBeNull();
    // The form still shows the tab, and is not left reading.
    expect(curation.draft.get()).toMatchObject({ reading: false, form: { title: LORA_TAB.title } });
  });

  it('says so when the side panel cannot read the page it follows', async () => {
    await open();
    services.readingFails = true;
    await curation.reloadPage();
    expect(curation.status.get()).toEqual({ tone: 'error', text: 'The page could not be read: the page went away' });
    expect(curation.draft.get().reading).toBe(false);
  });

  it('keeps an item saved while the page was still being read in the form, so Save edits it', async () => {
    let release!: () => void;
    services.holdReading = new Promise((ok) => (release = ok));
    curation = createCuration(services);
    const started = curation.start(LORA_TAB);
    await vi.waitFor(() => expect(curation.boot.get().ready).toBe(true));
    type('summary', 'Saved early.');
    await curation.save();
    const saved = curation.draft.get().form.editingId;
    expect(saved).not.toBeNull();
    release();
    await started;
    expect(curation.draft.get().form).toMatchObject({ editingId: saved, summary: 'Saved early.' });
  });
});

describe('failures are said, and nothing typed is lost', () => {
  it('keeps the text when a save fails, says why, and writes it as a draft again', async () => {
    await open();
    type('summary', 'Do not lose me');
    const restore = failWritesTo('items');
    try {
      await curation.save();
    } finally {
      restore();
    }
    expect(curation.status.get()).toEqual({
      tone: 'error',
      text: expect.stringMatching(/^Not saved: The disk is full.* Your text is still in the form\.$/),
    });
    expect(curation.draft.get().form).toMatchObject({ summary: 'Do not lose me', editingId: null });
    await vi.waitFor(async () =>
      expect((await getDraft(await services.openDatabase(), 'arxiv:2106.09685'))?.summary).toBe('Do not lose me'),
    );
    expect((await listAll(await services.openDatabase())).items).toEqual([]);
  });

  it('refuses to save an edit of an item deleted meanwhile, keeping the text', async () => {
    await open();
    await curation.save();
    const [item] = curation.week.get().items;
    await deleteItem(await services.openDatabase(), item!.id);
    await curation.onLibraryChange({ kind: 'items' });
    type('summary', 'Edited after all');
    await curation.save();
    expect(curation.status.get()).toEqual({
      tone: 'error',
      text: 'Not saved: the item being edited is gone. Your text is still in the form.',
    });
    expect(curation.draft.get().form.summary).toBe('Edited after all');
  });

  it('says when a new order, a deletion or a restore was not written', async () => {
    await open();
    await curation.save();
    services.tab = { id: 40, windowId: 1, url: 'https://example.com/40', title: 'Second' };
    await open();
    await curation.save();
    const [first, second] = curation.week.get().items;
    const announcedBefore = services.announced.length;
    let restore = failWritesTo('items');
    try {
      await curation.move(second!.id, -1);
      expect(curation.status.get()).toEqual({
        tone: 'error',
        text: expect.stringMatching(/^The new order was not saved: The disk is full/),
      });
      await curation.remove(first!);
      expect(curation.status.get()).toEqual({ tone: 'error', text: expect.stringMatching(/^Not deleted: The disk is full/) });
    } finally {
      restore();
    }
    // Nothing written, so nothing to tell the other views.
    expect(services.announced.length).toBe(announcedBefore);
    expect(curation.week.get().items.map((i) => i.title)).toEqual([first!.title, second!.title]);
    await curation.remove(first!);
    restore = failWritesTo('items');
    try {
      await curation.undoDelete();
      expect(curation.status.get()).toEqual({ tone: 'error', text: expect.stringMatching(/^Not restored: The disk is full/) });
    } finally {
      restore();
    }
    expect(curation.week.get().items.map((i) => i.title)).toEqual([second!.title]);
    await curation.undoDelete();
    expect(curation.status.get()?.text).toBe(`Restored \u201c${first!.title}\u201d.`);
    expect(curation.week.get().items.map((i) => i.title)).toEqual([first!.title, second!.title]);
  });

  it('says when a format or template is not remembered, showing the one kept', async () => {
    await open();
    const restore = failWritesTo('settings');
    try {
      await curation.setFormat('compass');
      expect(curation.status.get()?.text).toMatch(/^The format was not remembered: The disk is full/);
      await curation.setTemplate('{title}');
      expect(curation.status.get()?.text).toMatch(/^The template was not remembered: The disk is full/);
    } finally {
      restore();
    }
    expect(curation.settings.get()).toMatchObject({ format: 'ml-news', template: '- [{title}]({url}): {summary}' });
    expect(curation.week.get().period.label).toBe('Week 21 - 27 July');
    expect(services.announced.filter((change) => change.kind === 'settings')).toEqual([]);
  });
});

describe('the item being edited, and the duplicates', () => {
  it('starts the form over when the item it edits is deleted, and offers no duplicate any more', async () => {
    await open();
    await curation.save();
    expect(curation.duplicates.get()).toHaveLength(1);
    const [item] = curation.week.get().items;
    expect(curation.draft.get().form.editingId).toBe(item!.id);
    await curation.remove(item!);
    await vi.waitFor(() => expect(curation.draft.get().form.editingId).toBeNull());
    expect(curation.duplicates.get()).toEqual([]);
    expect(services.announced).toContainEqual({ kind: 'items' });
  });

  it('offers no duplicate for a page without an address, even beside an item waiting for its link', async () => {
    await open();
    await curation.importRows([
      { title: 'A chat', url: '', section: 'News', summary: '', topics: [], day: '2025-07-22', arxivId: null, line: 3 },
    ]);
    services.pages.set(50, pageCapture({ ...LORA, url: '', arxivId: null, title: 'A chat' }, null, null));
    services.tab = { id: 50, windowId: 1, url: undefined, title: 'A chat' };
    await open();
    expect(curation.week.get().items.map((i) => i.title)).toContain('A chat');
    expect(curation.duplicates.get()).toEqual([]);
  });
});

describe('other actions', () => {
  it('adds the abstract to the summary, after what is typed', async () => {
    await open();
    curation.insertAbstract();
    expect(curation.draft.get().form.summary).toBe(LORA.abstract);
    type('summary', 'My words.  ');
    curation.insertAbstract();
    expect(curation.draft.get().form.summary).toBe(`My words.\n\n${LORA.abstract}`);
  });

  it('imports rows from the list on GitHub, skipping those already held, and lists them', async () => {
    await open();
    await curation.save();
    const row = {
      title: 'Row from GitHub',
      url: 'https://example.com/row',
      section: 'News' as const,
      summary: 'S',
      topics: [],
      day: '2025-07-22',
    };
    await curation.importRows([
      { ...row, arxivId: null, line: 12 },
      { ...row, title: LORA.title, url: LORA.url, section: 'Research', arxivId: '2106.09685', line: 13 },
    ]);
    expect(curation.status.get()).toEqual({
      tone: 'ok',
      text: 'Imported 1 row from the list on GitHub; 1 already held were skipped.',
    });
    expect(curation.week.get().items.map((i) => i.title)).toEqual([LORA.title, 'Row from GitHub']);
  });

  it('says how many copied rows still need a link', async () => {
    await open();
    await curation.importRows([
      { title: 'Chips and Policy', url: '', section: 'News', summary: '', topics: [], day: '2025-07-22', arxivId: null, line: 3 },
    ]);
    await curation.copy();
    expect(curation.status.get()).toEqual({
      tone: 'error',
      text: 'Copied 1 row of Week 21 - 27 July as markdown. 1 of them still needs a link: their rows have an empty link.',
    });
  });

  it('steps to another week, and says when it or another view\u2019s change cannot be read', async () => {
    await open();
    await curation.showPeriod(-1);
    expect(curation.week.get().period.label).toBe('Week 14 - 20 July');
    (await services.openDatabase()).close();
    await curation.showPeriod(-1);
    expect(curation.status.get()?.text).toMatch(/^That week could not be read: /);
    await curation.onLibraryChange({ kind: 'items' });
    expect(curation.status.get()?.text).toMatch(/^The library changed in another view, but could not be read again: /);
  });
});
