import { parseHtml } from '@/lib/cli/dom';
import { ADAPTERS, adapterFor, extractCapture } from '@/lib/capture/registry';
import { genericAdapter } from '@/lib/capture/adapters/generic';
import type { Adapter } from '@/lib/capture/adapter';

const doc = (html = '<title>A page</title><h1>A page</h1>') => parseHtml(html, 'https://site.example/x');

describe('the registry', () => {
  it('tries the generic adapter last, and picks a site adapter by address', () => {
    expect(ADAPTERS.at(-1)).toBe(genericAdapter);
    expect(adapterFor(new URL('https://arxiv.org/abs/2106.09685'), doc()).name).toBe('arxiv');
    expect(adapterFor(new URL('https://github.com/acme/engine'), doc()).name).toBe('github');
    expect(adapterFor(new URL('https://site.example/x'), doc()).name).toBe('generic');
  });

  it('falls back to the generic adapter when a site adapter throws, and never throws itself', () => {
    const arxiv = ADAPTERS[0]! as Adapter & { extract: Adapter['extract'] };
    const original = arxiv.extract;
    arxiv.extract = () => {
      throw new Error('odd markup');
    };
    try {
      const capture = extractCapture(doc('<title>Paper</title><h1>Paper</h1>'), 'https://arxiv.org/abs/2106.09685');
      expect(capture.adapter).toBe('generic');
      expect(capture.title).toBe('Paper');
    } finally {
      arxiv.extract = original;
    }
  });
});
