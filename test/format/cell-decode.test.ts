import { decodeCell, decodeLinkDestination, decodeLinkText, unescapePipes } from '@/lib/format/cell-decode';

describe('a table cell', () => {
  it('reads \\| as the pipe GitHub shows', () => {
    expect(unescapePipes('a \\| b \\| c')).toBe('a | b | c');
    expect(unescapePipes('no pipes')).toBe('no pipes');
  });

  it('reads <br> as a line break, dropping the one space either side the list writes', () => {
    expect(decodeCell('one <br><br> two')).toBe('one\n\ntwo');
    expect(decodeCell('a<br>b')).toBe('a\nb');
    // A second space is the text's own; the tag's case and slash do not matter.
    expect(decodeCell('  a \\| b <br>  c <BR/> d  ')).toBe('a | b\n c\nd');
  });

  it('reads &nbsp; as the space the list indents a line with', () => {
    expect(decodeCell('Points: <br> &nbsp; -> one')).toBe('Points:\n  -> one');
  });

  it('reads every HTML5 named character reference, and numeric ones as CommonMark does', () => {
    expect(decodeCell('Caf&eacute; &hellip; it&#x2019;s &#8212; &NotNestedGreaterGreater; &CounterClockwiseContourIntegral;')).toBe(
      'Caf\u00e9 \u2026 it\u2019s \u2014 \u2aa2\u0338 \u2233',
    );
    expect(decodeCell('&#0; &#xD800; &unknownname; &amp')).toBe('\ufffd \ufffd &unknownname; &amp');
  });
});

describe('a link', () => {
  it('shows its text with escapes and references resolved, spaces collapsed', () => {
    expect(decodeLinkText('Hello \\[world\\] \\| x &amp;  y\n z')).toBe('Hello [world] | x & y z');
    expect(decodeLinkText('Caf&eacute;&nbsp;au lait')).toBe('Caf\u00e9 au lait');
    // A backslash before a letter is no escape.
    expect(decodeLinkText('C:\\path')).toBe('C:\\path');
  });

  it('points at its address, in angle brackets or not, without a title', () => {
    expect(decodeLinkDestination(' <https://example.com/a b> ')).toBe('https://example.com/a b');
    expect(decodeLinkDestination('https://example.com/a "Title"')).toBe('https://example.com/a');
    expect(decodeLinkDestination("https://example.com/a 'Title'")).toBe('https://example.com/a');
    expect(decodeLinkDestination('https://example.com/a\\_b?x=1&amp;y=2')).toBe('https://example.com/a_b?x=1&y=2');
    expect(decodeLinkDestination('https://example.com/a\\|b')).toBe('https://example.com/a|b');
  });
});
