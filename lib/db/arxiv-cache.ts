import type { Capture } from '../model';
import type { PaperboyDB } from './schema';
import { guarded } from './errors';

/**
 * What arXiv's API said of a paper, kept so that a PDF tab opened again is filled without asking
 * arXiv (which limits requests). Bounded: past `limit` papers, the ones fetched longest ago go.
 */
export const ARXIV_CACHE_LIMIT = 500;

export async function cachedPaper(db: PaperboyDB, id: string): Promise<Capture | undefined> {
  const entry = await guarded(() => db.get('arxivCache', id));
  return entry?.capture;
}

export function cachePaper(db: PaperboyDB, id: string, capture: Capture, now = Date.now(), limit = ARXIV_CACHE_LIMIT): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction('arxivCache', 'readwrite');
    await tx.store.put({ id, capture, savedAt: now });
    const over = (await tx.store.count()) - limit;
    if (over > 0) {
      let cursor = await tx.store.index('savedAt').openCursor();
      for (let removed = 0; cursor && removed < over; removed++) {
        await cursor.delete();
        cursor = await cursor.continue();
      }
    }
    await tx.done;
  });
}
