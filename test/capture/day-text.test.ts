import { dayInText, monthFromWord, parseDay } from '@/lib/capture/day-text';

describe('parseDay', () => {
  it.each([
    ['2021/06/17', '2021-06-17'],
    ['2025-07-22T16:30:00+00:00', '2025-07-22'],
    ['2026-02-17 07:30:00', '2026-02-17'],
    ['17 Jun 2021', '2021-06-17'],
    ['Jul 11, 2025', '2025-07-11'],
    ['Feb. 9, 2026', '2026-02-09'],
    ['FEBRUARY 27, 2026', '2026-02-27'],
    ['March 3rd, 2024', '2024-03-03'],
    ['26 February 2026', '2026-02-26'],
    ['26. Februar 2026, 10:15 Uhr', '2026-02-26'],
    ['le 12 mars 2026', '2026-03-12'],
    ['1er mars 2026', '2026-03-01'],
    ['26 de febrero de 2026', '2026-02-26'],
    ['2026年2月26日', '2026-02-26'],
    ['26 de fevereiro de 2026', '2026-02-26'],
    ['26 febbraio 2026', '2026-02-26'],
    ['Sept 3, 2025', '2025-09-03'],
    ['Stand: 26.02.2026 07:12 Uhr', '2026-02-26'],
    ['31.14.2026', null],
    ['2021/02/30', null],
    ['31 Foo 2026', null],
    ['not a date', null],
    ['', null],
  ])('%s → %s', (raw, day) => {
    expect(parseDay(raw)).toBe(day);
  });
});

describe('dayInText', () => {
  it('finds the earliest day in a line, and where it starts', () => {
    expect(dayInText('Marisol Vega · February 26, 2026')).toEqual({ day: '2026-02-26', at: 15 });
    expect(dayInText('Updated March 2, 2026; first published 2026-02-26')).toEqual({ day: '2026-03-02', at: 8 });
    expect(dayInText(null)).toBeNull();
  });

  it('knows month words in English, German, French and Spanish', () => {
    expect([monthFromWord('März'), monthFromWord('févr.'), monthFromWord('diciembre'), monthFromWord('Sept')]).toEqual([3, 2, 12, 9]);
    expect(monthFromWord('Monday')).toBeNull();
  });
});
