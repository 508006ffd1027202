/**
 * The smallest observable value the popup's stores are made of: framework-free, so a store can be
 * unit-tested without a DOM, and a view subscribes with one hook (components/useStore.ts).
 */
export interface Readable<T> {
  get(): T;
  /** Calls `listener` after each change; returns the unsubscribe. */
  subscribe(listener: (value: T) => void): () => void;
}

export interface Writable<T> extends Readable<T> {
  set(value: T): void;
  update(change: (value: T) => T): void;
}

export function writable<T>(initial: T): Writable<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener(value);
    },
    update(change) {
      this.set(change(value));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
