import { collapseSpace, decodeEntity, normalizeSummary, normalizeTitle } from '../text';

/**
 * Table cells of GitHub-flavoured markdown. A cell is one line: line breaks travel as `<br>`,
 * a `|` must be escaped, and GitHub trims the ends. Every encoder here has its exact decoder,
 * so that what Paperboy writes reads back as the same text.
 */

/** Entity-like runs the decoders would turn into characters, so the encoders must protect them. */
const ENTITY_LIKE = /&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)/g;
const TYPED_BREAK = /<(br\s*\/?>)/gi;

/** Splits text at its unescaped pipes (a pipe after an odd run of backslashes is escaped). */
function splitAtPipes(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let backslashes = 0;
  for (const char of text) {
    if (char === '|' && backslashes % 2 === 0) {
      parts.push(current);
      current = '';
    } else current += char;
    backslashes = char === '\\' ? backslashes + 1 : 0;
  }
  parts.push(current);
  return parts;
}

/** The cells of a table row; its leading and trailing pipes open and close it, they make no cells. */
export function splitRow(line: string): string[] {
  const cells = splitAtPipes(line.trim());
  if (cells.length > 1 && cells[0]!.trim() === '') cells.shift();
  if (cells.length > 1 && cells[cells.length - 1]!.trim() === '') cells.pop();
  return cells;
}

/** Counts the pipes in `text` that would split a table cell. */
export function unescapedPipes(text: string): number {
  return splitAtPipes(text).length - 1;
}

/** What GitHub does to a cell before reading its inline markdown: `\|` becomes `|`. */
export function unescapePipes(cell: string): string {
  return cell.replace(/\\\|/g, '|');
}

function escapeLine(line: string): string {
  let out = line
    .replace(ENTITY_LIKE, '&amp;')
    .replace(TYPED_BREAK, '&lt;$1')
    // A backslash right before a pipe would eat the pipe's escape; write it as an entity.
    .replace(/\\+(?=\|)/g, (run) => '&#92;'.repeat(run.length))
    .replace(/\|/g, '\\|');
  // GitHub trims a cell, and `<br> ` swallows one space: keep indentation with a first &nbsp;.
  const first = line.codePointAt(0);
  if (first === 0x20) out = '&nbsp;' + out.slice(1);
  else if (first !== undefined && /^\s/u.test(line)) out = `&#${first};` + out.slice(String.fromCodePoint(first).length);
  return out;
}

/**
 * A markdown text (summary, topics) as one cell: paragraphs joined by ` <br><br> `, lines by ` <br> `,
 * the convention of the curators' lists.
 */
export function encodeCell(text: string): string {
  return normalizeSummary(text)
    .split('\n\n')
    .map((paragraph) => paragraph.split('\n').map(escapeLine).join(' <br> '))
    .join(' <br><br> ');
}

const CELL_DECODE = / ?<br\s*\/?> ?|&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/gi;

/** The text of a cell written by `encodeCell`, or by a curator by hand. */
export function decodeCell(raw: string): string {
  return unescapePipes(raw.trim()).replace(CELL_DECODE, (whole, entity: string | undefined) => {
    if (entity === undefined) return '\n';
    return decodeEntity(entity) ?? whole;
  });
}

const LINK_TEXT_SPECIAL = /[\\`*_[\]<>~|]/g;

/** A title as link text that renders as exactly that title. */
export function encodeLinkText(title: string): string {
  return normalizeTitle(title)
    .replace(ENTITY_LIKE, '&amp;')
    .replace(LINK_TEXT_SPECIAL, (char) => '\\' + char);
}

const LINK_TEXT_DECODE = /\\([!-/:-@[-`{-~])|&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** The title a link text renders as (backslash escapes and entities resolved). */
export function decodeLinkText(raw: string): string {
  return collapseSpace(
    unescapePipes(raw).replace(LINK_TEXT_DECODE, (whole, escaped: string | undefined, entity: string | undefined) => {
      if (escaped !== undefined) return escaped;
      return decodeEntity(entity!) ?? whole;
    }),
  );
}

/** Whether a raw link text ends in a period that no backslash escapes. */
export function endsWithBarePeriod(raw: string): boolean {
  if (!raw.endsWith('.')) return false;
  let backslashes = 0;
  for (let i = raw.length - 2; i >= 0 && raw[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

/** The address inside `(...)` of a link as written by hand or by Paperboy. */
export function decodeLinkDestination(raw: string): string {
  let text = unescapePipes(raw.trim());
  if (text.startsWith('<') && text.endsWith('>')) text = text.slice(1, -1);
  // A destination may carry a title: `(url "title")`.
  text = text.replace(/\s+(".*"|'.*')$/, '');
  return text.replace(LINK_TEXT_DECODE, (whole, escaped: string | undefined, entity: string | undefined) => {
    if (escaped !== undefined) return escaped;
    return decodeEntity(entity!) ?? whole;
  });
}
