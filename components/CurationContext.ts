import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Curation } from '@/lib/stores/curation';

/** The popup's (or side panel's) state, composed once in its entrypoint and read by every view. */
export const CurationContext = createContext<Curation | null>(null);

export function useCuration(): Curation {
  const curation = useContext(CurationContext);
  if (!curation) throw new Error('useCuration outside a CurationContext');
  return curation;
}
