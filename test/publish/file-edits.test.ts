import { applyEdits, fileLines, insertLines, lineBreakOf, replaceLines } from '@/lib/publish/file-edits';

describe('file edits', () => {
  it('splits lines with their offsets, whatever the line breaks', () => {
    expect(fileLines('a\r\nb\nc\rd').map((l) => [l.text, l.start, l.end, l.next])).toEqual([
      ['a', 0, 1, 3],
      ['b', 3, 4, 5],
      ['c', 5, 6, 7],
      ['d', 7, 8, 8],
    ]);
    expect(fileLines('')).toEqual([]);
    expect(lineBreakOf('x\r\ny\n')).toBe('\r\n');
    expect(lineBreakOf('no break')).toBe('\n');
  });

  it('inserts at the end of a file without a final newline, and keeps it without one', () => {
    const text = 'a\r\nb';
    const lines = fileLines(text);
    expect(applyEdits(text, [insertLines(text, lines, 2, ['c', 'd'], '\r\n')])).toBe('a\r\nb\r\nc\r\nd');
    expect(applyEdits(text, [insertLines(text, lines, 1, ['x'], '\r\n')])).toBe('a\r\nx\r\nb');
    expect(applyEdits('', [insertLines('', [], 0, ['x'], '\n')])).toBe('x\n');
  });

  it('replaces lines, keeping whether the last one ended in a break', () => {
    const text = 'a\nb\nc';
    const lines = fileLines(text);
    expect(applyEdits(text, [replaceLines(lines, 1, 2, ['B', 'B2'], '\n')])).toBe('a\nB\nB2\nc');
    expect(applyEdits(text, [replaceLines(lines, 2, 3, ['C'], '\n')])).toBe('a\nb\nC');
    expect(applyEdits(text, [replaceLines(lines, 2, 3, [], '\n')])).toBe('a\nb');
    expect(() => applyEdits(text, [replaceLines(lines, 0, 2, ['x'], '\n'), replaceLines(lines, 1, 2, ['y'], '\n')])).toThrow(/overlapping/);
  });
});
