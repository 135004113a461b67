import { describe, expect, it } from 'vitest';
import { addDays, datesBetween, todayIn, weekStartOf } from './calendar';

describe('weekStartOf', () => {
  it.each([
    // [date (weekday), week start, first day of that week]
    ['2026-06-10', 1, '2026-06-08'], // Wednesday, Monday start
    ['2026-06-08', 1, '2026-06-08'], // Monday itself
    ['2026-06-14', 1, '2026-06-08'], // Sunday is the last day of a Monday week
    ['2026-06-14', 7, '2026-06-14'], // …and the first day of a Sunday week
    ['2026-06-13', 7, '2026-06-07'], // Saturday is the last day of a Sunday week
    ['2026-06-13', 6, '2026-06-13'], // Saturday start
    ['2026-06-12', 6, '2026-06-06'], // Friday, Saturday start
    ['2027-01-01', 1, '2026-12-28'], // across a year boundary
    ['2028-03-01', 7, '2028-02-27'], // across a leap day
  ] as const)('%s in a week starting on ISO day %i starts on %s', (date, start, expected) => {
    expect(weekStartOf(date, start)).toBe(expected);
  });
});

describe('calendar helpers', () => {
  it('adds days across month ends and DST changes without drifting', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('lists every date in a range, both ends included', () => {
    expect(datesBetween('2026-10-24', '2026-10-26')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    expect(datesBetween('2026-10-26', '2026-10-24')).toEqual([]);
  });

  it('reads today in the given zone, not UTC', () => {
    const lateEveningUtc = Date.parse('2026-06-10T23:30:00Z');
    expect(todayIn('Europe/Berlin', lateEveningUtc)).toBe('2026-06-11');
    expect(todayIn('America/New_York', lateEveningUtc)).toBe('2026-06-10');
  });
});
