import { checkItem, hasItemShape } from '@/lib/item-check';
import { parseBackup } from '@/lib/format/backup';
import { itemFrom, needsLink } from '@/lib/model';

const waiting = { title: 'Chips and Policy', url: '', section: 'News', summary: 'Export rules.', topics: [], day: '2025-07-28' };

describe('an item waiting for its link', () => {
  it('passes the library check with an empty url, and says it needs a link', () => {
    const checked = checkItem(waiting);
    expect(checked).toMatchObject({ ok: true, value: { title: 'Chips and Policy', url: '', arxivId: null } });
    expect(checked.ok && needsLink(checked.value)).toBe(true);
    expect(hasItemShape(itemFrom({ ...waiting, section: 'News' }))).toBe(true);
  });

  it('is kept by a backup, while an address that is not http(s) is still refused', () => {
    const parsed = parseBackup(JSON.stringify({ items: [waiting, { ...waiting, url: 'ftp://example.com/x' }, { ...waiting, url: ' ' }] }));
    expect(parsed.items.map((item) => item.url)).toEqual(['']);
    expect(parsed.rejected.map((r) => r.index)).toEqual([1, 2]);
  });

  it('is not what an item with a link is', () => {
    expect(needsLink({ url: 'https://example.com/a' })).toBe(false);
  });
});

describe('the day an item is listed under', () => {
  it('is required, and a message names the field as the record’s source spells it', () => {
    const { day: _day, ...noDay } = waiting;
    expect(checkItem(noDay)).toEqual({ ok: false, reason: 'no "day" (a day, YYYY-MM-DD) to list it under' });
    expect(checkItem(noDay, undefined, 'week')).toEqual({ ok: false, reason: 'no "week" (a day, YYYY-MM-DD) to list it under' });
  });

  it('must be a real calendar day, and a message shows the value as the record holds it', () => {
    expect(checkItem({ ...waiting, day: '2025-02-30' })).toEqual({
      ok: false,
      reason: 'field "day": "2025-02-30" is not a day (YYYY-MM-DD)',
    });
    expect(checkItem({ ...waiting, day: '2025-02-30' }, undefined, 'week')).toEqual({
      ok: false,
      reason: 'field "week": "2025-02-30" is not a day (YYYY-MM-DD)',
    });
    expect(checkItem({ ...waiting, day: null })).toEqual({ ok: false, reason: 'field "day": null is not a day (YYYY-MM-DD)' });
    expect(checkItem({ ...waiting, day: { start: '2025-07-28' } })).toEqual({
      ok: false,
      reason: 'field "day": {"start":"2025-07-28"} is not a day (YYYY-MM-DD)',
    });
  });
});
