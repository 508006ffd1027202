import type { ListedFields } from '../model';
import type { ImportedItem } from '../format/list-reader';

/** An item of the week as the merge needs it: what the list shows, and its arXiv id when known. */
export type WeekItem = ListedFields & { arxivId?: string | null };

/** An item of the week the file already lists in another week. */
export interface Duplicate {
  title: string;
  url: string;
  /** The Monday (ML news) or first day (monthly papers) of the week it is listed in. */
  week: string;
  weekLabel: string;
  /** 1-based line of the row in the current file. */
  line: number;
}

export interface MergeResult {
  /** The file's new text. */
  text: string;
  changed: boolean;
  /** Whether the week's block was new (else it was updated in place). */
  added: boolean;
  /** The week's heading, as written. */
  heading: string;
  /** The anchor GitHub gives the heading (ML news), '' when it has none of interest. */
  anchor: string;
  /** Rows in the week's block the library does not hold: kept in the file, offered for import. */
  offered: ImportedItem[];
  duplicates: Duplicate[];
  /** What the curator should know, in words. */
  notes: string[];
}
