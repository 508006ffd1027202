import fc from 'fast-check';
import { diffLines, formatDiff, lineDiff } from '@/lib/publish/line-diff';

describe('lineDiff', () => {
  it('shows only the changed lines with their context, numbered as in the files', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].join('\n') + '\n';
    const after = before.replace('e\n', 'e\nnew\n').replace('j\n', 'J\n');
    const hunks = lineDiff(before, after, 1);
    expect(formatDiff(hunks, 'README.md')).toBe(
      ['--- a/README.md', '+++ b/README.md', '@@ -5,2 +5,3 @@', ' e', '+new', ' f', '@@ -9,2 +10,2 @@', ' i', '-j', '+J', ''].join('\n'),
    );
  });

  it('is empty when nothing changed, and reads CRLF files', () => {
    expect(lineDiff('x\r\ny\r\n', 'x\r\ny\r\n')).toEqual([]);
    expect(lineDiff('x\r\ny', 'x\r\nz')[0]!.lines).toEqual([
      { kind: ' ', text: 'x' },
      { kind: '-', text: 'y' },
      { kind: '+', text: 'z' },
    ]);
  });

  it('is a shortest edit script that turns the old lines into the new', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', ''), { maxLength: 12 });
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const script = diffLines(a, b);
        expect(script.filter((l) => l.kind !== '+').map((l) => l.text)).toEqual(a);
        expect(script.filter((l) => l.kind !== '-').map((l) => l.text)).toEqual(b);
        // Kept lines form a longest common subsequence: compare with the textbook dynamic programme.
        const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
        for (let i = a.length - 1; i >= 0; i--)
          for (let j = b.length - 1; j >= 0; j--)
            lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
        expect(script.filter((l) => l.kind === ' ').length).toBe(lcs[0]![0]);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});
