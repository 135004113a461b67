import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  addDays,
  datesBetween,
  dateLabel,
  daysBetween,
  instantOfLocalTime,
  isoWeekdayOf,
  localDateAt,
  localTimeAt,
  longDayLabel,
  minutesOfDay,
  shortDayLabel,
  weekDates,
  weekStartOf,
  type WeekStartDay,
} from './calendar';

describe('weekStartOf', () => {
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
    // a Friday in a Saturday week, across a month end
    ['2026-03-06', 6, '2026-02-28'],
    // the EU DST change day is an ordinary date
    ['2026-03-29', 1, '2026-03-23'],
    // across a year boundary
    ['2026-01-01', 1, '2025-12-29'],
    // across the leap day
    ['2028-03-01', 7, '2028-02-27'],
  ])('the week containing %s, starting on weekday %i, starts on %s', (date, weekStart, expected) => {
    expect(weekStartOf(date, weekStart)).toBe(expected);
  });
});

describe('local date arithmetic', () => {
  it.each([
    ['2028-02-28', 1, '2028-02-29'], // leap year
    ['2027-02-28', 1, '2027-03-01'], // common year
    ['2026-03-28', 1, '2026-03-29'], // DST day is still one day
    ['2026-03-29', 1, '2026-03-30'], // …and so is the day after it
    ['2026-03-01', -1, '2026-02-28'], // back across a month end
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
    expect(datesBetween('2028-02-27', '2028-03-01')).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
    expect(datesBetween('2026-01-02', '2026-01-01')).toEqual([]);
  });

  it('lists the seven dates of a week, across a year end', () => {
    expect(weekDates('2026-12-28')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });

  it.each([
    ['00:00', 0],
    ['08:30', 510],
    ['23:59', 1439],
  ])('counts %s as %i minutes after midnight', (time, minutes) => {
    expect(minutesOfDay(time)).toBe(minutes);
  });

  it('labels a date with its short and long English day names', () => {
    expect(shortDayLabel('2026-11-23')).toBe('Mon 23 Nov');
    expect(longDayLabel('2026-11-23')).toBe('Monday 23 November');
    expect(dateLabel('2026-09-07', 'd LLL')).toBe('7 Sept');
    expect(dateLabel('2026-09-07', 'ccc d LLL yyyy')).toBe('Mon 7 Sept 2026');
    // A second ask gives the same label (formatted once).
    expect(dateLabel('2026-09-07', 'd LLL yyyy')).toBe('7 Sept 2026');
    expect(dateLabel('2026-09-07', 'd LLL yyyy')).toBe('7 Sept 2026');
  });

  it('names every day from 1600 to 2400 as the platform does, and counts it back', () => {
    const first = Date.UTC(1600, 0, 1) / 86_400_000;
    const last = Date.UTC(2400, 11, 31) / 86_400_000;
    let mismatches = 0;
    for (let day = first; day <= last; day += 1) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      const date = addDays('1600-01-01', day - first);
      if (date !== expected || daysBetween('1600-01-01', date) !== day - first) mismatches += 1;
    }
    expect(mismatches).toBe(0);
  });

  it.each(['0050-01-01', '2026-02-30', '2026-04-31', '2100-02-29', '2026-06-00'])(
    'refuses %j too',
    (date) => {
      expect(() => isoWeekdayOf(date)).toThrow(RangeError);
    },
  );

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

describe('localDateAt', () => {
  it('reads the date in the given zone, not UTC', () => {
    const lateEveningUtc = Date.parse('2026-06-10T23:30:00Z');
    expect(localDateAt(lateEveningUtc, 'Europe/Berlin')).toBe('2026-06-11');
    expect(localDateAt(lateEveningUtc, 'America/New_York')).toBe('2026-06-10');
  });
});

describe('instantOfLocalTime', () => {
  it.each([
    // ordinary days
    ['America/New_York', '2026-03-07', '02:30', '2026-03-07T07:30:00.000Z'],
    ['Europe/Berlin', '2026-06-15', '08:00', '2026-06-15T06:00:00.000Z'],
    // spring gap: 02:30 never happens in New York on 2026-03-08 → fires once at 03:00 EDT
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:00:00.000Z'],
    // the minute before the gap is still standard time
    ['America/New_York', '2026-03-08', '01:59', '2026-03-08T06:59:00.000Z'],
    // 03:00 itself is the end of the gap: the same instant as 02:30 that day
    ['America/New_York', '2026-03-08', '03:00', '2026-03-08T07:00:00.000Z'],
    // spring gap in Berlin: 02:30 on 2026-03-29 → 03:00 CEST
    ['Europe/Berlin', '2026-03-29', '02:30', '2026-03-29T01:00:00.000Z'],
    ['Europe/Berlin', '2026-03-29', '02:00', '2026-03-29T01:00:00.000Z'],
    // autumn fold: 01:30 happens twice in New York on 2026-11-01 → the first one (EDT)
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00.000Z'],
    // autumn fold: 02:30 happens twice in Berlin on 2026-10-25 → the first one (CEST)
    ['Europe/Berlin', '2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'],
    // just after the fold, the later offset applies
    ['Europe/Berlin', '2026-10-25', '03:00', '2026-10-25T02:00:00.000Z'],
    // half-hour DST shift (Lord Howe Island): 02:15 falls in the gap → 02:30 local
    ['Australia/Lord_Howe', '2026-10-04', '02:15', '2026-10-03T15:30:00.000Z'],
    // zone without DST
    ['Asia/Kolkata', '2026-03-08', '02:30', '2026-03-07T21:00:00.000Z'],
    // midnight gap (America/Santiago, 2023-09-03): 00:00 does not exist → 01:00 the same day
    ['America/Santiago', '2023-09-03', '00:00', '2023-09-03T04:00:00.000Z'],
    // leap day
    ['Europe/Berlin', '2028-02-29', '21:00', '2028-02-29T20:00:00.000Z'],
  ])('in %s, %s at %s is %s', (zone, date, time, expected) => {
    expect(new Date(instantOfLocalTime(date, time, zone)).toISOString()).toBe(expected);
  });

  const zones = ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'America/Santiago', 'UTC'];
  const dates = fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const times = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

  it('maps every instant back to its local date, and to its time unless the time was skipped', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), dates, times, (zone, date, time) => {
        const instant = instantOfLocalTime(date, time, zone);
        expect(localDateAt(instant, zone)).toBe(date);
        const wall = localTimeAt(instant, zone);
        if (wall !== time) {
          // Skipped by a spring gap: the instant is the first minute at or after that time.
          expect(wall > time).toBe(true);
          // (A midnight gap, as in America/Santiago, puts the minute before on the previous day.)
          const before = instant - 60_000;
          expect(localDateAt(before, zone) < date || localTimeAt(before, zone) < time).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never picks the second of two instants with the same wall clock', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), dates, times, (zone, date, time) => {
        const instant = instantOfLocalTime(date, time, zone);
        // An hour (or half hour) earlier would show the same wall clock only if we picked the later one.
        for (const earlierByMinutes of [30, 60]) {
          const earlier = instant - earlierByMinutes * 60_000;
          const same = localDateAt(earlier, zone) === date && localTimeAt(earlier, zone) === time;
          expect(same).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
