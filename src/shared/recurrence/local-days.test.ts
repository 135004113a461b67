import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  addDays,
  datesInRange,
  daysBetween,
  isoWeekdayOf,
  weekStartDate,
  type WeekStartDay,
} from './local-days';

describe('weekStartDate', () => {
  it.each<[string, WeekStartDay, string]>([
    // a Sunday: Monday-start weeks began six days before, Sunday-start weeks begin that day
    ['2026-03-08', 1, '2026-03-02'],
    ['2026-03-08', 7, '2026-03-08'],
    ['2026-03-08', 6, '2026-03-07'],
    // a Saturday
    ['2026-03-07', 1, '2026-03-02'],
    ['2026-03-07', 6, '2026-03-07'],
    ['2026-03-07', 7, '2026-03-01'],
    // a Monday
    ['2026-03-09', 1, '2026-03-09'],
    ['2026-03-09', 7, '2026-03-08'],
    // across a year boundary
    ['2026-01-01', 1, '2025-12-29'],
    // across the leap day
    ['2028-03-01', 7, '2028-02-27'],
  ])('the week containing %s, starting on weekday %i, starts on %s', (date, weekStart, expected) => {
    expect(weekStartDate(date, weekStart)).toBe(expected);
  });
});

describe('local date arithmetic', () => {
  it.each([
    ['2028-02-28', 1, '2028-02-29'], // leap year
    ['2027-02-28', 1, '2027-03-01'], // common year
    ['2026-03-28', 1, '2026-03-29'], // DST day is still one day
    ['2026-01-01', -1, '2025-12-31'],
  ])('%s plus %i day is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it('knows 29 February 2028 is a Tuesday', () => {
    expect(isoWeekdayOf('2028-02-29')).toBe(2);
  });

  it.each(['2027-02-29', '2026-13-01', '2026-00-10', '2026-4-1', 'not a date', ''])('refuses %j', (date) => {
    expect(() => addDays(date, 1)).toThrow(RangeError);
  });

  it('lists every date of a range, both ends included, across a leap day', () => {
    expect(datesInRange('2028-02-27', '2028-03-01')).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
    expect(datesInRange('2026-01-02', '2026-01-01')).toEqual([]);
  });

  it('agrees with luxon on adding days and on weekdays for any date from 1900 to 2200', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -25_567, max: 84_000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (day, days) => {
          const start = DateTime.fromMillis(day * 86_400_000, { zone: 'utc' });
          const date = start.toISODate()!;
          expect(addDays(date, days)).toBe(start.plus({ days }).toISODate());
          expect(isoWeekdayOf(date)).toBe(start.weekday);
        },
      ),
    );
  });
});
