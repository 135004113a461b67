import { describe, expect, it } from 'vitest';
import type { ExerciseSession } from '../wellbeing/exercise';
import type { Practice } from '../wellbeing/stress';
import {
  adherenceByArea,
  exerciseWeeks,
  magnesiumDays,
  nightBars,
  practiceWeeks,
  regularityWeeks,
  summarizeMagnesium,
  weekStartsBetween,
  type AreaRoutine,
} from './series';
import { rangeSpan } from './ranges';

describe('magnesium by day', () => {
  const dates = ['2026-06-01', '2026-06-02', '2026-06-03'];
  const food = { '2026-06-01': { magnesiumMg: 210.04 }, '2026-06-03': { magnesiumMg: 330 } };
  const supplement = {
    '2026-06-01': { takenMg: 144 },
    '2026-06-02': { takenMg: 0 },
    '2026-06-03': { takenMg: 400 },
  };
  const days = magnesiumDays(dates, food, supplement);

  it.each([
    ['2026-06-01', 210, 144, 354], // food rounded to 0.1 mg
    ['2026-06-02', 0, 0, 0], // nothing planned or taken
    ['2026-06-03', 330, 400, 730],
  ])('%s: food %f + supplement %f = %f mg', (date, foodMg, supplementMg, totalMg) => {
    expect(days.find((d) => d.date === date)).toEqual({ date, foodMg, supplementMg, totalMg });
  });

  it('sums the period against the RDA and the upper limit', () => {
    expect(summarizeMagnesium(days, 320, 350)).toEqual({
      days: 3,
      averageFoodMg: 180, // (210 + 0 + 330) / 3
      averageSupplementMg: 181, // (144 + 0 + 400) / 3 = 181.3
      averageTotalMg: 361, // (354 + 0 + 730) / 3 = 361.3
      daysAtOrAboveRda: 2,
      daysSupplementAboveUpperLimit: 1, // 400 > 350
      highestSupplementMg: 400,
    });
  });

  it('gives zeros for an empty period', () => {
    expect(summarizeMagnesium([], 320, 350).averageTotalMg).toBe(0);
  });
});

describe('night bars', () => {
  it.each([
    [{ date: '2026-06-10', bedtime: '23:00', wakeTime: '07:00' }, 300, 780, 480],
    [{ date: '2026-06-10', bedtime: '00:30', wakeTime: '06:30' }, 390, 750, 360], // after midnight
    [{ date: '2026-03-29', bedtime: '23:00', wakeTime: '07:00' }, 300, 780, 420], // Berlin spring forward: 7 h asleep, bar still ends at 07:00
    [{ date: '2026-06-10', bedtime: '17:00', wakeTime: '01:00' }, 1380, 1860, 480], // bed before the axis starts
  ] as const)('%j runs from %i to %i minutes after 18:00 (%i min)', (log, bed, wake, duration) => {
    expect(nightBars([log], 'Europe/Berlin')[0]).toMatchObject({
      bedOffsetMinutes: bed,
      wakeOffsetMinutes: wake,
      durationMinutes: duration,
    });
  });

  it('leaves out a night without both times', () => {
    expect(nightBars([{ date: '2026-06-10', bedtime: null, wakeTime: '07:00' }], 'UTC')).toEqual([]);
  });
});

