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
