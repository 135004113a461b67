import { describe, expect, it } from 'vitest';
import type { PlannableRoutine } from '@shared/routines/day-plan';
import { routineHabits } from './routine-habits';

const routine: PlannableRoutine = {
  routineId: 'mg',
  title: 'Magnesium',
  category: 'supplement',
  schedule: { kind: 'daily', times: ['08:00', '20:00'] },
  startDate: '2026-06-10',
  endDate: null,
  paused: false,
};
const done = (date: string, plannedTime: string, status: 'done' | 'skipped' = 'done') => ({
  routineId: 'mg',
  date,
  plannedTime,
  status,
  snoozedUntilEpochMs: null,
});

describe('routineHabits', () => {
  it('counts a day only when every planned time is done, and ignores today while it is open', () => {
    const stats = routineHabits(
      [routine],
      [
        done('2026-06-10', '08:00'),
        done('2026-06-10', '20:00'),
        done('2026-06-11', '08:00'),
        done('2026-06-11', '20:00'),
        done('2026-06-12', '08:00'),
      ],
      '2026-06-12',
    ).get('mg')!;
    expect(stats.streakDays).toBe(2);
    expect(stats.strength).toBe(1);
  });

  it('treats a half-done past day as missed', () => {
    const stats = routineHabits([routine], [done('2026-06-10', '08:00')], '2026-06-11').get('mg')!;
    expect(stats).toEqual({ streakDays: 0, strength: 0 });
  });
});
