import { suggestSection } from '@/lib/capture/site';

describe('suggestSection', () => {
  const at = (u: string) => new URL(u);
  it('files a journal news item under News, and its research papers under Research', () => {
    expect(suggestSection(at('https://www.nature.com/articles/d41586-026-00412-7'), { scholarly: true, newsDesk: true })).toBe('News');
    expect(suggestSection(at('https://www.nature.com/articles/s41586-026-01234-5'), { scholarly: true })).toBe('Research');
  });

  it('files a publisher article without Open Graph under News', () => {
    expect(suggestSection(at('https://www.dailyledger.example/tech/x'), { publisherArticle: true })).toBe('News');
    expect(suggestSection(at('https://www.dailyledger.example/tech/x'))).toBe('Resources');
  });

  it('keeps what the host says for known sites', () => {
    expect(suggestSection(at('https://arxiv.org/abs/2106.09685'))).toBe('Research');
    expect(suggestSection(at('https://github.com/a/b'))).toBe('Resources');
    expect(suggestSection(at('https://x.substack.com/p/y'))).toBe('Perspectives');
  });
});
