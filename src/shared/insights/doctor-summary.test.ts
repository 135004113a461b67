import { insightExerciseTarget } from './pillar-figures';
import { describe, expect, it } from 'vitest';
import { doctorSummary, type SummaryInput } from './doctor-summary';
import { defaultSummaryRange, summaryRangeError } from './summary-range';

const none = { diarrhoea: 'none', nausea: 'none', cramps: 'none', other: 'none' } as const;
const ratings = { focus: null, mood: null, irritability: null, restlessness: null, sleepQuality: null };
const base: SummaryInput = {
  from: '2026-03-02',
  to: '2026-03-15', // two weeks
  timeZone: 'Europe/Berlin',
  doseRoutine: [],
  doses: [],
  checkins: [],
  foodMagnesium: {},
  supplementMagnesium: {},
  rdaMg: 320,
  upperLimitMg: 350,
  sleepLogs: [],
  exercise: [],
  exerciseGoals: insightExerciseTarget({ ageBand: '19-30', sex: 'female', reproductiveStatus: 'none' }),
  practices: [],
};

describe('summaryRangeError', () => {
  it.each([
    ['2026-03-01', '2026-03-28', null],
    ['2026-03-28', '2026-03-28', null], // one day
    ['2026-03-28', '2026-03-01', 'The first day must not be after the last.'],
    ['2025-03-29', '2026-03-29', null], // 366 days counting both ends
    ['2025-03-28', '2026-03-29', 'A summary covers at most 366 days.'],
  ])('%s to %s: %s', (from, to, error) => {
    expect(summaryRangeError(from, to)).toBe(error);
  });

  it('defaults to the four weeks up to today', () => {
    expect(defaultSummaryRange('2026-03-28')).toEqual({ from: '2026-03-01', to: '2026-03-28' });
  });
});

describe('doctorSummary', () => {
  it('counts doses on time, late, skipped and not logged against the planned times, within the range only', () => {
    const summary = doctorSummary({
      ...base,
      doseRoutine: [
        { date: '2026-03-01', planned: 2, done: 2, share: 1 }, // before the range
        { date: '2026-03-02', planned: 2, done: 1, share: 0.5 },
        { date: '2026-03-03', planned: 2, done: 2, share: 1 },
      ],
      doses: [
        { date: '2026-03-01', status: 'taken', elementalMg: 100 },
        { date: '2026-03-02', status: 'taken', elementalMg: 100 },
        { date: '2026-03-02', status: 'skipped', elementalMg: 100 },
        { date: '2026-03-03', status: 'late', elementalMg: 100 },
      ],
    });
    expect(summary.days).toBe(14);
    expect(summary.doses).toEqual({
      planned: 4,
      onTime: 1,
      late: 1,
      skipped: 1,
      notLogged: 1,
      elementalMgTaken: 200,
    });
  });

  it('lists side effects by day with their severity and the named other effect', () => {
    const summary = doctorSummary({
      ...base,
      checkins: [
        { date: '2026-03-04', ...ratings, sideEffects: { ...none, diarrhoea: 'mild' }, otherSideEffect: '' },
        { date: '2026-03-05', ...ratings, sideEffects: none, otherSideEffect: '' },
        {
          date: '2026-03-06',
          ...ratings,
          sideEffects: { ...none, cramps: 'moderate', other: 'severe' },
          otherSideEffect: 'Headache',
        },
      ],
    });
    expect(summary.sideEffects).toEqual([
      { date: '2026-03-04', items: ['Diarrhoea (mild)'] },
      { date: '2026-03-06', items: ['Cramps (moderate)', 'Headache (severe)'] },
    ]);
  });

  it('gives magnesium on meal days against the RDA, the supplement per day, and days above the UL', () => {
    const summary = doctorSummary({
      ...base,
      foodMagnesium: {
        '2026-03-02': { magnesiumMg: 200, itemCount: 3 },
        '2026-03-03': { magnesiumMg: 300, itemCount: 4 },
        '2026-03-04': { magnesiumMg: 0, itemCount: 0 }, // nothing planned: unknown, left out
      },
      supplementMagnesium: {
        '2026-03-02': { takenMg: 100 },
        '2026-03-03': { takenMg: 400 }, // above 350
        '2026-03-16': { takenMg: 999 }, // after the range
      },
    });
    expect(summary.magnesium).toEqual({
      daysWithMeals: 2,
      averageFoodMg: 250,
      averageSupplementMg: Math.round(500 / 14),
      averageTotalMg: 500, // (300 + 700) / 2
      rdaMg: 320,
      upperLimitMg: 350,
      highestSupplementMg: 400,
      daysSupplementAboveLimit: 1,
    });
  });

  it('gives sleep, exercise per week against the guideline, stress practice and rating averages', () => {
    const summary = doctorSummary({
      ...base,
      sleepLogs: [
        { date: '2026-03-03', bedtime: '23:00', wakeTime: '07:00', quality: 4 },
        { date: '2026-03-04', bedtime: '23:30', wakeTime: '06:30', quality: 3 },
      ],
      exercise: [
        { date: '2026-03-03', kind: 'aerobic', minutes: 30, intensity: 'vigorous' }, // counts double
        { date: '2026-03-05', kind: 'strength', minutes: 20, intensity: 'moderate' },
        { date: '2026-03-20', kind: 'aerobic', minutes: 90, intensity: 'moderate' }, // after the range
      ],
      practices: [
        { date: '2026-03-03', kind: 'breathing', minutes: 10 },
        { date: '2026-03-03', kind: 'meditation', minutes: 5 },
      ],
      checkins: [
        { date: '2026-03-03', ...ratings, focus: 3, sideEffects: none, otherSideEffect: '' },
        { date: '2026-03-04', ...ratings, focus: 4, sideEffects: none, otherSideEffect: '' },
      ],
    });
    expect(summary.sleep).toMatchObject({ nights: 2, averageDurationMinutes: 450, averageQuality: 3.5 });
    expect(summary.exercise).toEqual({
      sessions: 2,
      totalMinutes: 50,
      aerobicMinutesPerWeek: 30,
      strengthDaysPerWeek: 0.5,
      goals: {
        who: 'Adults',
        aerobicMinutes: 150,
        strengthDays: 2,
        counting: 'moderate-equivalent',
        source: expect.any(String),
      },
    });
    expect(summary.stress).toEqual({ totalMinutes: 15, days: 1, minutesPerWeek: 8 });
    expect(summary.ratings.find((r) => r.field === 'focus')).toEqual({
      field: 'focus',
      daysRated: 2,
      average: 3.5,
      trend: null, // fewer than 14 rated days
    });
  });
});
