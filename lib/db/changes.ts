/**
 * Tells every open Paperboy view (popup, side panel, library page, background) that the library
 * changed, so each reloads what it shows. Extension pages share an origin, so one channel reaches all.
 * A view is not told of its own changes: it has already shown them.
 */
const CHANNEL = 'paperboy-library';

/** This view's id: each page (and the background) loads this module once. */
const VIEW = globalThis.crypto.randomUUID();

export type LibraryChange = { kind: 'items' | 'drafts' | 'settings'; from: string };

export function announceChange(kind: LibraryChange['kind']): void {
  try {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage({ kind, from: VIEW } satisfies LibraryChange);
    channel.close();
  } catch {
    // no channel (an old browser): each view still shows its own changes
  }
}

export function onLibraryChange(listener: (change: LibraryChange) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<LibraryChange>) => {
    if (event.data?.from !== VIEW) listener(event.data);
  };
  return () => channel.close();
}
