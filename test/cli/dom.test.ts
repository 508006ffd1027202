import { parseHtml } from '@/lib/cli/dom';

describe('a saved page as a document', () => {
  it('is parsed with the page\u2019s address, so relative links resolve against it', () => {
    const doc = parseHtml('<html><head><title>T</title></head><body><a href="/paper">p</a></body></html>', 'https://example.com/blog/post');
    expect(doc.title).toBe('T');
    expect(doc.querySelector('a')!.href).toBe('https://example.com/paper');
  });

  it('runs none of its scripts', () => {
    const doc = parseHtml(
      '<body><p id="x">kept</p><script>document.getElementById("x").textContent = "changed"; globalThis.ran = true;</script></body>',
      'https://example.com/',
    );
    expect(doc.getElementById('x')!.textContent).toBe('kept');
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  });
});
