/** Calendar days as `YYYY-MM-DD` strings; arithmetic in UTC so no time zone shifts a day. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDay(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const match = DAY.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!));
  return date.toISOString().slice(0, 10) === text;
}

export function toDate(day: string): Date {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`not a day: ${day}`);
  return new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!));
}

const pad = (n: number) => (n < 10 ? '0' : '') + n;

export function fromDate(date: Date): string {
  const year = date.getUTCFullYear();
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function makeDay(year: number, month: number, day: number): string {
  return fromDate(new Date(Date.UTC(year, month - 1, day)));
}

/** Today in the user's own time zone. */
export function localToday(now: Date = new Date()): string {
  return makeDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function addDays(day: string, count: number): string {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + count);
  return fromDate(date);
}

/** The Monday of the Monday–Sunday week holding `day`. */
export function mondayOf(day: string): string {
  const weekday = (toDate(day).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface Period {
  /** First and last day, inclusive. */
  start: string;
  end: string;
}

/** The Monday–Sunday week of "ML news of the week". */
export function mlNewsWeek(day: string): Period {
  const start = mondayOf(day);
  return { start, end: addDays(start, 6) };
}

/** `Week 21 - 27 July`, or `Week 30 June - 6 July` across a month end. */
export function mlNewsWeekLabel(period: Period): string {
  const a = toDate(period.start);
  const b = toDate(period.end);
  const sameMonth = a.getUTCMonth() === b.getUTCMonth();
  const first = sameMonth ? `${a.getUTCDate()}` : `${a.getUTCDate()} ${MONTHS[a.getUTCMonth()]}`;
  return `Week ${first} - ${b.getUTCDate()} ${MONTHS[b.getUTCMonth()]}`;
}

/** The four blocks of a "Monthly papers by week" file: days 1–7, 8–14, 15–21, 22 to month end. */
export function compassBlock(day: string): Period & { index: 1 | 2 | 3 | 4; month: string } {
  const date = toDate(day);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const index = Math.min(4, Math.floor((date.getUTCDate() - 1) / 7) + 1) as 1 | 2 | 3 | 4;
  const startDay = (index - 1) * 7 + 1;
  const endDay = index === 4 ? daysInMonth(year, month) : startDay + 6;
  return {
    index,
    month: day.slice(0, 7),
    start: makeDay(year, month, startDay),
    end: makeDay(year, month, endDay),
  };
}

export function compassBlockStart(month: string, index: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return makeDay(year, mon, (index - 1) * 7 + 1);
}

export function monthIndex(name: string): number | null {
  const lower = name.toLowerCase();
  const found = MONTHS.findIndex((m) => m.toLowerCase() === lower || m.slice(0, 3).toLowerCase() === lower);
  return found < 0 ? null : found + 1;
}

/** `april-2025.md` → `2025-04`. */
export function monthFromFileName(name: string): string | null {
  const match = /([a-z]+)[-_ ](\d{4})/i.exec(name.split(/[\\/]/).pop() ?? '');
  if (!match) return null;
  const month = monthIndex(match[1]!);
  return month ? `${match[2]}-${String(month).padStart(2, '0')}` : null;
}

export function isMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}
