/**
 * The preview of a publish: which lines of the file change, with a little context. Myers' shortest
 * edit script over lines, after the common first and last lines are set aside: a week added to a
 * 1 MB README leaves a middle of a few dozen lines, so the quadratic worst case never meets a big file.
 */

export interface DiffLine {
  kind: ' ' | '+' | '-';
  text: string;
}

export interface DiffHunk {
  /** 1-based first line in the old and the new file, and the number of lines of each the hunk covers. */
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
  lines: DiffLine[];
}

const splitLines = (text: string) => (text === '' ? [] : text.replace(/(\r\n|\r|\n)$/, '').split(/\r\n|\r|\n/));

/** The edit script between two arrays of lines, as a sequence of kept, removed and added lines. */
export function diffLines(a: readonly string[], b: readonly string[]): DiffLine[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const head: DiffLine[] = a.slice(0, prefix).map((text) => ({ kind: ' ', text }));
  const tail: DiffLine[] = a.slice(a.length - suffix).map((text) => ({ kind: ' ', text }));
  return [...head, ...myers(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix)), ...tail];
}

/** Beyond this many differing lines the preview says "all removed, all added" rather than spend seconds. */
const MYERS_LIMIT = 20_000;

function myers(a: readonly string[], b: readonly string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n + m > MYERS_LIMIT) {
    return [...a.map((text): DiffLine => ({ kind: '-', text })), ...b.map((text): DiffLine => ({ kind: '+', text }))];
  }
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  // Walk the trace back from the end, one step of d at a time.
  const script: DiffLine[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      y--;
      script.push({ kind: ' ', text: a[--x]! });
    }
    if (d > 0) {
      if (x === prevX) script.push({ kind: '+', text: b[--y]! });
      else script.push({ kind: '-', text: a[--x]! });
    }
  }
  return script.reverse();
}

/** The changed lines of `after` against `before`, in hunks with `context` unchanged lines around them. */
export function lineDiff(before: string, after: string, context = 3): DiffHunk[] {
  const script = diffLines(splitLines(before), splitLines(after));
  const hunks: DiffHunk[] = [];
  const changed = script.map((line, i) => (line.kind !== ' ' ? i : -1)).filter((i) => i >= 0);
  if (!changed.length) return [];
  // Line numbers before each script position.
  const oldAt: number[] = [];
  const newAt: number[] = [];
  let o = 1;
  let nw = 1;
  for (const line of script) {
    oldAt.push(o);
    newAt.push(nw);
    if (line.kind !== '+') o++;
    if (line.kind !== '-') nw++;
  }
  let start = Math.max(0, changed[0]! - context);
  let end = Math.min(script.length, changed[0]! + context + 1);
  const close = () => {
    const lines = script.slice(start, end);
    hunks.push({
      oldStart: oldAt[start]!,
      newStart: newAt[start]!,
      oldCount: lines.filter((l) => l.kind !== '+').length,
      newCount: lines.filter((l) => l.kind !== '-').length,
      lines,
    });
  };
  for (const i of changed.slice(1)) {
    if (i - context <= end) end = Math.min(script.length, i + context + 1);
    else {
      close();
      start = i - context;
      end = Math.min(script.length, i + context + 1);
    }
  }
  close();
  return hunks;
}

/** A unified diff, as `git diff` prints one. */
export function formatDiff(hunks: readonly DiffHunk[], path: string): string {
  if (!hunks.length) return '';
  const out = [`--- a/${path}`, `+++ b/${path}`];
  for (const hunk of hunks) {
    out.push(`@@ -${hunk.oldStart},${hunk.oldCount} +${hunk.newStart},${hunk.newCount} @@`);
    for (const line of hunk.lines) out.push(line.kind + line.text);
  }
  return out.join('\n') + '\n';
}
