import { arxivIdFromUrl, cleanUrl, linkFacts, listUrl, paperKey, parseArxivId, queryNames, trackingIn } from '@/lib/url';

describe('arXiv identifiers', () => {
  it.each([
    ['https://arxiv.org/abs/2106.09685', '2106.09685'],
    ['https://arxiv.org/abs/2106.09685v2', '2106.09685'],
    ['https://arxiv.org/pdf/2106.09685v2', '2106.09685'],
    ['https://arxiv.org/pdf/2106.09685.pdf', '2106.09685'],
    ['http://export.arxiv.org/abs/2106.09685', '2106.09685'],
    ['https://arxiv.org/html/2507.08794v1', '2507.08794'],
    ['https://arxiv.org/abs/math/0211159', 'math/0211159'],
    ['https://arxiv.org/pdf/math/0211159v1', 'math/0211159'],
    ['https://arxiv.org/abs/math.GT/0309136', 'math.GT/0309136'],
    ['https://arxiv.org/abs/hep-th/9901001v3', 'hep-th/9901001'],
    ['https://arxiv.org/abs/1501.00001', '1501.00001'],
    ['https://huggingface.co/papers/2507.08794', '2507.08794'],
    ['https://www.alphaxiv.org/abs/2503.02875', '2503.02875'],
    ['https://www.alphaxiv.org/overview/2503.02875v1', '2503.02875'],
    ['https://arxiv.org/list/cs.CL/recent', null],
    ['https://example.com/abs/2106.09685', null],
    ['not a url', null],
  ])('%s → %s', (url, id) => {
    expect(arxivIdFromUrl(url)).toBe(id);
  });

  it('parses bare ids', () => {
    expect(parseArxivId('arXiv:2106.09685v3')).toBe('2106.09685');
    expect(parseArxivId('21.09685')).toBeNull();
  });
});

describe('addresses', () => {
  it('removes tracking parameters and fragments but keeps the rest', () => {
    expect(cleanUrl('https://example.com/a?utm_source=x&id=3&fbclid=y#google_vignette')).toBe('https://example.com/a?id=3');
    expect(cleanUrl('https://example.com/a?b=1&a=2')).toBe('https://example.com/a?b=1&a=2');
    expect(cleanUrl('javascript:alert(1)')).toBeNull();
    expect(trackingIn('https://example.com/?utm_medium=email#google_vignette')).toEqual(['utm_medium', '#google_vignette']);
  });

  it('links every arXiv page to its abstract without a version', () => {
    expect(listUrl('https://arxiv.org/pdf/2106.09685v2')).toBe('https://arxiv.org/abs/2106.09685');
    expect(listUrl('https://huggingface.co/papers/2106.09685')).toBe('https://arxiv.org/abs/2106.09685');
  });

  it('gives one key to one paper or page', () => {
    expect(paperKey({ url: 'https://arxiv.org/html/2106.09685v1' })).toBe('arxiv:2106.09685');
    expect(paperKey({ url: 'http://www.example.com/post/?utm_source=x' })).toBe(paperKey({ url: 'https://example.com/post' }));
    // Items waiting for their link are told apart by their titles.
    expect(paperKey({ url: '', title: 'Chips and Policy' })).toBe('no-link:chips and policy');
    expect(paperKey({ url: '', title: 'Chips and Policy' })).not.toBe(paperKey({ url: '', title: 'Export rules' }));
  });

  it('makes addresses safe inside a markdown link', () => {
    expect(cleanUrl('https://example.org/a|b?x=(1')).toBe('https://example.org/a%7Cb?x=%281');
    expect(cleanUrl('https://en.wikipedia.org/wiki/Transformer_(deep_learning)')).toBe(
      'https://en.wikipedia.org/wiki/Transformer_(deep_learning)',
    );
  });
});

describe('link facts of a list row', () => {
  // A plain arXiv link is read without a URL parser; a leading space sends the same address
  // down the parser's path (which trims), so the two paths can be compared.
  it.each([
    'https://arxiv.org/abs/2106.09685',
    'https://arxiv.org/abs/2106.09685v2',
    'http://arxiv.org/pdf/2504.02732v2',
    'https://www.arxiv.org/pdf/2504.02732.pdf',
    'https://arxiv.org/pdf/2504.02732v3.pdf',
    'https://arxiv.org/abs/1501.00001',
  ])('reads %s as the URL parser does', (address) => {
    const facts = linkFacts(address);
    expect(facts).toEqual(linkFacts(` ${address}`));
    expect(facts.key).toBe(`arxiv:${facts.arxivId}`);
    expect(facts.url).toBe(`https://arxiv.org/abs/${facts.arxivId}`);
  });

  it.each([
    ['https://arxiv.org/abs/2106.09685?utm_source=x', ['utm_source']],
    ['https://arxiv.org/abs/2106.09685#google_vignette', ['#google_vignette']],
    ['https://ARXIV.org/abs/2106.09685', []],
  ])('leaves %s to the URL parser, which finds its tracking', (address, tracking) => {
    expect(linkFacts(address)).toMatchObject({ arxivId: '2106.09685', url: 'https://arxiv.org/abs/2106.09685', tracking });
  });
});

describe('queryNames', () => {
  it('reads the names through forEach, as a Firefox content script must', () => {
    const url = new URL('https://openreview.net/forum?id=rJXMpikCZ&referrer=x&utm_source=feed');
    // What Firefox's content-script wrapper gives: an iterator that is not iterable.
    Object.defineProperty(url.searchParams, 'keys', { value: () => ({ next: () => ({ done: true, value: undefined }) }) });
    expect(queryNames(url)).toEqual(['id', 'referrer', 'utm_source']);
  });
});
