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

  it('files wiki articles as references and pieces filed under opinion as Perspectives', () => {
    expect(suggestSection(new URL('https://de.wikipedia.org/wiki/X'), { wiki: true, jsonLdType: 'Article' })).toBe('Resources');
    expect(suggestSection(new URL('https://news.example/ideas/x'), { opinion: true, jsonLdType: 'NewsArticle' })).toBe('Perspectives');
  });

  it("files a lab's research pages under Research and its other posts under News", () => {
    expect(suggestSection(new URL('https://research.google/blog/sparse-heads/'))).toBe('Research');
    expect(suggestSection(new URL('https://www.microsoft.com/en-us/research/blog/x/'))).toBe('Research');
    expect(suggestSection(new URL('https://openai.com/index/new-model/'))).toBe('News');
  });

  it("files a company newsroom's releases under News, and a personal site's posts under Perspectives", () => {
    expect(suggestSection(new URL('https://www.vendor.example/en/newsroom/press-releases/2026-3-3-x.html'))).toBe('News');
    expect(suggestSection(new URL('https://junseopark.dev/posts/x/'), { personal: true, ogType: 'article' })).toBe('Perspectives');
    // A news site stays News even when a writer's name is its brand.
    expect(suggestSection(new URL('https://techcrunch.com/2026/01/01/x/'), { personal: true })).toBe('News');
  });
});
