// One day's plan: every routine's occurrences on a date with their status, in time order.
import type { LocalDate, TimeOfDay } from '../dates/local-date';
import { flexibleProgress, type FlexibleProgress } from '../recurrence/flexible';
import { instantOfLocalTime, type WeekStartDay } from '../dates/calendar';
import { isActiveOn, occurrenceKey, timesOn, type RecurringRoutine } from '../recurrence/occurrences';
import type { RoutineCategory } from './schedule';

export interface PlannableRoutine extends RecurringRoutine {
  title: string;
  category: RoutineCategory;
}

export interface CompletionLike {
  routineId: string;
  date: LocalDate;
  plannedTime: TimeOfDay | null;
  status: 'done' | 'skipped' | 'snoozed';
  snoozedUntilEpochMs: number | null;
}

export type ItemStatus = 'open' | 'done' | 'skipped' | 'snoozed';

export interface DayItem {
  routineId: string;
  title: string;
  category: RoutineCategory;
  date: LocalDate;
  plannedTime: TimeOfDay | null;
  key: string;
  /** Null for flexible routines (no fixed time). */
  dueEpochMs: number | null;
  status: ItemStatus;
  snoozedUntilEpochMs: number | null;
  /** For "N times a week" routines. */
  flexible: FlexibleProgress | null;
}

export function completionId(routineId: string, date: LocalDate, plannedTime: TimeOfDay | null): string {
  return `${routineId}|${date}|${plannedTime ?? ''}`;
}

export function dayPlan(
  routines: readonly PlannableRoutine[],
  completions: readonly CompletionLike[],
  date: LocalDate,
  timeZone: string,
  weekStart: WeekStartDay,
): DayItem[] {
  const byId = new Map(completions.map((c) => [completionId(c.routineId, c.date, c.plannedTime), c]));
  const items: DayItem[] = [];
  for (const routine of routines) {
    const { schedule } = routine;
    if (schedule.kind === 'times-per-week') {
      if (!isActiveOn(routine, date)) continue;
      const done = completions
        .filter((c) => c.routineId === routine.routineId && c.status === 'done')
        .map((c) => c.date);
      const completion = byId.get(completionId(routine.routineId, date, null));
      items.push({
        ...base(routine, date, null),
        dueEpochMs: null,
        status: statusOf(completion),
        snoozedUntilEpochMs: completion?.snoozedUntilEpochMs ?? null,
        flexible: flexibleProgress(schedule.count, done, date, weekStart),
      });
      continue;
    }
    for (const time of timesOn(routine, date)) {
      const completion = byId.get(completionId(routine.routineId, date, time));
      items.push({
        ...base(routine, date, time),
        dueEpochMs: instantOfLocalTime(date, time, timeZone),
        status: statusOf(completion),
        snoozedUntilEpochMs: completion?.snoozedUntilEpochMs ?? null,
        flexible: null,
      });
    }
  }
  // Timed items in time order; flexible ones ("any time this week") after them.
  return items.sort(
    (a, b) =>
      (a.dueEpochMs ?? Number.POSITIVE_INFINITY) - (b.dueEpochMs ?? Number.POSITIVE_INFINITY) ||
      a.title.localeCompare(b.title),
  );
}

function base(routine: PlannableRoutine, date: LocalDate, plannedTime: TimeOfDay | null) {
  return {
    routineId: routine.routineId,
    title: routine.title,
    category: routine.category,
    date,
    plannedTime,
    key: occurrenceKey(date, plannedTime),
  };
}

function statusOf(completion: CompletionLike | undefined): ItemStatus {
  return completion?.status ?? 'open';
}
