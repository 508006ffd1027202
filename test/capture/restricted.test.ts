import { pageKind, restrictionMessage } from '@/lib/capture/restricted';

describe('pages no script may read', () => {
  it.each([
    ['chrome://extensions/', 'restricted'],
    ['https://chromewebstore.google.com/detail/abc', 'restricted'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf'],
    ['https://arxiv.org/pdf/2106.09685v2', 'pdf-arxiv'],
    ['https://example.com/paper.pdf', 'pdf'],
    ['about:blank', 'restricted'],
    [undefined, 'restricted'],
    ['https://arxiv.org/abs/2106.09685', 'readable'],
  ])('%s is %s', (url, kind) => {
    expect(pageKind(url)).toBe(kind);
  });

  it('explains itself', () => {
    expect(restrictionMessage('restricted')).toMatch(/does not let extensions read this page/);
    expect(restrictionMessage('readable')).toBeNull();
  });
});
