/** Failed IndexedDB requests, as messages a curator can act on. */

export type LibraryErrorKind = 'quota' | 'blocked' | 'corrupt' | 'invalid' | 'unavailable';

export class LibraryError extends Error {
  constructor(
    readonly kind: LibraryErrorKind,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

/** Turns a failed IndexedDB request into a message a curator can act on. */
export function explain(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') {
    return new LibraryError(
      'quota',
      'The disk is full, so this change was not saved. What was saved before is safe; free some space and save again.',
      error,
    );
  }
  if (name === 'VersionError') {
    return new LibraryError('blocked', 'This library was written by a newer Paperboy. Update Paperboy to open it.', error);
  }
  if (name === 'DataError' || name === 'DataCloneError') {
    return new LibraryError('invalid', 'This item could not be stored: a field holds something the library cannot keep.', error);
  }
  return new LibraryError('unavailable', `The library could not be opened or written (${name ?? 'unknown error'}).`, error);
}

/** Runs a library request; a failure becomes a LibraryError. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw explain(error);
  }
}
