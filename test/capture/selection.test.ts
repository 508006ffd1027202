import TurndownService from 'turndown';
import { createTurndown, selectionToMarkdown } from '@/lib/capture/selection';

describe('selectionToMarkdown', () => {
  const turndown = createTurndown(TurndownService);

  it('keeps links, emphasis, lists and code', () => {
    expect(
      selectionToMarkdown(
        '<p>See <a href="https://a.example/">the <em>paper</em></a> and <code>x()</code>.</p><ul><li>one</li><li>two</li></ul>',
        turndown,
      ),
    ).toBe('See [the *paper*](https://a.example/) and `x()`.\n\n-   one\n-   two');
  });

  it('drops what could run or load, and gives nothing for an empty selection', () => {
    expect(
      selectionToMarkdown(
        '<p>Text</p><script>alert(1)</script><img src="https://t.example/x.png"><iframe src="https://t.example"></iframe>',
        turndown,
      ),
    ).toBe('Text');
    expect(selectionToMarkdown('   ', turndown)).toBeNull();
    expect(selectionToMarkdown('<script>x</script>', turndown)).toBeNull();
  });
});
