// Reminder rules for unit tests: one daily magnesium routine in Berlin, at the times a test needs.
import type { ReminderRulesPayload } from '../../src/shared/ipc/contract';

export const BERLIN = 'Europe/Berlin';

/** The instant of a Berlin wall-clock time ("08:00") on Monday 15 June 2026, in summer time (UTC+2). */
export const berlinAt = (time: string) => Date.parse(`2026-06-15T${time}:00+02:00`);

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
