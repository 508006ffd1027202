import { collapseSpace } from '../text';
import { decodeReference, REFERENCE } from './references';

/**
 * The decoders of cell.ts's encoders: what a table cell or a link renders as on GitHub. They read
 * every HTML5 character reference, so they live apart from the encoders: the popup imports the
 * encoders, and only the list reader and the command line import this module.
 */

/** What GitHub does to a cell before reading its inline markdown: `\|` becomes `|`. */
export function unescapePipes(cell: string): string {
  return cell.includes('\\|') ? cell.replace(/\\\|/g, '|') : cell;
}

/**
 * A run of backslashes before `$`, as CommonMark reads it: each pair is one backslash, and an odd
 * one out escapes the dollar sign (GitHub then shows a plain `$`, never math).
 */
const BACKSLASHES_BEFORE_DOLLAR = /(\\+)\$/g;

function unescapeDollars(cell: string): string {
  return cell.includes('\\$') ? cell.replace(BACKSLASHES_BEFORE_DOLLAR, (_, run: string) => '\\'.repeat(run.length >> 1) + '$') : cell;
}

/**
 * A reference in a cell or a link. `&nbsp;` is the lists' way to indent a line (GitHub trims a
 * cell's spaces), so it reads as the space the encoder wrote it for.
 */
function cellReference(body: string): string | null {
  return body === 'nbsp' ? ' ' : decodeReference(body);
}

function decodeReferences(text: string): string {
  return text.includes('&') ? text.replace(REFERENCE, (whole, body: string) => cellReference(body) ?? whole) : text;
}

const BREAK_TAG = /<br\s*\/?>/i;
const BREAK_TAGS = /<br\s*\/?>/gi;

/** The text of a cell written by `encodeCell`, or by a curator by hand. */
export function decodeCell(raw: string): string {
  const cell = unescapeDollars(unescapePipes(raw.trim()));
  if (!BREAK_TAG.test(cell)) return decodeReferences(cell);
  // `<br>` is a line break; the one space either side of it is the list's spacing, not text.
  const parts = cell.split(BREAK_TAGS);
  return parts
    .map((part, i) => {
      let piece = part;
      if (i > 0 && piece.startsWith(' ')) piece = piece.slice(1);
      if (i < parts.length - 1 && piece.endsWith(' ')) piece = piece.slice(0, -1);
      return decodeReferences(piece);
    })
    .join('\n');
}

const LINK_TEXT_DECODE = /\\([!-/:-@[-`{-~])|&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

function decodeEscapesAndReferences(text: string): string {
  return text.replace(LINK_TEXT_DECODE, (whole, escaped: string | undefined, reference: string | undefined) => {
    if (escaped !== undefined) return escaped;
    return cellReference(reference!) ?? whole;
  });
}

/** The title a link text renders as (backslash escapes and references resolved). */
export function decodeLinkText(raw: string): string {
  return collapseSpace(decodeEscapesAndReferences(unescapePipes(raw)));
}

/** The address inside `(...)` of a link as written by hand or by Paperboy. */
export function decodeLinkDestination(raw: string): string {
  let text = unescapePipes(raw.trim());
  if (text.startsWith('<') && text.endsWith('>')) text = text.slice(1, -1);
  // A destination may carry a title: `(url "title")`.
  text = text.replace(/\s+(".*"|'.*')$/, '');
  return decodeEscapesAndReferences(text);
}
