import { makeDay, isDay } from '../dates';

/** Days written in text and metadata values, in the spellings pages use. Pure string code. */

/**
 * How month names begin in the languages curators read most (English, German, French, Spanish,
 * Portuguese, Italian): "févr.", "Februar", "febbraio" all begin with a stem of February. Stems
 * rather than every spelling keep the content script small; no stem begins another month's.
 */
const MONTH_STEMS =
  'jan jän ene gen|feb fév fev|mar mär mae|apr avr abr|may mai mag|jun juin giu|jul juil lug|aug ao ago|sep set|oct okt out ott|nov|dec déc dez dic'
    .split('|')
    .map((stems) => stems.split(' '));

export function monthFromWord(word: string): number | null {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length > 10) return null;
  const month = MONTH_STEMS.findIndex((stems) => stems.some((stem) => lower.startsWith(stem)));
  return month < 0 ? null : month + 1;
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
  // 26.02.2026: dotted numeric days are day-first wherever they are written.
  { pattern: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/, year: 3, month: 2, day: 1 },
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
