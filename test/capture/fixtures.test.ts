import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ADAPTERS, extractCapture } from '@/lib/capture/registry';
import { parseHtml } from '@/lib/cli/dom';
import { fixturePages } from '../fixtures';

/**
 * Golden fixtures: every saved page under test/fixtures/pages has its expected capture beside it
 * (`NAME.json`). `UPDATE_FIXTURES=1 npm run test:unit` rewrites them; review the diff.
 */
const pages = fixturePages();

/**
 * The addresses each adapter was built from, each with a saved page under test/fixtures/pages. Kept
 * here, not on the adapters, so that the content script does not ship test addresses.
 */
const EXAMPLES: Record<string, readonly string[]> = {
  arxiv: [
    'https://arxiv.org/abs/2106.09685v2',
    'https://arxiv.org/abs/math/0211159v1',
    'https://arxiv.org/abs/2303.08774v3#abstract',
    'https://arxiv.org/html/2507.08794v1',
  ],
  huggingface: ['https://huggingface.co/papers/2507.08794', 'https://huggingface.co/Qwen/Qwen3-8B?utm_source=newsletter'],
  alphaxiv: ['https://www.alphaxiv.org/abs/2503.02875'],
  openreview: ['https://openreview.net/forum?id=rJXMpikCZ&referrer=%5BAuthor%20Console%5D'],
  github: ['https://github.com/karpathy/nanoGPT/tree/master?tab=readme-ov-file#install'],
  substack: [
    'https://www.interconnects.ai/p/the-state-of-post-training?utm_source=post-email-title&publication_id=48206&r=abc&utm_medium=email',
  ],
  medium: ['https://medium.com/@jane.doe/why-scaling-laws-bend-3f2a1b9c8d7e?source=rss----7f60cf5620c9---4'],
  generic: [
    'https://techcrunch.com/2025/07/22/mistral-releases-a-new-open-model/?utm_source=twitter&utm_campaign=ai#google_vignette',
    'https://www.anthropic.com/news/tracing-thoughts-language-model',
    'https://lilianweng.github.io/posts/2024-11-28-reward-hacking/',
    'https://example.org/notes/attention.html',
    'https://hostile.example/post?id=7&fbclid=XYZ',
    'https://blog.hostile.example/straw-berry',
  ],
};
const examplesOf = (name: string) => EXAMPLES[name] ?? [];
const update = process.env.UPDATE_FIXTURES === '1';

describe.each(pages)('$name', (page) => {
  it('extracts the expected capture', () => {
    const capture = extractCapture(parseHtml(page.html, page.url), page.url);
    const expectedFile = page.file.replace(/\.html$/, '.json');
    if (update || !existsSync(expectedFile)) {
      if (!update) throw new Error(`${expectedFile} is missing: run UPDATE_FIXTURES=1 npm run test:unit`);
      writeFileSync(expectedFile, JSON.stringify(capture, null, 2) + '\n');
    }
    expect(capture).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});

describe('adapter registry', () => {
  it('ends with the generic adapter, which matches every page', () => {
    expect(ADAPTERS.at(-1)!.name).toBe('generic');
  });

  it.each(ADAPTERS.map((adapter) => [adapter.name, adapter] as const))(
    '%s has a saved fixture for each of its examples',
    (_name, adapter) => {
      expect(examplesOf(adapter.name).length).toBeGreaterThan(0);
      for (const example of examplesOf(adapter.name)) {
        const page = pages.find((p) => p.url === example);
        expect(page, `no fixture page for ${example}`).toBeDefined();
        const capture = extractCapture(parseHtml(page!.html, page!.url), page!.url);
        expect(capture.adapter).toBe(adapter.name);
      }
    },
  );

  it('reads every fixture page with the adapter named by one of its examples, or grades it in the corpus', () => {
    // corpus-* and heldout-* pages are shapes, not sites: corpus.test.ts scores them against what they state.
    const examples = new Set(ADAPTERS.flatMap((adapter) => examplesOf(adapter.name)));
    for (const page of pages.filter((p) => !/^(corpus|heldout\d*)-/.test(p.name)))
      expect(examples.has(page.url), `${page.name} is no adapter's example`).toBe(true);
  });
});
