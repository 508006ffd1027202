import { BACKUP_VERSION, makeBackup, parseBackup } from '@/lib/format/backup';
import { itemFrom } from '@/lib/model';

const lora = itemFrom(
  {
    title: 'LoRA',
    url: 'https://arxiv.org/abs/2106.09685',
    arxivId: '2106.09685',
    section: 'Research',
    summary: 'Low-rank adapters.',
    topics: ['Fine-tuning'],
    day: '2025-07-22',
    order: 3,
  },
  '2025-07-22T10:00:00.000Z',
);

/** An item as a version 1 backup wrote it: the same fields, the day under `week`. */
function asVersion1({ day, ...rest }: typeof lora): Record<string, unknown> {
  return { ...rest, week: day };
}

describe('backup files', () => {
  it('writes version 2, each item with its day under `day`', () => {
    const backup = makeBackup([lora], new Date('2025-07-23T00:00:00.000Z'));
    expect(BACKUP_VERSION).toBe(2);
    const written = JSON.parse(JSON.stringify(backup));
    expect(written).toEqual({ format: 'paperboy-backup', version: 2, exportedAt: '2025-07-23T00:00:00.000Z', items: [lora] });
    expect(written.items[0]).toMatchObject({ day: '2025-07-22' });
    expect(written.items[0]).not.toHaveProperty('week');
  });

  it('reads back what it writes, item for item', () => {
    expect(parseBackup(JSON.stringify(makeBackup([lora])))).toEqual({ items: [lora], rejected: [] });
  });

  it('reads a version 1 file, whose items name their day `week`, as the same items', () => {
    const file = { format: 'paperboy-backup', version: 1, exportedAt: '2025-07-23T00:00:00.000Z', items: [asVersion1(lora)] };
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed).toEqual({ items: [lora], rejected: [] });
    expect(parsed.items[0]).not.toHaveProperty('week');
  });

  it('reads a file without a version (written by hand) under either name', () => {
    const parsed = parseBackup(JSON.stringify({ items: [asVersion1(lora), { ...lora, id: 'second' }] }));
    expect(parsed.rejected).toEqual([]);
    expect(parsed.items.map((item) => [item.id, item.day])).toEqual([
      [lora.id, '2025-07-22'],
      ['second', '2025-07-22'],
    ]);
    expect(parsed.items[0]).not.toHaveProperty('week');
  });

  it('reads a bare array of items (no version) under either name', () => {
    const parsed = parseBackup(JSON.stringify([asVersion1(lora), { ...lora, id: 'second', day: '2025-07-23' }]));
    expect(parsed).toEqual({ items: [lora, { ...lora, id: 'second', day: '2025-07-23' }], rejected: [] });
  });

  it('takes `day` over `week` in a version 1 or unversioned record that has both', () => {
    // `day` is the current name: whoever wrote it knew the rename, and a `week` beside it is a
    // leftover (database migration 5 -> 6 drops it the same way). The `week` is not read at all,
    // not even when the `day` is bad, so the record is refused naming `day`, the field that counts.
    const both = { ...lora, week: '2025-07-21' };
    for (const file of [{ version: 1, items: [both] }, { items: [both] }, [both]]) {
      const parsed = parseBackup(JSON.stringify(file));
      expect(parsed).toEqual({ items: [lora], rejected: [] });
      expect(parsed.items[0]).not.toHaveProperty('week');
    }
    const badDay = parseBackup(JSON.stringify({ version: 1, items: [{ ...both, day: '2025-07-32' }] }));
    expect(badDay.rejected).toEqual([{ index: 0, reason: 'field "day": "2025-07-32" is not a day (YYYY-MM-DD)' }]);
  });

  it('rejects a record with no day under either name, naming the field as its version spells it', () => {
    const { day: _day, ...noDay } = lora;
    const reasons = [
      [{ format: 'paperboy-backup', version: 1, items: [lora, noDay] }, 'no "week" (a day, YYYY-MM-DD) to list it under'],
      [{ format: 'paperboy-backup', version: 2, items: [lora, noDay] }, 'no "day" (a day, YYYY-MM-DD) to list it under'],
      // Unversioned files are read under either name; `day` is the one to write.
      [{ items: [lora, noDay] }, 'no "day" (a day, YYYY-MM-DD) to list it under'],
    ] as const;
    for (const [file, reason] of reasons) {
      const parsed = parseBackup(JSON.stringify(file));
      expect(parsed.items).toHaveLength(1);
      expect(parsed.rejected).toEqual([{ index: 1, reason }]);
    }
  });

  it('rejects a day that is not one, naming the field as the file spells it and the value', () => {
    const v1 = parseBackup(JSON.stringify({ version: 1, items: [{ ...asVersion1(lora), week: '2025-02-30' }] }));
    const unversioned = parseBackup(JSON.stringify({ items: [{ ...asVersion1(lora), week: '2025-02-30' }] }));
    for (const parsed of [v1, unversioned]) {
      expect(parsed.rejected).toEqual([{ index: 0, reason: 'field "week": "2025-02-30" is not a day (YYYY-MM-DD)' }]);
    }
    const v2 = parseBackup(JSON.stringify({ version: 2, items: [{ ...lora, day: '2025-02-30' }] }));
    expect(v2.rejected).toEqual([{ index: 0, reason: 'field "day": "2025-02-30" is not a day (YYYY-MM-DD)' }]);
    // Values that are not text are shown as the file writes them.
    const odd = parseBackup(
      JSON.stringify({
        version: 1,
        items: [
          { ...asVersion1(lora), week: null },
          { ...asVersion1(lora), week: 20250722 },
        ],
      }),
    );
    expect(odd.rejected).toEqual([
      { index: 0, reason: 'field "week": null is not a day (YYYY-MM-DD)' },
      { index: 1, reason: 'field "week": 20250722 is not a day (YYYY-MM-DD)' },
    ]);
  });

  it('tells a version 2 record that names its day `week` what the name is now, before any other reason', () => {
    const parsed = parseBackup(
      JSON.stringify({ format: 'paperboy-backup', version: 2, items: [asVersion1(lora), { ...asVersion1(lora), title: '' }] }),
    );
    expect(parsed.items).toEqual([]);
    const reason = 'no "day": version 2 backups name it "day"; this record uses version 1\'s "week"';
    expect(parsed.rejected).toEqual([
      { index: 0, reason },
      { index: 1, reason },
    ]);
  });

  it('refuses a version that is not a whole number, such as "2" written as text, rather than guess', () => {
    // The version decides which name the items use for their day: a guess could misread every record.
    expect(() => parseBackup(JSON.stringify({ format: 'paperboy-backup', version: '2', items: [lora] }))).toThrow(
      'backup version "2" is not a version number: write it as a whole number without quotes, e.g. "version": 2',
    );
    for (const version of [1.5, 0, null, [2]]) {
      expect(() => parseBackup(JSON.stringify({ version, items: [lora] }))).toThrow(
        `backup version ${JSON.stringify(version)} is not a version number`,
      );
    }
  });

  it('refuses a file from a newer Paperboy, and text that is no backup', () => {
    expect(() => parseBackup('{"version": 3, "items": []}')).toThrow('backup version 3 is newer than this Paperboy reads (2)');
    expect(() => parseBackup('# ML news')).toThrow(/not JSON/);
    expect(() => parseBackup('{"things": []}')).toThrow(/no "items" list/);
  });
});
