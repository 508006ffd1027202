/**
 * UTF-8 text that was read as Mac OS Roman and saved again ("aren‚Äôt" for "aren’t").
 * Each character of the Mac Roman upper half stands for one byte; a run of them that forms
 * valid multi-byte UTF-8 is decoded back. Legitimate accents ("café") are single bytes that
 * never form valid UTF-8 on their own, so they are left alone.
 */
const MAC_ROMAN_HIGH =
  '\u00c4\u00c5\u00c7\u00c9\u00d1\u00d6\u00dc\u00e1\u00e0\u00e2\u00e4\u00e3\u00e5\u00e7\u00e9\u00e8' +
  '\u00ea\u00eb\u00ed\u00ec\u00ee\u00ef\u00f1\u00f3\u00f2\u00f4\u00f6\u00f5\u00fa\u00f9\u00fb\u00fc' +
  '\u2020\u00b0\u00a2\u00a3\u00a7\u2022\u00b6\u00df\u00ae\u00a9\u2122\u00b4\u00a8\u2260\u00c6\u00d8' +
  '\u221e\u00b1\u2264\u2265\u00a5\u00b5\u2202\u2211\u220f\u03c0\u222b\u00aa\u00ba\u03a9\u00e6\u00f8' +
  '\u00bf\u00a1\u00ac\u221a\u0192\u2248\u2206\u00ab\u00bb\u2026\u00a0\u00c0\u00c3\u00d5\u0152\u0153' +
  '\u2013\u2014\u201c\u201d\u2018\u2019\u00f7\u25ca\u00ff\u0178\u2044\u20ac\u2039\u203a\ufb01\ufb02' +
  '\u2021\u00b7\u201a\u201e\u2030\u00c2\u00ca\u00c1\u00cb\u00c8\u00cd\u00ce\u00cf\u00cc\u00d3\u00d4' +
  '\uf8ff\u00d2\u00da\u00db\u00d9\u0131\u02c6\u02dc\u00af\u02d8\u02d9\u02da\u00b8\u02dd\u02db\u02c7';

const BYTE_OF = new Map<string, number>([...MAC_ROMAN_HIGH].map((char, i) => [char, 0x80 + i]));

/** How many continuation bytes a UTF-8 lead byte announces, or 0 when it is no lead byte. */
function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** What each Mac Roman character stands for: 1 for a UTF-8 lead byte (0xC2–0xF4), 2 for a continuation byte (0x80–0xBF). */
const LEAD = 1;
const CONTINUATION = 2;
const BYTE_KIND = new Uint8Array(0x10000);
for (const [char, byte] of BYTE_OF) {
  if (byte >= 0xc2 && byte <= 0xf4) BYTE_KIND[char.charCodeAt(0)] = LEAD;
  else if (byte <= 0xbf) BYTE_KIND[char.charCodeAt(0)] = CONTINUATION;
}

/**
 * Every character of the Mac Roman upper half lies in this range, so mojibake is two neighbours in it.
 * A one-range class scans two to four times faster than the exact classes of lead and continuation
 * characters (measured), and typographic text rarely has such neighbours: its ’ and – are followed by
 * letters and spaces.
 */
const HIGH_NEIGHBOURS = /[\u00a0-\ufb02]{2}/g;

/** Whether `text` has a lead character followed at once by a continuation character: what mojibake needs. */
function hasLeadPair(text: string): boolean {
  HIGH_NEIGHBOURS.lastIndex = 0;
  while (HIGH_NEIGHBOURS.test(text)) {
    const at = HIGH_NEIGHBOURS.lastIndex - 2;
    if (BYTE_KIND[text.charCodeAt(at)] === LEAD && BYTE_KIND[text.charCodeAt(at + 1)] === CONTINUATION) return true;
    HIGH_NEIGHBOURS.lastIndex = at + 1; // the second of the two may start a pair with the next
  }
  return false;
}

export interface MojibakeFix {
  /** Offset in the original text. */
  index: number;
  before: string;
  after: string;
  /** True when the original character was already lost (a saved U+FFFD). */
  lost: boolean;
}

export function findMojibake(text: string): MojibakeFix[] {
  if (!hasLeadPair(text)) return [];
  const chars = [...text];
  const fixes: MojibakeFix[] = [];
  let offset = 0;
  for (let i = 0; i < chars.length;) {
    const lead = BYTE_OF.get(chars[i]!);
    const count = lead === undefined ? 0 : continuationCount(lead);
    if (count > 0 && i + count < chars.length) {
      const bytes = [lead!];
      for (let k = 1; k <= count; k++) {
        const byte = BYTE_OF.get(chars[i + k]!);
        if (byte === undefined || byte < 0x80 || byte > 0xbf) break;
        bytes.push(byte);
      }
      if (bytes.length === count + 1) {
        try {
          const after = strictUtf8.decode(new Uint8Array(bytes));
          const before = chars.slice(i, i + count + 1).join('');
          fixes.push({ index: offset, before, after, lost: after === '\ufffd' });
          offset += before.length;
          i += count + 1;
          continue;
        } catch {
          // not UTF-8 after all: an ordinary accented character
        }
      }
    }
    offset += chars[i]!.length;
    i++;
  }
  return fixes;
}

function repairOnce(text: string, fixes: readonly MojibakeFix[]): string {
  let out = '';
  let last = 0;
  for (const fix of fixes) {
    out += text.slice(last, fix.index) + fix.after;
    last = fix.index + fix.before.length;
  }
  return out + text.slice(last);
}

/** The repaired text alone; text without mojibake is returned as it is, with no allocation. */
export function withoutMojibake(text: string): string {
  return hasLeadPair(text) ? repairMojibake(text).text : text;
}

/**
 * Repairs every run of mojibake. A repaired character can complete a new run with its neighbour
 * (text saved wrongly twice), so it repeats until nothing changes: the result is stable.
 */
export function repairMojibake(text: string): { text: string; fixes: MojibakeFix[] } {
  const all: MojibakeFix[] = [];
  let current = text;
  for (let pass = 0; pass < 4; pass++) {
    const fixes = findMojibake(current);
    if (fixes.length === 0) break;
    if (pass === 0) all.push(...fixes); // offsets into the original text; later passes are rare
    current = repairOnce(current, fixes);
  }
  return { text: current, fixes: all };
}
