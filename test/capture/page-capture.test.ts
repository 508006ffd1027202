import { captureFromTab, pageCapture } from '@/lib/capture/page-capture';

describe('captureFromTab', () => {
  it('fills the form from the tab alone, linking arXiv papers by their abstract page', () => {
    expect(captureFromTab({ url: 'https://arxiv.org/pdf/2106.09685v2', title: '  LoRA:\n Low-Rank &amp; more ' })).toMatchObject({
      title: 'LoRA: Low-Rank & more',
      url: 'https://arxiv.org/abs/2106.09685',
      arxivId: '2106.09685',
      section: 'Research',
      authors: [],
      published: null,
    });
    expect(captureFromTab({ url: 'https://blog.example/post?utm_source=x', title: 'Post' })).toMatchObject({
      arxivId: null,
      section: 'Resources',
    });
  });

  it('gives empty fields for a tab without a title or address', () => {
    expect(captureFromTab({ url: undefined, title: undefined })).toMatchObject({ title: '', url: '' });
  });
});

describe('pageCapture', () => {
  it('keys a page by its paper key, or by its title when it has no address', () => {
    const capture = captureFromTab({ url: 'https://arxiv.org/abs/2106.09685', title: 'LoRA' });
    expect(pageCapture(capture, null, null).pageKey).toBe('arxiv:2106.09685');
    expect(pageCapture({ ...capture, url: '', arxivId: null }, '<b>x</b>', 'Restricted page').pageKey).toBe('tab:LoRA');
  });
});
