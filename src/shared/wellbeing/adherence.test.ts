import { describe, expect, it } from 'vitest';
import { adherenceByDay, plannedTimesOn, type PlannedRoutine } from './adherence';

const daily: PlannedRoutine = {
  id: 'mg',
  schedule: { kind: 'daily', times: ['08:00', '20:00'] },
  startDate: '2026-06-01',
  endDate: null,
  paused: false,
};
const gym: PlannedRoutine = {
  id: 'gym',
  schedule: { kind: 'weekly', days: [1, 3], times: ['18:00'] },
  startDate: '2026-06-01',
  endDate: '2026-06-30',
  paused: false,
};

describe('plannedTimesOn', () => {
  it.each([
    [daily, '2026-06-10', 2],
    [daily, '2026-05-31', 0], // before the start
    [gym, '2026-06-08', 1], // Monday
    [gym, '2026-06-09', 0], // Tuesday
    [gym, '2026-07-01', 0], // after the end (a Wednesday)
    [{ ...daily, paused: true }, '2026-06-10', 0],
    [{ ...daily, schedule: { kind: 'times-per-week', count: 3 } } as PlannedRoutine, '2026-06-10', 0], // no fixed day
  ])('%j on %s has %i planned times', (routine, date, count) => {
    expect(plannedTimesOn(routine, date)).toHaveLength(count);
  });
});

describe('adherenceByDay', () => {
  it('counts done occurrences only (not skipped or snoozed) against what was planned', () => {
    const days = adherenceByDay(
      [daily, gym],
      [
        { routineId: 'mg', date: '2026-06-08', plannedTime: '08:00', status: 'done' },
        { routineId: 'mg', date: '2026-06-08', plannedTime: '20:00', status: 'skipped' },
        { routineId: 'gym', date: '2026-06-08', plannedTime: '18:00', status: 'done' },
        { routineId: 'mg', date: '2026-06-09', plannedTime: '08:00', status: 'snoozed' },
      ],
      ['2026-06-08', '2026-06-09', '2026-05-20'],
    );
    expect(days).toEqual([
      { date: '2026-06-08', planned: 3, done: 2, share: 2 / 3 },
      { date: '2026-06-09', planned: 2, done: 0, share: 0 },
      { date: '2026-05-20', planned: 0, done: 0, share: null }, // nothing planned: no share, not 0 %
    ]);
  });
});
