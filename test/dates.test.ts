import {
  addDays,
  compassBlock,
  compassBlockStart,
  daysInMonth,
  fromDate,
  isDay,
  isMonth,
  localToday,
  makeDay,
  mlNewsWeek,
  mlNewsWeekLabel,
  mondayOf,
  monthFromFileName,
  monthIndex,
  toDate,
} from '@/lib/dates';

describe('days', () => {
  it('accepts only real calendar days written YYYY-MM-DD', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2025-13-01')).toBe(false);
    expect(isDay('2025-7-22')).toBe(false);
    expect(isDay(' 2025-07-22')).toBe(false);
    expect(isDay(20250722)).toBe(false);
    expect(isDay(null)).toBe(false);
  });

  it('turns a day into midnight UTC and back, whatever the time zone', () => {
    expect(toDate('2025-07-22').toISOString()).toBe('2025-07-22T00:00:00.000Z');
    expect(fromDate(new Date('2025-07-22T23:59:59Z'))).toBe('2025-07-22');
    expect(fromDate(new Date(Date.UTC(999, 0, 5)))).toBe('0999-01-05');
    expect(() => toDate('22/07/2025')).toThrow(RangeError);
  });

  it('makes a day from its parts, carrying over a month end', () => {
    expect(makeDay(2025, 7, 2)).toBe('2025-07-02');
    expect(makeDay(2025, 2, 29)).toBe('2025-03-01');
  });

  it('takes today in the local time zone, not UTC', () => {
    // Built from local parts, so the day is the same in every zone the test runs in.
    expect(localToday(new Date(2025, 6, 22, 23, 30))).toBe('2025-07-22');
    expect(localToday(new Date(2025, 0, 1, 0, 5))).toBe('2025-01-01');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2025-07-31', 1)).toBe('2025-08-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-07-22', 0)).toBe('2025-07-22');
  });

  it('counts the days of a month', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 12)).toBe(31);
    expect(daysInMonth(2025, 4)).toBe(30);
  });
});

describe('the weeks of ML news', () => {
  it('run Monday to Sunday', () => {
    expect(mondayOf('2025-07-21')).toBe('2025-07-21'); // a Monday
    expect(mondayOf('2025-07-27')).toBe('2025-07-21'); // a Sunday
    expect(mlNewsWeek('2025-07-01')).toEqual({ start: '2025-06-30', end: '2025-07-06' });
  });

  it('are labelled with one month name, or two across a month end', () => {
    expect(mlNewsWeekLabel(mlNewsWeek('2025-07-22'))).toBe('Week 21 - 27 July');
    expect(mlNewsWeekLabel(mlNewsWeek('2025-07-01'))).toBe('Week 30 June - 6 July');
    expect(mlNewsWeekLabel(mlNewsWeek('2025-12-31'))).toBe('Week 29 December - 4 January');
  });
});

describe('the blocks of the monthly papers', () => {
  it('are days 1–7, 8–14, 15–21, and 22 to the month end', () => {
    expect(compassBlock('2025-07-01')).toEqual({ index: 1, month: '2025-07', start: '2025-07-01', end: '2025-07-07' });
    expect(compassBlock('2025-07-14')).toMatchObject({ index: 2, start: '2025-07-08', end: '2025-07-14' });
    expect(compassBlock('2025-07-15')).toMatchObject({ index: 3, start: '2025-07-15', end: '2025-07-21' });
    expect(compassBlock('2025-07-31')).toMatchObject({ index: 4, start: '2025-07-22', end: '2025-07-31' });
    expect(compassBlock('2025-02-28')).toMatchObject({ index: 4, start: '2025-02-22', end: '2025-02-28' });
    expect(compassBlock('2024-02-29')).toMatchObject({ index: 4, end: '2024-02-29' });
  });

  it('start on the first day of their block', () => {
    expect([1, 2, 3, 4].map((index) => compassBlockStart('2025-07', index))).toEqual([
      '2025-07-01',
      '2025-07-08',
      '2025-07-15',
      '2025-07-22',
    ]);
  });
});

describe('months', () => {
  it('are known by full or three-letter name, in any case', () => {
    expect(monthIndex('April')).toBe(4);
    expect(monthIndex('sep')).toBe(9);
    expect(monthIndex('DECEMBER')).toBe(12);
    expect(monthIndex('Sept')).toBeNull();
    expect(monthIndex('')).toBeNull();
  });

  it('are read from a list file\u2019s name, its folders ignored', () => {
    expect(monthFromFileName('april-2025.md')).toBe('2025-04');
    expect(monthFromFileName('research_and_future_trends/Nov_2026.md')).toBe('2026-11');
    expect(monthFromFileName('C:\\lists\\july 2025.md')).toBe('2025-07');
    expect(monthFromFileName('april-2025/README.md')).toBeNull();
    expect(monthFromFileName('notes-2025.md')).toBeNull();
  });

  it('are written YYYY-MM', () => {
    expect(isMonth('2025-04')).toBe(true);
    expect(isMonth('2025-13')).toBe(false);
    expect(isMonth('2025-4')).toBe(false);
    expect(isMonth('April')).toBe(false);
  });
});
