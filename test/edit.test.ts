import { applyEdit, newItem, type ItemChanges } from '@/lib/edit';
import { itemFrom, type Capture } from '@/lib/model';

const item = itemFrom({
  title: 'LoRA',
  url: 'https://arxiv.org/abs/2106.09685',
  section: 'Research',
  summary: 'Low-rank.',
  topics: ['Fine-tuning'],
  day: '2025-07-22',
  arxivId: '2106.09685',
  authors: ['Edward J. Hu'],
});
const changes = (over: Partial<ItemChanges> = {}): ItemChanges => ({
  title: item.title,
  section: item.section,
  summary: item.summary,
  topics: item.topics.join(', '),
  day: item.day,
  ...over,
});
const NOW = '2026-11-23T10:00:00.000Z';

describe('applyEdit, the one rule for every editor', () => {
  it('keeps the item in place when neither its section nor its day changes', () => {
    const result = applyEdit(
      item,
      changes({ summary: 'Low-rank\r\nadapters.  \n\n\n\nFrozen.', topics: 'fine-tuning, PEFT' }),
      ['Fine-tuning'],
      NOW,
    );
    expect(result).toMatchObject({ ok: true, moved: false });
    if (!result.ok) return;
    expect(result.item.summary).toBe('Low-rank\nadapters.\n\nFrozen.');
    // The spelling already in use wins; fields the form does not show stay.
    expect(result.item.topics).toEqual(['Fine-tuning', 'PEFT']);
    expect(result.item.authors).toEqual(['Edward J. Hu']);
    expect(result.item.updatedAt).toBe(NOW);
  });

  it('marks a new section or day as a move', () => {
    expect(applyEdit(item, changes({ section: 'News' }), [], NOW)).toMatchObject({ ok: true, moved: true });
    expect(applyEdit(item, changes({ day: '2025-07-29' }), [], NOW)).toMatchObject({ ok: true, moved: true });
  });

  it('refuses what no list can hold, with the same words in every view', () => {
    expect(applyEdit(item, changes({ title: '  \n ' }), [], NOW)).toEqual({
      ok: false,
      message: 'A title is needed: type the title of the work.',
    });
    expect(applyEdit(item, changes({ day: '2025-02-30' }), [], NOW)).toEqual({
      ok: false,
      message: 'Pick the day of the week this item belongs to.',
    });
    expect(applyEdit(item, changes({ url: 'javascript:alert(1)' }), [], NOW)).toEqual({
      ok: false,
      message: 'The link must be a web address starting with https:// or http://.',
    });
  });

  it('cleans a typed link as the list writes it (arXiv by its abstract page, no tracking)', () => {
    const result = applyEdit(item, changes({ url: ' https://arxiv.org/pdf/2106.09685v2?utm_source=x ' }), [], NOW);
    expect(result.ok && result.item.url).toBe('https://arxiv.org/abs/2106.09685');
  });
});

describe('newItem', () => {
  const capture: Capture = {
    title: 'LoRA',
    url: 'https://arxiv.org/abs/2106.09685',
    authors: ['Edward J. Hu'],
    published: '2021-06-17',
    abstract: 'An important paradigm.',
    arxivId: '2106.09685',
    siteName: 'arXiv',
    section: 'Research',
    selection: null,
  };
  const ids = { id: 'new-1', now: NOW };

  it('carries what the page said while the link is still that page', () => {
    const result = newItem({ ...changes(), url: 'https://arxiv.org/abs/2106.09685v2' }, capture, [], ids);
    expect(result.ok && result.item).toMatchObject({
      id: 'new-1',
      arxivId: '2106.09685',
      authors: ['Edward J. Hu'],
      published: '2021-06-17',
    });
  });

  it('drops it for another link: the curator describes another work', () => {
    const result = newItem({ ...changes(), url: 'https://example.com/other' }, capture, [], ids);
    expect(result.ok && result.item).toMatchObject({ arxivId: null, authors: [], published: null, abstract: null });
  });

  it('needs a link', () => {
    expect(newItem({ ...changes(), url: '' }, null, [], ids)).toMatchObject({ ok: false });
  });
});

describe('an item waiting for its link', () => {
  const waiting = itemFrom({
    title: 'Chips and Policy',
    url: '',
    section: 'News',
    summary: 'Export rules.',
    topics: [],
    day: '2025-07-28',
  });

  it('may be edited and keep waiting, or get its link', () => {
    expect(applyEdit(waiting, { ...changes(), title: waiting.title, url: '', section: 'News', day: waiting.day }, [], NOW)).toMatchObject({
      ok: true,
      item: { url: '' },
    });
    const linked = applyEdit(waiting, { ...changes(), url: 'https://example.com/chips', section: 'News', day: waiting.day }, [], NOW);
    expect(linked.ok && linked.item.url).toBe('https://example.com/chips');
    expect(applyEdit(waiting, { ...changes(), url: 'not a link', section: 'News', day: waiting.day }, [], NOW)).toMatchObject({
      ok: false,
    });
  });

  it('cannot be made by removing the link of an item that has one', () => {
    expect(applyEdit(item, changes({ url: '' }), [], NOW)).toMatchObject({ ok: false });
  });
});
