import { extractCapture } from '@/lib/capture/registry';
import { parseHtml } from '@/lib/cli/dom';

/**
 * Pages of the same sites in other shapes than the golden fixtures: the adapters read what the
 * markup means, so they must hold on pages they were not built from.
 */
const capture = (url: string, html: string) => extractCapture(parseHtml(html, url), url);

describe('arXiv pages in other shapes', () => {
  it('reads an abstract page without citation tags from its visible markup', () => {
    const c = capture(
      'https://arxiv.org/abs/1706.03762v7',
      `<html><head><title>[1706.03762] Attention Is All You Need</title></head><body>
      <div class="dateline">[Submitted on 12 Jun 2017 (v1), last revised 2 Aug 2023 (this version, v7)]</div>
      <h1 class="title mathjax"><span class="descriptor">Title:</span>Attention Is All You Need</h1>
      <div class="authors"><span class="descriptor">Authors:</span><a href="/a/vaswani_a_1">Ashish Vaswani</a>, <a href="/a/shazeer_n_1">Noam Shazeer</a></div>
      <blockquote class="abstract mathjax"><span class="descriptor">Abstract:</span> The dominant sequence transduction models are based on complex recurrent networks.</blockquote>
      </body></html>`,
    );
    expect(c).toMatchObject({
      title: 'Attention Is All You Need',
      url: 'https://arxiv.org/abs/1706.03762',
      arxivId: '1706.03762',
      authors: ['Ashish Vaswani', 'Noam Shazeer'],
      published: '2017-06-12',
      abstract: 'The dominant sequence transduction models are based on complex recurrent networks.',
      section: 'Research',
    });
  });

  it('keeps TeX from MathJax sources, never the rendered math', () => {
    const c = capture(
      'https://arxiv.org/abs/2301.00001',
      `<html><body><h1 class="title mathjax"><span class="descriptor">Title:</span>On <span class="MathJax">𝛼</span><script type="math/tex">\\alpha</script>-stable laws</h1>
      <blockquote class="abstract"><span class="descriptor">Abstract:</span>We bound <span class="MathJax_Preview">ε</span><script type="math/tex">\\epsilon</script> errors.</blockquote></body></html>`,
    );
    expect(c.title).toBe('On $\\alpha$-stable laws');
    expect(c.abstract).toBe('We bound $\\epsilon$ errors.');
  });

  it('reads an HTML rendering with an old-style identifier', () => {
    const c = capture(
      'https://arxiv.org/html/hep-th/9901001v2',
      '<html><body><h1 class="ltx_title ltx_title_document">A string theory note</h1></body></html>',
    );
    expect(c).toMatchObject({ title: 'A string theory note', url: 'https://arxiv.org/abs/hep-th/9901001', arxivId: 'hep-th/9901001' });
  });
});

describe('other sites in other shapes', () => {
  it('GitHub: a repository page with only its <title>, read at a sub-page', () => {
    const c = capture(
      'https://github.com/openai/whisper/blob/main/README.md',
      '<html><head><title>GitHub - openai/whisper: Robust Speech Recognition</title></head></html>',
    );
    expect(c).toMatchObject({
      title: 'openai/whisper: Robust Speech Recognition',
      url: 'https://github.com/openai/whisper',
      section: 'Resources',
      authors: ['openai'],
    });
  });

  it('Medium: a post in a publication', () => {
    const c = capture(
      'https://medium.com/towards-data-science/a-post-123',
      '<html><head><title>A Post About Agents | by Sam Lee | in Towards Data Science | Medium</title></head></html>',
    );
    expect(c).toMatchObject({ title: 'A Post About Agents', section: 'Perspectives', siteName: 'Medium' });
  });

  it('Hugging Face: a dataset and a space are resources, linked at their root', () => {
    expect(
      capture(
        'https://huggingface.co/datasets/openai/gsm8k/viewer',
        '<html><head><title>openai/gsm8k · Datasets at Hugging Face</title></head></html>',
      ),
    ).toMatchObject({
      url: 'https://huggingface.co/datasets/openai/gsm8k',
      section: 'Resources',
    });
    expect(
      capture('https://huggingface.co/spaces/user/demo', '<html><head><title>Demo - a Hugging Face Space by user</title></head></html>')
        .url,
    ).toBe('https://huggingface.co/spaces/user/demo');
  });

  it('a news page with JSON-LD in a @graph of typed arrays, authors as objects', () => {
    const c = capture(
      'https://www.theverge.com/ai/123/new-model?utm_campaign=x',
      `<html><head><title>A new model arrives | The Verge</title><meta property="og:site_name" content="The Verge">
      <script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"headline":"A new model arrives","datePublished":"2025-05-02T10:00:00-04:00","author":[{"@type":"Person","name":"Kylie Robison"},{"@type":"Person","name":"Alex Heath"}]}]}</script></head></html>`,
    );
    expect(c).toMatchObject({
      title: 'A new model arrives',
      url: 'https://www.theverge.com/ai/123/new-model',
      authors: ['Kylie Robison', 'Alex Heath'],
      published: '2025-05-02',
      section: 'News',
      siteName: 'The Verge',
    });
  });

  it('a page with Dublin Core only', () => {
    const c = capture(
      'https://repository.example.edu/item/42',
      '<html><head><meta name="DC.title" content="A Thesis on Retrieval"><meta name="DC.creator" content="Doe, Jane"><meta name="DC.date" content="2024-09-30"></head></html>',
    );
    expect(c).toMatchObject({ title: 'A Thesis on Retrieval', authors: ['Jane Doe'], published: '2024-09-30' });
  });

  it('a Substack newsletter on its own domain', () => {
    const c = capture(
      'https://www.newsletter.example/p/weekly-notes?utm_source=substack',
      '<html><head><link rel="stylesheet" href="https://substackcdn.com/bundle/x.css"><meta property="og:title" content="Weekly notes #12"></head><body><h1 class="post-title">Weekly notes #12</h1></body></html>',
    );
    expect(c).toMatchObject({ title: 'Weekly notes #12', url: 'https://www.newsletter.example/p/weekly-notes', section: 'Perspectives' });
  });

  it('never throws on markup that is not a page at all', () => {
    for (const html of [
      '',
      '<<<>>>',
      '<html><head><meta name="citation_author"></head>',
      '<script type="application/ld+json">{{{</script>',
      '\u0000\u0001binary',
    ]) {
      expect(() => capture('https://example.com/x', html)).not.toThrow();
    }
  });
});

describe('hostile depth', () => {
  it('reads an arXiv page whose abstract nests a thousand deep', () => {
    // Browsers cap nesting (Blink's parser at 512 levels); happy-dom's selectors overflow far deeper.
    const deep = '<span>'.repeat(1000) + 'deep text' + '</span>'.repeat(1000);
    const c = capture(
      'https://arxiv.org/abs/2401.00001',
      `<html><body><h1 class="title">A title</h1><blockquote class="abstract">Start. ${deep}</blockquote></body></html>`,
    );
    expect(c).toMatchObject({ title: 'A title', arxivId: '2401.00001', abstract: 'Start.' });
  });
});
