import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Capture, Item, Section } from '../model';

/** The only file that knows the database's store and index names. */
export const DB_NAME = 'paperboy';

export interface StoredItem extends Item {
  /** `arxiv:ID`, else the cleaned address: the key two captures of one paper share. */
  paperKey: string;
}

/** The capture form's fields as the curator sees them (topics as typed, comma-separated). */
export interface FormState {
  title: string;
  url: string;
  section: Section;
  summary: string;
  topics: string;
  /** The day (YYYY-MM-DD) the item is listed under, as typed in the form. */
  day: string;
  /** The item being edited, when the form edits one rather than adding. */
  editingId: string | null;
}

/** The capture form as it stands, saved while the curator types. */
export interface Draft extends FormState {
  /** The page the draft belongs to: the paper key of its capture. */
  pageKey: string;
  capture: Capture;
  savedAt: string;
}

export interface PaperboySchema extends DBSchema {
  items: {
    key: string;
    value: StoredItem;
    indexes: { day: string; paperKey: string };
  };
  drafts: {
    key: string;
    value: Draft;
  };
  /** One row per setting, typed by settings.ts. */
  settings: {
    key: string;
    value: unknown;
  };
  /** What arXiv's API said of papers opened as PDFs; bounded (arxiv-cache.ts). */
  arxivCache: {
    key: string;
    value: { id: string; capture: Capture; savedAt: number };
    indexes: { savedAt: number };
  };
  /** How many items use each topic; kept in step by every write in library.ts. */
  topics: {
    key: string;
    value: { topic: string; count: number };
  };
}

export type PaperboyDB = IDBPDatabase<PaperboySchema>;
export type UpgradeTransaction = IDBPTransaction<PaperboySchema, StoreNames<PaperboySchema>[], 'versionchange'>;
