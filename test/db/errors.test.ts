import { explain, guarded, LibraryError } from '@/lib/db/errors';

describe('explaining a failed library request', () => {
  it('tells a full disk, keeping what failed as the cause', () => {
    const cause = new DOMException('quota', 'QuotaExceededError');
    const error = explain(cause);
    expect(error).toBeInstanceOf(LibraryError);
    expect(error).toMatchObject({ kind: 'quota', name: 'LibraryError', cause });
    expect(error.message).toMatch(/disk is full.*What was saved before is safe/);
  });

  it('tells a library written by a newer Paperboy', () => {
    expect(explain(new DOMException('v', 'VersionError'))).toMatchObject({
      kind: 'blocked',
      message: expect.stringMatching(/newer Paperboy/),
    });
  });

  it.each(['DataError', 'DataCloneError'])('tells a value the library cannot keep (%s)', (name) => {
    expect(explain(new DOMException('x', name))).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/could not be stored/) });
  });

  it('names any other failure, or says it is unknown', () => {
    expect(explain(new DOMException('x', 'InvalidStateError')).message).toBe(
      'The library could not be opened or written (InvalidStateError).',
    );
    expect(explain(null)).toMatchObject({ kind: 'unavailable', message: expect.stringContaining('(unknown error)') });
    expect(explain('a string')).toMatchObject({ kind: 'unavailable' });
  });

  it('passes a LibraryError through as it is', () => {
    const error = new LibraryError('corrupt', 'Damaged.');
    expect(explain(error)).toBe(error);
  });
});

describe('guarded', () => {
  it('returns what the request gives', async () => {
    expect(await guarded(async () => 42)).toBe(42);
  });

  it('turns a failure into a LibraryError, a synchronous throw included', async () => {
    await expect(
      guarded(async () => {
        throw new DOMException('q', 'QuotaExceededError');
      }),
    ).rejects.toMatchObject({ kind: 'quota' });
    await expect(
      guarded(() => {
        throw new DOMException('v', 'VersionError');
      }),
    ).rejects.toBeInstanceOf(LibraryError);
  });
});
