import fc from 'fast-check';
import { encodeCell, splitRow } from '@/lib/format/cell';
import { decodeCell } from '@/lib/format/cell-decode';
import { summaryShape } from '@/lib/text';

/**
 * The straightforward encoder: normalise, then escape line by line. encodeCell does the same in one
 * pass for speed (see the benchmark); this oracle keeps it honest.
 */
function referenceEncode(text: string): string {
  const escapeLine = (line: string) => {
    let out = line
      .replace(/&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)/g, '&amp;')
      .replace(/<(br\s*\/?>)/gi, '&lt;$1')
      .replace(/\\+(?=[|$])/g, (run) => '&#92;'.repeat(run.length))
      .replace(/[|$]/g, '\\$&');
    const first = line.codePointAt(0);
    if (first === 0x20) out = '&nbsp;' + out.slice(1);
    else if (first !== undefined && /^\s/u.test(line)) out = `&#${first};` + out.slice(String.fromCodePoint(first).length);
    return out;
  };
  return summaryShape(text)
    .split('\n\n')
    .map((paragraph) => paragraph.split('\n').map(escapeLine).join(' <br> '))
    .join(' <br><br> ');
}

const unit = fc.constantFrom(
  'a',
  ' ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u00a0',
  '\u2028',
  '|',
  '\\',
  '$',
  '\\$',
  '&',
  '&amp;',
  '<br>',
  '<BR />',
  '&#124;',
  '‚Äô',
  '\uf8ffüîπ',
  'é',
  'x',
);
const text = fc.string({ unit, maxLength: 40 });

describe('table cells', () => {
  it('encodes as the line-by-line reference does', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(encodeCell(t)).toBe(referenceEncode(t));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 3000) },
    );
  });

  it('decodes to the normalised text, in one cell', () => {
    fc.assert(
      fc.property(text, (t) => {
        const cell = encodeCell(t);
        expect(splitRow(`| ${cell} |`)).toHaveLength(1);
        // The characters are the encoder's input's: it repairs no mojibake (the library did, on saving).
        expect(decodeCell(cell)).toBe(summaryShape(t));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 3000) },
    );
  });

  it('writes a dollar sign as \\$, which GitHub shows as $ and never pairs as math', () => {
    expect(encodeCell('raised $30 million and $5 billion')).toBe('raised \\$30 million and \\$5 billion');
    expect(decodeCell('raised \\$30 million and \\$5 billion')).toBe('raised $30 million and $5 billion');
    // A backslash typed before a dollar sign is kept as a reference, so the escape stays the dollar's.
    expect(encodeCell('a \\$ b')).toBe('a &#92;\\$ b');
    expect(decodeCell('a &#92;\\$ b')).toBe('a \\$ b');
    // Written by hand: an even run of backslashes is that many halved, and the dollar stays bare.
    expect(decodeCell('x \\\\$ y')).toBe('x \\$ y');
  });

  it('writes the curators\u2019 convention for paragraphs and indented points', () => {
    expect(encodeCell('First paragraph.\n\nSecond paragraph:\n  -> a point\n  -> another')).toBe(
      'First paragraph. <br><br> Second paragraph: <br> &nbsp; -> a point <br> &nbsp; -> another',
    );
  });
});
