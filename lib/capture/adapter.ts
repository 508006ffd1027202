import type { Capture } from '../model';

/** One site's reader: a pure function of the page's `Document` and address. */
export interface Adapter {
  name: string;
  matches(url: URL, doc: Document): boolean;
  extract(doc: Document, url: URL): Capture;
}