describe('weekly sums', () => {
  // 2026-06-01 is a Monday.
  const weeks = weekStartsBetween('2026-06-03', '2026-06-16', 1);
  it('lists the weeks touching the span', () => {
    expect(weeks).toEqual(['2026-06-01', '2026-06-08', '2026-06-15']);
  });

  const sessions: ExerciseSession[] = [
    { date: '2026-06-01', kind: 'aerobic', minutes: 30, intensity: 'moderate' },
    { date: '2026-06-02', kind: 'aerobic', minutes: 20, intensity: 'vigorous' }, // counts double
    { date: '2026-06-03', kind: 'strength', minutes: 25, intensity: 'moderate' },
    { date: '2026-06-03', kind: 'strength', minutes: 10, intensity: 'moderate' }, // same day: one strength day
    { date: '2026-06-07', kind: 'aerobic', minutes: 60, intensity: 'light' }, // light: not in the aerobic figure
    { date: '2026-06-09', kind: 'strength', minutes: 30, intensity: 'vigorous' },
  ];
  it.each([
    ['2026-06-01', 'moderate-equivalent', 70, 1, 145],
    ['2026-06-08', 'moderate-equivalent', 0, 1, 30],
    ['2026-06-15', 'moderate-equivalent', 0, 0, 0],
    // Children: any moderate or vigorous minute, strength included, none doubled (light still left out).
    ['2026-06-01', 'moderate-or-vigorous', 85, 1, 145],
    ['2026-06-08', 'moderate-or-vigorous', 30, 1, 30],
    // Pregnancy and after the birth: aerobic minutes as they are.
    ['2026-06-01', 'aerobic-minutes', 50, 1, 145],
  ] as const)(
    'exercise in the week of %s counted as %s: %i aerobic min, %i strength days, %i min',
    (week, counting, aerobic, strength, total) => {
      expect(exerciseWeeks(weeks, sessions, 1, counting).find((w) => w.weekStart === week)).toEqual({
        weekStart: week,
        aerobicMinutes: aerobic,
        strengthDays: strength,
        totalMinutes: total,
      });
    },
  );

  const practices: Practice[] = [
    { date: '2026-06-01', kind: 'breathing', minutes: 5 },
    { date: '2026-06-07', kind: 'breathing', minutes: 10 }, // Sunday: still the first week
    { date: '2026-06-08', kind: 'meditation', minutes: 15 }, // Monday: the next
  ];
  it('sums practice minutes by kind and week', () => {
    const rows = practiceWeeks(weeks, practices, 1);
    expect(rows[0]).toMatchObject({ breathing: 15, meditation: 0, totalMinutes: 15 });
    expect(rows[1]).toMatchObject({ breathing: 0, meditation: 15, totalMinutes: 15 });
    expect(rows[2]!.totalMinutes).toBe(0);
  });

  it('figures regularity week by week through the function given', () => {
    const bars = nightBars(
      [
        { date: '2026-06-02', bedtime: '23:00', wakeTime: '07:00' },
        { date: '2026-06-03', bedtime: '23:00', wakeTime: '07:00' },
        { date: '2026-06-09', bedtime: '23:00', wakeTime: '07:00' },
      ],
      'UTC',
    );
    const rows = regularityWeeks(weeks, bars, 1, (nights) => nights.length * 10);
    expect(rows.map((r) => [r.nights, r.variabilityMinutes])).toEqual([
      [2, 20],
      [1, 10],
      [0, 0],
    ]);
  });
});

describe('adherence by area', () => {
  const base = { startDate: '2026-06-01', endDate: null, paused: false } as const;
  const routines: AreaRoutine[] = [
    { ...base, id: 'mg', category: 'supplement', schedule: { kind: 'daily', times: ['08:00', '20:00'] } },
    { ...base, id: 'walk', category: 'exercise', schedule: { kind: 'weekly', days: [1], times: ['18:00'] } },
  ];
  const done = (routineId: string, date: string, plannedTime: string) =>
    ({ routineId, date, plannedTime, status: 'done' }) as const;
  const areas = adherenceByArea(
    ['supplement', 'meal', 'exercise'],
    routines,
    [
      done('mg', '2026-06-01', '08:00'),
      done('mg', '2026-06-02', '08:00'),
      done('mg', '2026-06-02', '20:00'),
      done('walk', '2026-06-01', '18:00'),
    ],
    '2026-06-01',
    '2026-06-03',
  );

  it('lists only the areas with routines', () => {
    expect(areas.map((a) => a.area)).toEqual(['supplement', 'exercise']);
  });

  it.each([
    ['supplement', [0.5, 1, 0], 3, 6, 50],
    ['exercise', [1, null, null], 1, 1, 100], // only Mondays planned
  ])('%s: shares %j, %i of %i done (%i %)', (area, shares, doneCount, planned, percent) => {
    const row = areas.find((a) => a.area === area)!;
    expect(row.days.map((d) => d.share)).toEqual(shares);
    expect([row.done, row.planned, row.percent]).toEqual([doneCount, planned, percent]);
  });
});

describe('range spans', () => {
  it.each([
    ['week', '2026-06-24', '2026-06-30'],
    ['month', '2026-06-01', '2026-06-30'],
    ['3-months', '2026-04-01', '2026-06-30'],
    ['year', '2025-07-01', '2026-06-30'],
    ['all', '2021-07-01', '2026-06-30'],
  ] as const)('%s runs from %s to %s', (range, from, to) => {
    expect(rangeSpan(range, '2026-06-30', '2021-07-01')).toEqual({ from, to });
  });

  it('shows at least a week for "all" when the person began yesterday', () => {
    expect(rangeSpan('all', '2026-06-30', '2026-06-29').from).toBe('2026-06-24');
  });
});
