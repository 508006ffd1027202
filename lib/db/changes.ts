/**
 * Tells every open Paperboy view (popup, side panel, library page, background) that the library
 * changed, so each reloads what it shows. Extension pages share an origin, so one channel reaches all.
 */
const CHANNEL = 'paperboy-library';

export type LibraryChange = { kind: 'items' | 'drafts' | 'settings'; from: string };

export function announceChange(change: LibraryChange): void {
  try {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage(change);
    channel.close();
  } catch {
    // no channel (an old browser): each view still shows its own changes
  }
}

export function onLibraryChange(listener: (change: LibraryChange) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<LibraryChange>) => listener(event.data);
  return () => channel.close();
}
