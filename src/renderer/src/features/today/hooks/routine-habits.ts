// Streak and habit strength for each routine, from its scheduled days over the last two months.
import type { LocalDate } from '@shared/dates/local-date';
import { addDays, datesBetween } from '@shared/dates/calendar';
import { timesOn } from '@shared/recurrence/occurrences';
import { completionId, type CompletionLike, type PlannableRoutine } from '@shared/routines/day-plan';
import { habitStats, type DayOutcome, type HabitStats } from '@shared/routines/habit';

export const HABIT_LOOKBACK_DAYS = 60;

export function routineHabits(
  routines: readonly PlannableRoutine[],
  completions: readonly CompletionLike[],
  today: LocalDate,
): Map<string, HabitStats> {
  const byId = new Map(completions.map((c) => [completionId(c.routineId, c.date, c.plannedTime), c]));
  const dates = datesBetween(addDays(today, -(HABIT_LOOKBACK_DAYS - 1)), today);
  const result = new Map<string, HabitStats>();
  for (const routine of routines) {
    if (routine.schedule.kind === 'times-per-week') continue;
    const days: { date: LocalDate; outcome: DayOutcome }[] = [];
    for (const date of dates) {
      const times = timesOn(routine, date);
      if (times.length === 0) continue;
      const statuses = times.map((time) => byId.get(completionId(routine.routineId, date, time))?.status);
      let outcome: DayOutcome;
      if (statuses.every((s) => s === 'done')) outcome = 'done';
      else if (statuses.every((s) => s === 'done' || s === 'skipped')) outcome = 'skipped';
      else outcome = date === today ? 'open' : 'missed';
      days.push({ date, outcome });
    }
    result.set(routine.routineId, habitStats(days));
  }
  return result;
}
