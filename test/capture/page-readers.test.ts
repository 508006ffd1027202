import { parseDay } from '@/lib/capture/page-readers';

describe('dates', () => {
  it.each([
    ['2021/06/17', '2021-06-17'],
    ['2025-07-22T16:30:00+00:00', '2025-07-22'],
    ['17 Jun 2021', '2021-06-17'],
    ['Jul 11, 2025', '2025-07-11'],
    ['March 3rd, 2024', '2024-03-03'],
    ['2021/02/30', null],
    ['not a date', null],
  ])('%s → %s', (raw, day) => {
    expect(parseDay(raw)).toBe(day);
  });
});
