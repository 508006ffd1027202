import type { Capture } from '@/lib/model';

/** What the runtime content script returns from the page in front. */
export interface PageReading {
  capture: Capture & { adapter: string };
  /** The selection's HTML; the extension page turns it into markdown. */
  selectionHtml: string | null;
  /** Time spent extracting, in milliseconds (for the benchmark). */
  ms: number;
}
