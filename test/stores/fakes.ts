import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { openLibrary } from '@/lib/db/library';
import type { PaperboyDB } from '@/lib/db/schema';
import type { LibraryChange } from '@/lib/db/changes';
import type { Capture } from '@/lib/model';
import { pageCapture, type PageCapture, type TabInfo } from '@/lib/capture/page-capture';
import type { CurationServices } from '@/lib/stores/curation';

/** A fresh library per test, on fake-indexeddb. */
export function freshLibrary(): Promise<PaperboyDB> {
  globalThis.indexedDB = new IDBFactory();
  return openLibrary();
}

export const LORA: Capture = {
  title: 'LoRA: Low-Rank Adaptation of Large Language Models',
  url: 'https://arxiv.org/abs/2106.09685',
  authors: ['Edward J. Hu', 'Yelong Shen'],
  published: '2021-06-17',
  abstract: 'An important paradigm of natural language processing.',
  arxivId: '2106.09685',
  siteName: 'arXiv',
  section: 'Research',
  selection: null,
};

export const LORA_TAB: TabInfo = {
  id: 7,
  windowId: 1,
  url: 'https://arxiv.org/abs/2106.09685v2',
  title: '[2106.09685v2] LoRA: Low-Rank Adaptation',
};

/**
 * Makes every write (put, add or delete) to the library's store `storeName` fail as a full disk does,
 * until the returned function is called. Reads and other stores work as before.
 */
export function failWritesTo(storeName: string): () => void {
  const prototype = IDBObjectStore.prototype;
  const originals = { put: prototype.put, add: prototype.add, delete: prototype.delete };
  for (const [name, original] of Object.entries(originals)) {
    Object.defineProperty(prototype, name, {
      configurable: true,
      writable: true,
      value: function (this: IDBObjectStore, ...args: unknown[]) {
        if (this.name === storeName) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return (original as (...rest: unknown[]) => unknown).apply(this, args);
      },
    });
  }
  return () => Object.assign(prototype, originals);
}

/** Services as the browser gives them, with a page reader and a clipboard the test controls. */
export class FakeServices implements CurationServices {
  tab: TabInfo | null = LORA_TAB;
  pages = new Map<number, PageCapture>([[LORA_TAB.id, pageCapture(LORA, null, null)]]);
  clipboard: string | null = null;
  clipboardFails = false;
  downloads: Array<{ fileName: string; text: string }> = [];
  announced: LibraryChange[] = [];
  listeners = new Set<(change: LibraryChange) => void>();
  clock = new Date('2025-07-22T09:00:00Z');
  /** Resolves a page reading when the test says so, to look at the form before the page is read. */
  holdReading: Promise<void> | null = null;
  /** The page reader fails (a reading that throws, which the real one never should). */
  readingFails = false;

  constructor(private readonly db: Promise<PaperboyDB>) {}

  openDatabase = () => this.db;
  activeTab = async () => this.tab;
  capturePage = async (tab: TabInfo) => {
    await this.holdReading;
    if (this.readingFails) throw new Error('the page went away');
    return this.pages.get(tab.id) ?? pageCapture({ ...LORA, title: tab.title ?? '', url: tab.url ?? '', arxivId: null }, null, null);
  };
  selectionToMarkdown = async (html: string) => html.replace(/<[^>]+>/g, '');
  copy = async (text: string) => {
    if (this.clipboardFails) throw new Error('Document is not focused');
    this.clipboard = text;
  };
  download = (fileName: string, text: string) => void this.downloads.push({ fileName, text });
  afterChange = () => undefined;
  announce = (change: LibraryChange) => void this.announced.push(change);
  onChange = (listener: (change: LibraryChange) => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  now = () => this.clock;

  /** Another view announces a change. */
  fromOtherView(change: LibraryChange) {
    for (const listener of this.listeners) listener(change);
  }
}
