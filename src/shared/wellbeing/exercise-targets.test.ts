import { describe, expect, it } from 'vitest';
import type { AgeBand, LifeStage } from '../profile/profile';
import type { ExerciseSession } from './exercise';
import { exerciseTargetFor, plannedSessions, weeklyProgress, type PlannedExercise } from './exercise-targets';

const stage = (ageBand: AgeBand, extra: Partial<LifeStage> & { aged65OrOver?: boolean } = {}) => ({
  ageBand,
  sex: 'female' as const,
  reproductiveStatus: 'none' as const,
  ...extra,
});

// Monday 8 to Sunday 14 June 2026: 30 min brisk walk (moderate) ×2, a 20-min run (vigorous),
// strength on two days (one light, which does not count), yoga once, a light stroll.
const weekStart = '2026-06-08';
const weekEnd = '2026-06-14';
const sessions: ExerciseSession[] = [
  { date: '2026-06-08', kind: 'aerobic', minutes: 30, intensity: 'moderate' },
  { date: '2026-06-09', kind: 'aerobic', minutes: 20, intensity: 'vigorous' },
  { date: '2026-06-09', kind: 'strength', minutes: 25, intensity: 'moderate' },
  { date: '2026-06-11', kind: 'strength', minutes: 25, intensity: 'vigorous' },
  { date: '2026-06-12', kind: 'strength', minutes: 10, intensity: 'light' },
  { date: '2026-06-12', kind: 'flexibility', minutes: 15, intensity: 'light' },
  { date: '2026-06-13', kind: 'aerobic', minutes: 30, intensity: 'moderate' },
  { date: '2026-06-14', kind: 'aerobic', minutes: 40, intensity: 'light' },
  // next week: not counted
  { date: '2026-06-15', kind: 'aerobic', minutes: 60, intensity: 'vigorous' },
];

describe('exercise targets by life stage', () => {
  it.each([
    // [life stage, stage, [line id, goal, done]…]
    // adults: 30 + 2×20 + 30 = 100 moderate-equivalent minutes (a vigorous minute counts as two)
    [
      stage('31-50'),
      'adults',
      [
        ['aerobic', 150, 100],
        ['strength-days', 2, 2],
      ],
    ],
    [
      stage('19-30', { sex: 'male' }),
      'adults',
      [
        ['aerobic', 150, 100],
        ['strength-days', 2, 2],
      ],
    ],
    [
      stage('51+'),
      'adults',
      [
        ['aerobic', 150, 100],
        ['strength-days', 2, 2],
      ],
    ],
    // 65 and over: adults plus balance on 3 days (one flexibility day so far)
    [
      stage('51+', { aged65OrOver: true }),
      'older-adults',
      [
        ['aerobic', 150, 100],
        ['strength-days', 2, 2],
        ['balance-days', 3, 1],
      ],
    ],
    // 6–17: 60 min a day on average (420 a week) of moderate-to-vigorous minutes as they are, of any kind:
    // 30 + 20 + 25 + 25 + 30 = 130; vigorous on 2 days; strengthening on 2 days
    [
      stage('14-18'),
      'children-6-17',
      [
        ['aerobic', 420, 130],
        ['vigorous-days', 3, 2],
        ['strength-days', 3, 2],
      ],
    ],
    [
      stage('9-13'),
      'children-6-17',
      [
        ['aerobic', 420, 130],
        ['vigorous-days', 3, 2],
        ['strength-days', 3, 2],
      ],
    ],
    [
      stage('4-8'),
      'preschool-or-school',
      [
        ['aerobic', 420, 130],
        ['vigorous-days', 3, 2],
        ['strength-days', 3, 2],
      ],
    ],
    // under 3: no figures, said honestly
    [stage('1-3'), 'under-3', []],
    [stage('0-6m'), 'under-3', []],
    // pregnancy and after the birth: 150 min of moderate activity, counted as they are (no doubling):
    // 30 + 20 + 30 aerobic = 80
    [stage('31-50', { reproductiveStatus: 'pregnant' }), 'pregnancy-postpartum', [['aerobic', 150, 80]]],
    [stage('19-30', { reproductiveStatus: 'lactating' }), 'pregnancy-postpartum', [['aerobic', 150, 80]]],
  ] as const)('%j → %s', (lifeStage, expectedStage, lines) => {
    const target = exerciseTargetFor(lifeStage);
    expect(target.stage).toBe(expectedStage);
    expect(target.source).toMatch(/Physical Activity Guidelines for Americans, 2nd edition/);
    expect(target.summary.length).toBeGreaterThan(20);
    expect(
      weeklyProgress(target, sessions, [], weekStart, weekEnd).map((l) => [l.id, l.goal, l.done]),
    ).toEqual(lines);
  });

  it('gives adults the 150–300 minute range', () => {
    expect(exerciseTargetFor(stage('31-50')).lines[0]).toMatchObject({ goal: 150, upTo: 300 });
  });

  it('counts a vigorous minute as two for adults only', () => {
    const run: ExerciseSession[] = [
      { date: '2026-06-08', kind: 'aerobic', minutes: 75, intensity: 'vigorous' },
    ];
    const done = (lifeStage: ReturnType<typeof stage>) =>
      weeklyProgress(exerciseTargetFor(lifeStage), run, [], weekStart, weekEnd)[0]!.done;
    expect(done(stage('31-50'))).toBe(150);
    expect(done(stage('14-18'))).toBe(75);
    expect(done(stage('31-50', { reproductiveStatus: 'pregnant' }))).toBe(75);
  });
});

describe('planned minutes from routines', () => {
  const routine = (schedule: PlannedExercise['schedule'], activity: PlannedExercise['activity']) => ({
    routineId: 'r',
    schedule,
    startDate: '2026-01-01',
    endDate: null,
    paused: false,
    activity,
  });
  const walk = { area: 'exercise', kind: 'aerobic', minutes: 30, intensity: 'moderate' } as const;
  const weights = { area: 'exercise', kind: 'strength', minutes: 20, intensity: 'moderate' } as const;

  it.each([
    ['a daily 30-min walk', [routine({ kind: 'daily', times: ['07:00'] }, walk)], 210, 0],
    ['twice a day', [routine({ kind: 'daily', times: ['07:00', '18:00'] }, walk)], 420, 0],
    [
      'walks Mon/Wed/Fri and weights twice a week',
      [
        routine({ kind: 'weekly', days: [1, 3, 5], times: ['07:00'] }, walk),
        routine({ kind: 'times-per-week', count: 2 }, weights),
      ],
      90,
      2,
    ],
    ['paused', [{ ...routine({ kind: 'daily', times: ['07:00'] }, walk), paused: true }], 0, 0],
  ])('%s plans %i aerobic minutes and %i strength days', (_name, routines, minutes, strengthDays) => {
    const planned = plannedSessions(routines, weekStart, weekEnd);
    const progress = weeklyProgress(exerciseTargetFor(stage('31-50')), [], planned, weekStart, weekEnd);
    expect(progress.map((l) => l.planned)).toEqual([minutes, strengthDays]);
  });
});
