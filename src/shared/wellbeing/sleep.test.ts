import { describe, expect, it } from 'vitest';
import {
  circularMeanMinutes,
  midpointMinutesOfDay,
  midpointVariabilityMinutes,
  nightInstants,
  sleepLogInputSchema,
  summarizeSleep,
  type Night,
} from './sleep';

const berlin = 'Europe/Berlin';

describe('nightInstants', () => {
  it.each([
    // [wake date, bedtime, wake time, expected minutes]
    ['2026-06-10', '23:00', '07:00', 480], // across midnight: bed the evening before
    ['2026-06-10', '00:40', '07:10', 390], // after midnight: bed the same morning
    ['2026-06-10', '22:15', '06:00', 465],
    ['2026-06-10', '08:00', '15:00', 420], // night shift: asleep after breakfast
    ['2026-06-10', '07:00', '07:00', 1440], // same clock time reads as a full day, caught by validation
    ['2026-03-29', '23:00', '07:00', 420], // DST spring forward in Berlin: a 23-hour day, 1 hour less sleep
    ['2026-10-25', '23:00', '07:00', 540], // DST fall back in Berlin: a 25-hour day, 1 hour more sleep
    ['2026-03-29', '01:30', '04:00', 90], // bed before the 02:00 jump, up after it
  ])('a night ending %s from %s to %s lasts %i minutes', (date, bedtime, wakeTime, minutes) => {
    expect(nightInstants({ date, bedtime, wakeTime }, berlin).durationMinutes).toBe(minutes);
  });

  it('uses the time zone it is given, not the machine’s', () => {
    const night = { date: '2026-03-08', bedtime: '23:00', wakeTime: '07:00' };
    // US spring forward is two weeks before Europe's.
    expect(nightInstants(night, 'America/New_York').durationMinutes).toBe(420);
    expect(nightInstants(night, berlin).durationMinutes).toBe(480);
  });
});

describe('midpoint and regularity', () => {
  it.each([
    ['23:00', '07:00', 180],
    ['22:00', '06:00', 120],
    ['01:00', '09:00', 300],
    ['20:00', '02:00', 1380], // midpoint before midnight
  ])('a night from %s to %s has its midpoint at minute %i', (bedtime, wakeTime, midpoint) => {
    expect(midpointMinutesOfDay({ date: '2026-06-10', bedtime, wakeTime }, berlin)).toBe(midpoint);
  });

  it.each([
    [[1430, 10], 0], // 23:50 and 00:10 average to midnight, not noon
    [[60, 120], 90],
    [[1380, 1380, 60], 1420],
  ])('the circular mean of %j is %i', (minutes, mean) => {
    expect(circularMeanMinutes(minutes)).toBe(mean);
  });

  const nights = (pairs: [string, string][]): Night[] =>
    pairs.map(([bedtime, wakeTime], i) => ({ date: `2026-06-${String(10 + i)}`, bedtime, wakeTime }));

  it.each([
    // identical nights: perfectly regular
    [
      nights([
        ['23:00', '07:00'],
        ['23:00', '07:00'],
        ['23:00', '07:00'],
      ]),
      0,
    ],
    // midpoints 03:00, 04:00, 03:00, 04:00 → ±30 min
    [
      nights([
        ['23:00', '07:00'],
        ['00:00', '08:00'],
        ['23:00', '07:00'],
        ['00:00', '08:00'],
      ]),
      30,
    ],
    // midpoints straddling midnight (23:30 and 00:30) are 30 min from their mean, not 11.5 h
    [
      nights([
        ['20:00', '03:00'],
        ['21:00', '04:00'],
        ['20:00', '03:00'],
        ['21:00', '04:00'],
      ]),
      30,
    ],
    // too few nights: no figure
    [
      nights([
        ['23:00', '07:00'],
        ['01:00', '09:00'],
      ]),
      null,
    ],
    [[], null],
  ])('midpoint variability of %j is %s minutes', (input, expected) => {
    expect(midpointVariabilityMinutes(input, berlin)).toBe(expected);
  });

  it('summarizes averages around midnight without wrapping to noon', () => {
    const summary = summarizeSleep(
      nights([
        ['23:30', '07:00'],
        ['00:30', '08:00'],
        ['23:30', '07:30'],
      ]),
      berlin,
    );
    expect(summary.nights).toBe(3);
    expect(summary.averageBedtimeMinutes).toBe(1430);
    expect(summary.averageDurationMinutes).toBe(460);
  });
});

describe('sleepLogInputSchema', () => {
  const schema = sleepLogInputSchema(berlin, '2026-06-12');
  const ok = { date: '2026-06-12', bedtime: '23:00', wakeTime: '07:00', quality: 3, notes: '' };

  it.each([
    [ok, null],
    [{ ...ok, quality: null }, null],
    [{ ...ok, bedtime: '25:00' }, 'bedtime'],
    [{ ...ok, wakeTime: '7am' }, 'wakeTime'],
    [{ ...ok, bedtime: '14:00', wakeTime: '07:00' }, 'wakeTime'], // 17 hours: over 16 h is flagged
    [{ ...ok, bedtime: '07:00', wakeTime: '07:00' }, 'wakeTime'], // 24 hours
    [{ ...ok, bedtime: '15:00', wakeTime: '07:00' }, null], // exactly 16 h is allowed
    [{ ...ok, date: '2026-06-13' }, 'date'], // a night in the future
    [{ ...ok, quality: 6 }, 'quality'],
  ])('%j is rejected at %s', (input, field) => {
    const result = schema.safeParse(input);
    if (field === null) expect(result.success).toBe(true);
    else expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });
});
