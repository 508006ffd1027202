import { isSection, itemFrom, needsLink, newId, SECTIONS } from '@/lib/model';

describe('the model', () => {
  it('knows the four sections, in the order lists print them, and nothing else', () => {
    expect(SECTIONS).toEqual(['Research', 'News', 'Resources', 'Perspectives']);
    for (const section of SECTIONS) expect(isSection(section)).toBe(true);
    expect(isSection('research')).toBe(false);
    expect(isSection('Papers')).toBe(false);
    expect(isSection(undefined)).toBe(false);
  });

  it('tells an item still waiting for its link', () => {
    expect(needsLink({ url: '' })).toBe(true);
    expect(needsLink({ url: 'https://example.com/' })).toBe(false);
  });

  it('gives each new item an id of its own', () => {
    const ids = new Set(Array.from({ length: 100 }, newId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('makes a full item from a list\u2019s fields, Paperboy\u2019s own at their defaults', () => {
    const listed = { title: 'T', url: 'https://example.com/t', section: 'News' as const, summary: 'S', topics: ['A'], day: '2025-07-22' };
    expect(itemFrom(listed, '2025-07-22T09:00:00.000Z')).toEqual({
      ...listed,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      authors: [],
      published: null,
      abstract: null,
      arxivId: null,
      siteName: null,
      order: 0,
      createdAt: '2025-07-22T09:00:00.000Z',
      updatedAt: '2025-07-22T09:00:00.000Z',
    });
  });

  it('keeps the optional fields it is given', () => {
    const item = itemFrom({
      title: 'LoRA',
      url: 'https://arxiv.org/abs/2106.09685',
      section: 'Research',
      summary: '',
      topics: [],
      day: '2025-07-22',
      arxivId: '2106.09685',
      authors: ['Edward J. Hu'],
      published: '2021-06-17',
      abstract: 'Abstract.',
      siteName: 'arXiv',
      order: 3,
    });
    expect(item).toMatchObject({
      arxivId: '2106.09685',
      authors: ['Edward J. Hu'],
      published: '2021-06-17',
      abstract: 'Abstract.',
      siteName: 'arXiv',
      order: 3,
    });
    expect(item.createdAt).toBe(item.updatedAt);
    expect(Number.isNaN(Date.parse(item.createdAt))).toBe(false);
  });
});
