// Builds what the reminder engine needs (rules + settings) and the tray summary from Dexie rows.
import type { ReminderRulesPayload, TraySummary } from '@shared/ipc/contract';
import { MAX_REMINDER_RULES, MAX_SETTLED_KEYS_PER_RULE, MAX_SNOOZED_PER_RULE } from '@shared/ipc/sync-limits';
import { occurrenceKey } from '@shared/recurrence/occurrences';
import type { DayItem } from '@shared/routines/day-plan';
import type { ReminderRule } from '@shared/routines/schedule';
import type { CompletionRow, Profile, RoutineRow, SettingsRow } from '../../db/schema';

export function buildReminderPayload(input: {
  routines: readonly RoutineRow[];
  completions: readonly CompletionRow[];
  settings: SettingsRow;
  profile: Profile;
}): ReminderRulesPayload {
  const byRoutine = new Map<string, CompletionRow[]>();
  for (const completion of input.completions) {
    const list = byRoutine.get(completion.routineId) ?? [];
    list.push(completion);
    byRoutine.set(completion.routineId, list);
  }
  const rules: ReminderRule[] = input.routines
    .filter((routine) => routine.reminder.enabled)
    .slice(0, MAX_REMINDER_RULES)
    .map((routine) => {
      const completions = byRoutine.get(routine.id) ?? [];
      return {
        routineId: routine.id,
        title: routine.title.slice(0, 200),
        category: routine.category,
        schedule: routine.schedule,
        startDate: routine.startDate,
        endDate: routine.endDate,
        paused: routine.paused,
        nag: routine.reminder.nag,
        settledOccurrences: completions
          .filter((c) => c.status !== 'snoozed')
          .map((c) => occurrenceKey(c.date, c.plannedTime))
          .slice(-MAX_SETTLED_KEYS_PER_RULE),
        snoozed: completions
          .filter((c) => c.status === 'snoozed' && c.snoozedUntilEpochMs !== null)
          .map((c) => ({ key: occurrenceKey(c.date, c.plannedTime), untilEpochMs: c.snoozedUntilEpochMs! }))
          .slice(-MAX_SNOOZED_PER_RULE),
      };
    });
  return {
    settings: {
      timeZone: input.profile.timeZone,
      quietHours: input.settings.reminders.quietHours,
      snoozeMinutes: input.settings.reminders.snoozeMinutes,
      enabled: input.settings.reminders.enabled,
      weekStart: input.profile.weekStart,
    },
    rules,
  };
}

/** Today's progress for the tray: done count, due/overdue items, and the next reminder. */
export function buildTraySummary(items: readonly DayItem[], nowEpochMs: number): TraySummary {
  const settled = (item: DayItem) => item.status === 'done' || item.status === 'skipped';
  const open = items.filter((item) => !settled(item));
  const due = open
    .filter((item) => item.dueEpochMs !== null && item.dueEpochMs <= nowEpochMs)
    .slice(0, 50)
    .map((item) => ({
      occurrence: { routineId: item.routineId, date: item.date, plannedTime: item.plannedTime },
      title: item.title.slice(0, 200),
      overdue: nowEpochMs - item.dueEpochMs! > 30 * 60_000,
    }));
  const next = open.find((item) => item.dueEpochMs !== null && item.dueEpochMs > nowEpochMs);
  return {
    doneCount: Math.min(1000, items.filter((item) => item.status === 'done').length),
    totalCount: Math.min(1000, items.length),
    due,
    nextReminder: next ? { title: next.title.slice(0, 200), atEpochMs: next.dueEpochMs! } : null,
  };
}
