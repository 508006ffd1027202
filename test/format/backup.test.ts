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
  });

  it('rejects a record with no day under either name, and says so, in every version', () => {
    const { day: _day, ...noDay } = lora;
    for (const version of [1, 2]) {
      const parsed = parseBackup(JSON.stringify({ format: 'paperboy-backup', version, items: [lora, noDay] }));
      expect(parsed.items).toHaveLength(1);
      expect(parsed.rejected).toEqual([{ index: 1, reason: 'no day (YYYY-MM-DD) to list it under' }]);
    }
  });

  it('rejects a day that is not one, naming the value, in every version', () => {
    const v1 = parseBackup(JSON.stringify({ version: 1, items: [{ ...asVersion1(lora), week: '2025-02-30' }] }));
    const v2 = parseBackup(JSON.stringify({ version: 2, items: [{ ...lora, day: '2025-02-30' }] }));
    for (const parsed of [v1, v2]) {
      expect(parsed.rejected).toEqual([{ index: 0, reason: 'listed under "2025-02-30", which is not a day (YYYY-MM-DD)' }]);
    }
  });

  it('tells a version 2 record that names its day `week` what the name is now', () => {
    const parsed = parseBackup(JSON.stringify({ format: 'paperboy-backup', version: 2, items: [asVersion1(lora)] }));
    expect(parsed.items).toEqual([]);
    expect(parsed.rejected).toEqual([
      { index: 0, reason: 'no day (YYYY-MM-DD) to list it under: a version 2 backup names it "day" ("week" is version 1\'s name)' },
    ]);
  });

  it('refuses a file from a newer Paperboy, and text that is no backup', () => {
    expect(() => parseBackup('{"version": 3, "items": []}')).toThrow('backup version 3 is newer than this Paperboy reads (2)');
    expect(() => parseBackup('# ML news')).toThrow(/not JSON/);
    expect(() => parseBackup('{"things": []}')).toThrow(/no "items" list/);
  });
});
