import type { SettingKey } from './settings';

/**
 * Tells every open Paperboy view (popup, side panel, library page, background) that the library
 * changed, so each reloads what it shows. Extension pages share an origin, so one channel reaches all.
 * A view is not told of its own changes: it has already shown them.
 */
const CHANNEL = 'paperboy-library';

/** This view's id: each page (and the background) loads this module once. */
const VIEW = globalThis.crypto.randomUUID();

/** Items were added, edited, moved or deleted; or one setting was written. */
export type LibraryChange = { kind: 'items' } | { kind: 'settings'; key: SettingKey };

type Message = LibraryChange & { from: string };

export function announceChange(change: LibraryChange): void {
  try {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage({ ...change, from: VIEW } satisfies Message);
    channel.close();
  } catch {
    // no channel (an old browser): each view still shows its own changes
  }
}

export function onLibraryChange(listener: (change: LibraryChange) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Message>) => {
    if (!event.data || event.data.from === VIEW) return;
    const { from: _from, ...change } = event.data;
    listener(change);
  };
  return () => channel.close();
}
