import { withoutMojibake } from './format/mojibake';

/** Orders machine text (ISO days and times, ids) by code unit, as `<` does: no collator involved. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Collapses every run of white space (line breaks included) into one space. A lone ideographic
 * space (U+3000) between words stays: Japanese headlines use it as their own separator
 * ("国産LLM、要約で上回る　検証結果を公開"), and a curator copying one keeps it.
 */
export function collapseSpace(text: string): string {
  // Most text is already in shape; checking is cheaper than rebuilding it.
  if (!/[^\S ]/.test(text) && !text.includes('  ') && text.charCodeAt(0) !== 32 && text.charCodeAt(text.length - 1) !== 32) return text;
  return text
    .replace(/\s+/g, (run) => (run === '\u3000' ? run : ' '))
    .replace(/^\s+|\s+$/g, '');
}

/** The stored form of a title: one line, no mojibake. */
export function normalizeTitle(text: string): string {
  return collapseSpace(withoutMojibake(text));
}

/** Whether normalisation would change nothing: no CR, no white space ending a line or the text, no extra blank lines. */
function summaryInShape(text: string): boolean {
  if (text.includes('\r') || text.includes('\n\n\n') || text.startsWith('\n')) return false;
  if (text.length > 0 && /\s/.test(text[text.length - 1]!)) return false;
  for (let at = text.indexOf('\n'); at > 0; at = text.indexOf('\n', at + 1)) {
    if (/\s/.test(text[at - 1]!)) return false;
  }
  return true;
}

/**
 * A summary's lines in the stored shape: Unix line breaks, no trailing spaces on a line, at most
 * one blank line in a row, no blank lines at either end. Tables cannot carry more than this.
 * The characters themselves are left as they are (see `normalizeSummary`).
 */
export function summaryShape(text: string): string {
  // Most text is already in shape (everything the library stores is); checking is cheaper.
  if (summaryInShape(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** The stored form of a summary: mojibake repaired, in the stored shape. The library never holds more. */
export function normalizeSummary(text: string): string {
  return summaryShape(withoutMojibake(text));
}

/** Topic labels: trimmed, single-spaced, no commas (they separate topics), first spelling wins. */
export function normalizeTopics(topics: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of topics) {
    for (const part of raw.split(',')) {
      const topic = collapseSpace(part);
      if (topic && !seen.has(topic.toLowerCase())) seen.set(topic.toLowerCase(), topic);
    }
  }
  return [...seen.values()];
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  times: '\u00d7',
  middot: '\u00b7',
  laquo: '\u00ab',
  raquo: '\u00bb',
};

/** Decodes one entity body (`amp`, `#39`, `#x27`), or returns null when it is not one we know. */
export function decodeEntity(body: string): string | null {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? null;
}

export const ENTITY_PATTERN = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

export function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(ENTITY_PATTERN, (whole, body: string) => decodeEntity(body) ?? whole) : text;
}

/** Truncates for messages, on a character boundary. */
export function excerpt(text: string, max = 60): string {
  const flat = collapseSpace(text);
  const chars = [...flat];
  return chars.length <= max ? flat : chars.slice(0, max - 1).join('') + '\u2026';
}
