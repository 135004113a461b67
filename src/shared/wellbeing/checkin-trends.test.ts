import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/calendar';
import {
  average,
  checkinInputSchema,
  minCheckinsForTrend,
  ratingTrend,
  type RatedDay,
} from './checkin-trends';

const from = '2026-05-01';
const series = (values: number[], everyDays = 1): RatedDay[] =>
  values.map((value, i) => ({ date: addDays(from, i * everyDays), value }));

describe('ratingTrend', () => {
  it.each([
    // [ratings, expected direction or null]
    [[], null],
    [[1, 2, 3, 4, 5], null], // a clear rise, but only 5 days: no trend is claimed
    [Array.from({ length: minCheckinsForTrend - 1 }, (_, i) => 1 + (i % 5)), null], // one short of enough
    [Array.from({ length: 14 }, () => 3), 'level'], // flat
    [Array.from({ length: 28 }, (_, i) => 2 + i / 9), 'up'], // 2 → 5 over four weeks
    [Array.from({ length: 28 }, (_, i) => 5 - i / 9), 'down'],
    [Array.from({ length: 28 }, (_, i) => (i % 2 === 0 ? 2 : 4)), 'level'], // zig-zag, no drift
  ])('ratings %j give trend %s', (values, direction) => {
    const days = series(values);
    const trend = ratingTrend(days, from, addDays(from, 27));
    expect(trend === null ? null : trend.direction).toBe(direction);
  });

  it('reports the change across the whole window, not just between rated days', () => {
    // Rated every other day: 14 ratings spread over 27 days, rising 0.1 a day.
    const days = series(
      Array.from({ length: 14 }, (_, i) => 2 + i * 0.2),
      2,
    );
    const trend = ratingTrend(days, from, addDays(from, 27));
    expect(trend?.changePoints).toBeCloseTo(2.7, 5);
  });
});

describe('checkin input', () => {
  const today = '2026-06-12';
  const empty = {
    date: '2026-06-10',
    focus: null,
    mood: null,
    irritability: null,
    restlessness: null,
    sleepQuality: null,
    notes: '',
  };
  it.each([
    [{ ...empty, focus: 3 }, true],
    [{ ...empty, notes: 'rough day' }, true],
    [empty, false], // nothing to save
    [{ ...empty, mood: 0 }, false],
    [{ ...empty, mood: 6 }, false],
    [{ ...empty, focus: 3, date: today }, true], // today itself
    [{ ...empty, focus: 3, date: '2026-06-13' }, false], // the day after today
  ])('%j is valid: %s', (input, valid) => {
    expect(checkinInputSchema(today).safeParse(input).success).toBe(valid);
  });

  it('averages to one decimal and has no average without values', () => {
    expect(average([3, 4, 4])).toBe(3.7);
    expect(average([])).toBeNull();
  });
});
