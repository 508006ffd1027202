import { collapseSpace } from '../text';

/**
 * Table cells of GitHub-flavoured markdown. A cell is one line: line breaks travel as `<br>`,
 * a `|` must be escaped, and GitHub trims the ends. Every encoder here has its exact decoder,
 * so that what Paperboy writes reads back as the same text.
 *
 * The encoders write the characters they are given. Mojibake is repaired where text comes in (the
 * library's checks on every write, the list reader), once: looking for it means reading every
 * character, which would cost an export of years of lists more than all the rest of its work.
 */

/** Entity-like runs the decoders would turn into characters, so the encoders must protect them. */
const ENTITY_LIKE = /&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)/g;

/** Whether the character before `index` ends an odd run of backslashes (so `text[index]` is escaped). */
export function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** Splits text at its unescaped pipes (a pipe after an odd run of backslashes is escaped). */
function splitAtPipes(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let at = text.indexOf('|'); at !== -1; at = text.indexOf('|', at + 1)) {
    if (isEscaped(text, at)) continue;
    parts.push(text.slice(start, at));
    start = at + 1;
  }
  parts.push(text.slice(start));
  return parts;
}

/** The cells of a table row; its leading and trailing pipes open and close it, they make no cells. */
export function splitRow(line: string): string[] {
  const cells = splitAtPipes(line.trim());
  if (cells.length > 1 && cells[0]!.trim() === '') cells.shift();
  if (cells.length > 1 && cells[cells.length - 1]!.trim() === '') cells.pop();
  return cells;
}

/**
 * A markdown text (summary, topics) as one cell, in the library's stored shape (`summaryShape`)
 * and escaped, in a single pass: paragraphs joined by ` <br><br> `, lines by
 * ` <br> `, the convention of the curators' lists. Besides line breaks it escapes an entity-like `&`
 * and a typed `<br>` (the decoder would read them as an entity and a line break), backslashes right
 * before a pipe or a dollar sign (they would eat its escape; written as entities), the pipe itself, and
 * `$` as `\\$` (GitHub pairs dollar signs in a cell as math; `\\$` is the escape it documents).
 * A line's first white space becomes an entity: GitHub trims cells and `<br> ` swallows a space.
 */
const CELL_SPECIALS =
  /&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)|<(?=br\s*\/?>)|\\+(?=[|$])|[|$]|\n(?:[^\S\n]*\n)*([^\S\n])?/gi;
// These patterns see Unix line breaks only: encodeCell turns \r\n and \r into \n first.
const LEADING_BLANK_LINES = /^(?:[^\S\n]*\n)+/;
/** White space ending a line; searched only in text that has line breaks. */
const LINE_END_SPACE = /[^\S\n]+(?=\n)/g;

function indentEntity(char: string): string {
  return char === ' ' ? '&nbsp;' : `&#${char.codePointAt(0)};`;
}

function escapeSpecial(match: string, indent: string | undefined): string {
  switch (match[0]) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '|':
      return '\\|';
    case '$':
      return '\\$';
    case '\\':
      return '&#92;'.repeat(match.length);
    default: {
      // A line break, with the white space around it and any blank lines after it.
      let breaks = 0;
      for (let i = 0; i < match.length; i++) if (match.charCodeAt(i) === 10) breaks++;
      return (breaks > 1 ? ' <br><br> ' : ' <br> ') + (indent ? indentEntity(indent) : '');
    }
  }
}

/** Whether some line of `text` ends in white space (only line breaks are visited, not every space). */
function hasLineEndSpace(text: string): boolean {
  for (let at = text.indexOf('\n'); at > 0; at = text.indexOf('\n', at + 1)) {
    if (/[^\S\n]/.test(text[at - 1]!)) return true;
  }
  return false;
}

/**
 * Whether `text` holds a character that makes work for the encoder (plain prose has none).
 * `includes` finds one character many times faster than a regular expression's class scans (measured).
 */
function hasSpecial(text: string): boolean {
  return text.includes('|') || text.includes('\n') || text.includes('&') || text.includes('<') || text.includes('\\') || text.includes('$');
}

const SPACE = /\s/;

/**
 * What `CELL_SPECIALS` does, for the text most summaries are (no `&`, `<`, `\\` or `$`, line breaks
 * already Unix and shaped): pipes escaped and line breaks written as `<br>`, found with indexOf
 * rather than a scan of every character (about twice as fast here; the cell tests hold the two equal).
 */
function escapePipesAndBreaks(body: string): string {
  const piped = body.includes('|') ? body.split('|').join('\\|') : body;
  let out = '';
  let from = 0;
  for (let at = piped.indexOf('\n'); at !== -1; at = piped.indexOf('\n', from)) {
    let end = at + 1;
    while (piped.charCodeAt(end) === 10) end++;
    out += piped.slice(from, at) + (end - at > 1 ? ' <br><br> ' : ' <br> ');
    const next = piped.charAt(end);
    if (next && SPACE.test(next)) {
      out += indentEntity(next);
      end++;
    }
    from = end;
  }
  return from ? out + piped.slice(from) : piped;
}

export function encodeCell(text: string): string {
  // Plain prose is the common case: returned as it is.
  if (!hasSpecial(text) && !text.includes('\r') && !SPACE.test(text.charAt(0)) && !SPACE.test(text.charAt(text.length - 1))) {
    return text;
  }
  // Each pass below runs only when its character is present.
  let body = text.trimEnd();
  if (body.includes('\r')) body = body.replace(/\r\n?/g, '\n');
  if (body.includes('\n')) {
    if (/^\s/.test(body)) body = body.replace(LEADING_BLANK_LINES, '');
    if (hasLineEndSpace(body)) body = body.replace(LINE_END_SPACE, '');
  }
  const escaped = !hasSpecial(body)
    ? body
    : body.includes('&') || body.includes('<') || body.includes('\\') || body.includes('$')
      ? body.replace(CELL_SPECIALS, escapeSpecial)
      : escapePipesAndBreaks(body);
  const first = body.codePointAt(0);
  // The first line's indentation (a later line's is handled with its line break).
  return first !== undefined && first !== 10 && /^\s/u.test(body)
    ? indentEntity(String.fromCodePoint(first)) + escaped.slice(String.fromCodePoint(first).length)
    : escaped;
}

const LINK_TEXT_SPECIAL = /[\\`*_[\]<>~|$]/g;

const ANY_LINK_TEXT_SPECIAL = /[&\\`*_[\]<>~|$]/;

/**
 * A title as link text that renders as exactly that title (on one line). A `$` is written `\$`:
 * GitHub pairs dollar signs as math, and `\$` is the escape it documents.
 */
export function encodeLinkText(title: string): string {
  const text = collapseSpace(title);
  if (!ANY_LINK_TEXT_SPECIAL.test(text)) return text;
  const escaped = text.replace(ENTITY_LIKE, '&amp;').replace(LINK_TEXT_SPECIAL, '\\$&');
  // `\]` then `(` reads as the end of a link text in some renderers (marked does, on "[]()"), though
  // CommonMark says otherwise; an escaped `(` renders the same everywhere.
  return escaped.includes('\\](') ? escaped.split('\\](').join('\\]\\(') : escaped;
}

/** Whether a raw link text ends in a period that no backslash escapes. */
export function endsWithBarePeriod(raw: string): boolean {
  return raw.endsWith('.') && !isEscaped(raw, raw.length - 1);
}
