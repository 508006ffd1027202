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

  it.each(['https://support.mozilla.org/en-US/kb/x', 'https://accounts.firefox.com/', 'https://addons.mozilla.org/en-US/firefox/'])(
    '%s is restricted in Firefox, where no extension may read it',
    (url) => {
      expect(pageKind(url, 'firefox')).toBe('restricted');
      expect(restrictionMessage(pageKind(url, 'firefox'))).toMatch(/does not let extensions read this page/);
    },
  );

  it('lets Chromium read the sites only Firefox keeps to itself', () => {
    expect(pageKind('https://support.mozilla.org/en-US/kb/x', 'chromium')).toBe('readable');
    expect(pageKind('https://support.mozilla.org/en-US/kb/x.pdf', 'firefox')).toBe('restricted');
  });

  it('explains itself', () => {
    expect(restrictionMessage('restricted')).toMatch(/does not let extensions read this page/);
    expect(restrictionMessage('readable')).toBeNull();
  });
});
