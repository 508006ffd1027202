import type { Capture } from '../model';
import type { Adapter } from './adapter';
import { arxivAdapter } from './adapters/arxiv';
import { huggingFaceAdapter } from './adapters/huggingface';
import { alphaxivAdapter } from './adapters/alphaxiv';
import { openReviewAdapter } from './adapters/openreview';
import { githubAdapter } from './adapters/github';
import { mediumAdapter, substackAdapter } from './adapters/essays';
import { genericAdapter } from './adapters/generic';
import { cleanText, startReading } from './page-readers';

/** Every adapter, in the order they are tried; the generic one last, and it always matches. */
export const ADAPTERS: readonly Adapter[] = [
  arxivAdapter,
  huggingFaceAdapter,
  alphaxivAdapter,
  openReviewAdapter,
  githubAdapter,
  substackAdapter,
  mediumAdapter,
  genericAdapter,
];

export function adapterFor(url: URL, doc: Document): Adapter {
  return ADAPTERS.find((adapter) => {
    try {
      return adapter.matches(url, doc);
    } catch {
      return false;
    }
  })!;
}

/**
 * The capture of a page. Never throws: a site adapter that fails falls back to the generic one,
 * and a generic failure still gives the address and the tab's title.
 */
export function extractCapture(doc: Document, address: string | URL, fallbackTitle = ''): Capture & { adapter: string } {
  const url = typeof address === 'string' ? new URL(address) : address;
  startReading();
  const adapter = adapterFor(url, doc);
  for (const candidate of adapter === genericAdapter ? [genericAdapter] : [adapter, genericAdapter]) {
    try {
      return { ...candidate.extract(doc, url), adapter: candidate.name };
    } catch {
      // try the next one
    }
  }
  return {
    title: cleanText(fallbackTitle) || url.href,
    url: url.href,
    authors: [],
    published: null,
    abstract: null,
    arxivId: null,
    siteName: null,
    section: 'Resources',
    selection: null,
    adapter: 'none',
  };
}
