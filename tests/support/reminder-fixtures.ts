// Reminder rules for unit tests: one daily magnesium routine in Berlin, at the times a test needs.
import type { ReminderRulesPayload } from '../../src/shared/ipc/contract';
import { instantOfLocalTime } from '../../src/shared/recurrence/zoned-time';

export const BERLIN = 'Europe/Berlin';

/** The instant of a Berlin wall-clock time on Monday 15 June 2026 (summer time). */
export const berlinAt = (time: string) => instantOfLocalTime('2026-06-15', time, BERLIN);

export function dailyMagnesium(times: string[] = ['08:00']): ReminderRulesPayload {
  return {
    settings: { timeZone: BERLIN, quietHours: null, snoozeMinutes: 10, enabled: true },
    rules: [
      {
        routineId: 'mg',
        title: 'Magnesium',
        category: 'supplement',
        schedule: { kind: 'daily', times },
        startDate: '2026-01-01',
        endDate: null,
        paused: false,
        nag: null,
        settledOccurrences: [],
      },
    ],
  };
}
