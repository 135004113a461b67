import { describe, expect, it } from 'vitest';
import { windDownInputSchema, windDownTime } from './wind-down';

describe('wind-down times', () => {
  it.each([
    ['23:00', 45, '22:15'],
    ['22:30', 30, '22:00'],
    ['00:15', 45, '23:30'], // past midnight: the evening before
    ['00:00', 15, '23:45'],
    ['07:00', 0, '07:00'],
  ])('%s − %i min is %s', (bedtime, before, time) => {
    expect(windDownTime(bedtime, before)).toBe(time);
  });

  it.each([
    [{ items: [] }, true],
    [{ items: ['screens-off', 'book'] }, true],
    [{ items: ['screens-off', 'screens-off'] }, false],
    [{ items: ['coffee'] }, false],
  ])('%j is accepted: %s', (input, ok) => {
    expect(windDownInputSchema.safeParse(input).success).toBe(ok);
  });
});
