import { makeDay, isDay } from '../dates';

/** Days written in text and metadata values, in the spellings pages use. Pure string code. */

/** Month names in the languages curators read most (English, German, French, Spanish), and their short forms. */
const MONTH_NAMES: Record<string, number> = {};
[
  ['january jan janvier janv enero ene januar jän', 1],
  ['february feb février févr fevrier fevr febrero februar', 2],
  ['march mar mars marzo märz maerz', 3],
  ['april apr avril avr abril', 4],
  ['may mai mayo', 5],
  ['june jun juin junio juni', 6],
  ['july jul juillet juil julio juli', 7],
  ['august aug août aout agosto', 8],
  ['september sep sept septembre septiembre setiembre', 9],
  ['october oct octobre octubre oktober okt', 10],
  ['november nov novembre noviembre', 11],
  ['december dec décembre decembre dic diciembre dezember dez', 12],
].forEach(([words, month]) => (words as string).split(' ').forEach((word) => (MONTH_NAMES[word] = month as number)));

export function monthFromWord(word: string): number | null {
  return MONTH_NAMES[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

function checked(year: number, month: number, day: number): string | null {
  if (!month || year < 1900 || year > 2200) return null;
  const result = makeDay(year, month, day);
  return isDay(result) && result === `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` ? result : null;
}

const WORD = '([A-Za-zÀ-ÿ]{3,10}\\.?)';
/** Spellings of a day, each with where its year, month and day are. Month words are checked against MONTH_NAMES. */
const SPELLINGS: ReadonlyArray<{ pattern: RegExp; year: number; month: number; day: number; wordMonth?: boolean }> = [
  { pattern: /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, year: 1, month: 2, day: 3 },
  { pattern: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, year: 1, month: 2, day: 3 },
  // 26 February 2026, 26. Februar 2026, 26 de febrero de 2026, 1er mars 2026
  {
    pattern: new RegExp(`(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?${WORD},?\\s+(?:de\\s+)?(\\d{4})`),
    year: 3,
    month: 2,
    day: 1,
    wordMonth: true,
  },
  // February 26, 2026; Feb. 9 2026
  { pattern: new RegExp(`${WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`), year: 3, month: 1, day: 2, wordMonth: true },
];

/** The first day written anywhere in `raw` (ISO, written out in en/de/fr/es, or 2026年2月26日), or null. */
export function dayInText(raw: string | null | undefined): { day: string; at: number } | null {
  if (!raw) return null;
  const value = raw.slice(0, 2000);
  let best: { day: string; at: number } | null = null;
  for (const spelling of SPELLINGS) {
    const pattern = new RegExp(spelling.pattern.source, 'g');
    for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
      const month = spelling.wordMonth ? monthFromWord(match[spelling.month]!) : +match[spelling.month]!;
      const day = month ? checked(+match[spelling.year]!, month, +match[spelling.day]!) : null;
      if (day) {
        if (!best || match.index < best.at) best = { day, at: match.index };
        break;
      }
    }
  }
  return best;
}

/** A calendar day from a metadata value or a line of text. Never shifts a day by time zone. */
export function parseDay(raw: string | null | undefined): string | null {
  return dayInText(raw)?.day ?? null;
}
