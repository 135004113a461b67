import { describe, expect, it } from 'vitest';
import { exerciseLogInputSchema, weeklyMix, type ExerciseSession } from './exercise';

const week = ['2026-06-08', '2026-06-14'] as const;
const s = (
  date: string,
  kind: ExerciseSession['kind'],
  minutes: number,
  intensity: ExerciseSession['intensity'],
) => ({
  date,
  kind,
  minutes,
  intensity,
});

describe('weeklyMix', () => {
  it.each([
    // [sessions, aerobic equivalent minutes, strength days]
    [[], 0, 0],
    [[s('2026-06-08', 'aerobic', 30, 'moderate')], 30, 0],
    [[s('2026-06-08', 'aerobic', 30, 'vigorous')], 60, 0], // vigorous counts double
    [[s('2026-06-08', 'aerobic', 40, 'light')], 0, 0], // light walking is not in the aerobic figure
    [[s('2026-06-08', 'aerobic', 75, 'vigorous')], 150, 0], // 75 vigorous meets the 150 reference
    [[s('2026-06-08', 'strength', 20, 'moderate'), s('2026-06-08', 'strength', 15, 'vigorous')], 0, 1], // same day twice = one day
    [[s('2026-06-08', 'strength', 20, 'moderate'), s('2026-06-10', 'strength', 20, 'moderate')], 0, 2],
    [[s('2026-06-09', 'strength', 20, 'light')], 0, 0], // light strength is not counted as a strength day
    [[s('2026-06-07', 'aerobic', 60, 'moderate'), s('2026-06-15', 'aerobic', 60, 'moderate')], 0, 0], // outside the week
    [[s('2026-06-14', 'aerobic', 20, 'moderate'), s('2026-06-11', 'flexibility', 20, 'moderate')], 20, 0], // last day counts; flexibility does not
  ])(
    'sessions %j give %i aerobic-equivalent minutes and %i strength days',
    (sessions, aerobic, strengthDays) => {
      const mix = weeklyMix(sessions, ...week);
      expect(mix.aerobicEquivalentMinutes).toBe(aerobic);
      expect(mix.strengthDays).toBe(strengthDays);
    },
  );

  it('keeps every minute in the totals by kind, including light ones', () => {
    const mix = weeklyMix(
      [
        s('2026-06-08', 'aerobic', 40, 'light'),
        s('2026-06-09', 'flexibility', 15, 'light'),
        s('2026-06-09', 'other', 10, 'vigorous'),
      ],
      ...week,
    );
    expect(mix.minutesByKind).toEqual({ aerobic: 40, strength: 0, flexibility: 15, other: 10 });
    expect(mix.lightMinutes).toBe(55);
    expect(mix.totalMinutes).toBe(65);
    expect(mix.sessions).toBe(3);
  });
});

describe('exerciseLogInputSchema', () => {
  const ok = { date: '2026-06-10', kind: 'aerobic', minutes: 30, intensity: 'moderate', notes: '' };
  it.each([
    [ok, null],
    [{ ...ok, minutes: 0 }, 'minutes'],
    [{ ...ok, minutes: 12.5 }, 'minutes'],
    [{ ...ok, minutes: Number.NaN }, 'minutes'],
    [{ ...ok, minutes: 601 }, 'minutes'],
    [{ ...ok, kind: 'yoga' }, 'kind'],
    [{ ...ok, intensity: 'extreme' }, 'intensity'],
    [{ ...ok, date: '2026-06-12' }, null], // today
    [{ ...ok, date: '2026-06-13' }, 'date'], // tomorrow
  ])('%j is rejected at %s', (input, field) => {
    const result = exerciseLogInputSchema('2026-06-12').safeParse(input);
    if (field === null) expect(result.success).toBe(true);
    else expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });
});
