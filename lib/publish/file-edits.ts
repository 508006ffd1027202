/**
 * Line-level surgery on a file kept byte for byte: the file is never re-joined from split lines;
 * every change is an edit on the original string, so whatever Paperboy does not write (line
 * endings, a missing final newline, hand edits) is copied through untouched.
 */

export interface FileLine {
  text: string;
  /** Offset of the line's first character. */
  start: number;
  /** Offset just after the line's text (before its line break). */
  end: number;
  /** Offset of the next line (after the line break); `end` when the file ends without one. */
  next: number;
}

export function fileLines(text: string): FileLine[] {
  const lines: FileLine[] = [];
  let start = 0;
  while (start < text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    let next = end;
    if (text.charCodeAt(next) === 13) next++;
    if (text.charCodeAt(next) === 10 && (next === end || text.charCodeAt(end) === 13)) next++;
    lines.push({ text: text.slice(start, end), start, end, next });
    start = next;
  }
  return lines;
}

/** The file's own line break (the first one it uses); `\n` for a file with none. */
export function lineBreakOf(text: string): string {
  const match = /\r\n|\n|\r/.exec(text);
  return match ? match[0] : '\n';
}

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies edits on disjoint ranges of the original text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error('overlapping edits');
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

/** Inserts whole lines before line `index` (or at the end of the file when `index` is past the last line). */
export function insertLines(text: string, lines: readonly FileLine[], index: number, added: readonly string[], eol: string): Edit {
  if (index < lines.length) {
    const at = lines[index]!.start;
    return { start: at, end: at, text: added.map((line) => line + eol).join('') };
  }
  const last = lines[lines.length - 1];
  if (!last) return { start: 0, end: 0, text: added.join(eol) + eol };
  // The last line ends without a line break: the new lines go after a break, and the file still ends without one.
  if (last.next === last.end) return { start: last.end, end: last.end, text: added.map((line) => eol + line).join('') };
  return { start: text.length, end: text.length, text: added.map((line) => line + eol).join('') };
}

/** Replaces lines `from` to `to` (exclusive) by `replacement`, keeping whether the last of them ended in a break. */
export function replaceLines(lines: readonly FileLine[], from: number, to: number, replacement: readonly string[], eol: string): Edit {
  const first = lines[from]!;
  const last = lines[to - 1]!;
  const endsWithBreak = last.next !== last.end;
  if (replacement.length === 0) {
    // Removing the file's last lines: the break before them goes too, so no new final newline appears.
    if (!endsWithBreak && from > 0) return { start: lines[from - 1]!.end, end: last.next, text: '' };
    return { start: first.start, end: last.next, text: '' };
  }
  return { start: first.start, end: last.next, text: replacement.join(eol) + (endsWithBreak ? eol : '') };
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}
