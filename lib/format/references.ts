import { decodeHTMLStrict } from 'entities/decode';

/**
 * Character references as GitHub reads them in markdown (CommonMark): `&name;` for every HTML5 named
 * reference, `&#NNN;` and `&#xHHHH;`. The named table comes from `entities`; this module is for the
 * list reader and the command line only. The popup must never import it (the table is large; see
 * the README's bundle sizes): what the popup writes, cell.ts encodes without it.
 */
export const REFERENCE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** The character(s) of one reference body (`eacute`, `#39`, `#x2019`), or null when it names none. */
export function decodeReference(body: string): string | null {
  if (body.charCodeAt(0) === 35) {
    // CommonMark: a numeric reference to 0, a surrogate or past U+10FFFF is U+FFFD.
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  }
  const whole = `&${body};`;
  const decoded = decodeHTMLStrict(whole);
  // Strict decoding leaves an unknown name as written; a known one becomes its character(s).
  return decoded === whole ? null : decoded;
}

/** Text with every reference GitHub would decode turned into its character(s). */
export function decodeReferences(text: string): string {
  return text.includes('&') ? text.replace(REFERENCE, (whole, body: string) => decodeReference(body) ?? whole) : text;
}
