import { describe, expect, it } from 'vitest';
import { reminderRulesPayloadSchema } from '@shared/ipc/contract';
import type { DayItem } from '@shared/routines/day-plan';
import type { CompletionRow, Profile, RoutineRow } from '../../db/schema';
import { defaultSettings } from '../../data/settings/default-settings';
import { buildReminderPayload, buildTraySummary } from './reminder-payload';

const routine: RoutineRow = {
  id: 'mg',
  category: 'supplement',
  title: 'Magnesium',
  notes: '',
  schedule: { kind: 'daily', times: ['08:00', '20:00'] },
  startDate: '2026-06-01',
  endDate: null,
  paused: false,
  reminder: { enabled: true, nag: { intervalMinutes: 10, maxCount: 3 } },
  source: null,
  createdAtEpochMs: 0,
  updatedAtEpochMs: 0,
};
const profile = { timeZone: 'Europe/Berlin', weekStart: 7 } as Profile;
const completion = (
  plannedTime: string,
  status: CompletionRow['status'],
  until: number | null = null,
): CompletionRow => ({
  id: `mg|2026-06-15|${plannedTime}`,
  routineId: 'mg',
  date: '2026-06-15',
  plannedTime,
  status,
  atEpochMs: 1,
  snoozedUntilEpochMs: until,
  updatedAtEpochMs: 1,
});

describe('buildReminderPayload', () => {
  it('sends done/skipped occurrences as settled and snoozed ones with their end, in a payload main accepts', () => {
    const payload = buildReminderPayload({
      routines: [routine, { ...routine, id: 'off', reminder: { enabled: false, nag: null } }],
      completions: [completion('08:00', 'done'), completion('20:00', 'snoozed', 99)],
      settings: defaultSettings(),
      profile,
    });
    expect(reminderRulesPayloadSchema.safeParse(payload).success).toBe(true);
    expect(payload.rules.map((r) => r.routineId)).toEqual(['mg']); // reminders off → no rule
    expect(payload.rules[0]).toMatchObject({
      settledOccurrences: ['2026-06-15T08:00'],
      snoozed: [{ key: '2026-06-15T20:00', untilEpochMs: 99 }],
      nag: { intervalMinutes: 10, maxCount: 3 },
    });
    expect(payload.settings).toMatchObject({ timeZone: 'Europe/Berlin', weekStart: 7, snoozeMinutes: 10 });
  });
});

describe('buildTraySummary', () => {
  const item = (plannedTime: string, dueEpochMs: number, status: DayItem['status']): DayItem => ({
    routineId: 'mg',
    title: 'Magnesium',
    category: 'supplement',
    date: '2026-06-15',
    plannedTime,
    key: `2026-06-15T${plannedTime}`,
    dueEpochMs,
    status,
    snoozedUntilEpochMs: null,
    flexible: null,
  });

  it('counts done items, lists due ones (overdue after 30 min) and names the next reminder', () => {
    const summary = buildTraySummary(
      [
        item('08:00', 0, 'done'),
        item('12:00', 1_000, 'open'),
        item('13:00', 3_000_000, 'open'),
        item('20:00', 9_000_000, 'open'),
      ],
      3_600_000,
    );
    expect(summary.doneCount).toBe(1);
    expect(summary.totalCount).toBe(4);
    expect(summary.due.map((d) => [d.occurrence.plannedTime, d.overdue])).toEqual([
      ['12:00', true],
      ['13:00', false],
    ]);
    expect(summary.nextReminder).toEqual({ title: 'Magnesium', atEpochMs: 9_000_000 });
  });
});
