import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ADAPTERS, extractCapture } from '@/lib/capture/registry';
import { parseHtml } from '@/lib/cli/dom';
import { fixturePages } from '../fixtures';

/**
 * Golden fixtures: every saved page under test/fixtures/pages has its expected capture beside it
 * (`NAME.json`). `UPDATE_FIXTURES=1 npm run test:unit` rewrites them; review the diff.
 */
const pages = fixturePages();
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
      expect(adapter.examples.length).toBeGreaterThan(0);
      for (const example of adapter.examples) {
        const page = pages.find((p) => p.url === example);
        expect(page, `no fixture page for ${example}`).toBeDefined();
        const capture = extractCapture(parseHtml(page!.html, page!.url), page!.url);
        expect(capture.adapter).toBe(adapter.name);
      }
    },
  );

  it('reads every fixture page with the adapter named by one of its examples, or grades it in the corpus', () => {
    // corpus-* and heldout-* pages are shapes, not sites: corpus.test.ts scores them against what they state.
    const examples = new Set(ADAPTERS.flatMap((adapter) => adapter.examples));
    for (const page of pages.filter((p) => !/^(corpus|heldout)-/.test(p.name)))
      expect(examples.has(page.url), `${page.name} is no adapter's example`).toBe(true);
  });
});
