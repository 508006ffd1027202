import { parseHtml } from '@/lib/cli/dom';
import { githubAdapter, threadTitle } from '@/lib/capture/adapters/github';

describe('threadTitle', () => {
  it("takes GitHub's labels off a thread's title, in either order", () => {
    expect(threadTitle('Static KV cache by default? · acme/engine · Discussion #41872', 'acme', 'engine')).toBe(
      'Static KV cache by default?',
    );
    expect(threadTitle('Crash on empty batch · Issue #12 · acme/engine', 'acme', 'engine')).toBe('Crash on empty batch');
    expect(threadTitle('Release v2.0 · acme/engine', 'acme', 'engine')).toBe('Release v2.0');
    expect(threadTitle('A · B', 'acme', 'engine')).toBe('A · B');
  });
});

describe('githubAdapter', () => {
  const read = (html: string, url: string) => githubAdapter.extract(parseHtml(html, url), new URL(url));

  it('lists a discussion at its own address, with its own title and day, and no account as author', () => {
    const url = 'https://github.com/acme/engine/discussions/41872';
    const capture = read(
      '<title>Static KV cache by default? · acme/engine · Discussion #41872</title><main><h1>Static KV cache by default?</h1>' +
        '<a class="author" href="/quietfox">quietfox</a> started this conversation <relative-time datetime="2026-01-20T09:00:00Z">Jan 20</relative-time></main>',
      url,
    );
    expect(capture).toMatchObject({
      title: 'Static KV cache by default?',
      url,
      authors: [],
      published: '2026-01-20',
      section: 'Resources',
    });
  });

  it('still lists a page inside a repository at the repository', () => {
    const capture = read(
      '<meta property="og:title" content="GitHub - acme/engine: Fast inference">',
      'https://github.com/acme/engine/tree/main/src',
    );
    expect(capture).toMatchObject({ title: 'acme/engine: Fast inference', url: 'https://github.com/acme/engine', authors: ['acme'] });
  });
});
