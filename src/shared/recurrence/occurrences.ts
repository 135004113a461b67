// Weekly routines → dated occurrences in a local-date range, each with its instant in an IANA zone.
import type { LocalDate, TimeOfDay } from '../dates/local-date';
import type { Schedule } from '../routines/schedule';
import { datesBetween, instantOfLocalTime, isoWeekdayOf } from '../dates/calendar';

/** The parts of a routine that decide when it happens. */
export interface RecurringRoutine {
  routineId: string;
  schedule: Schedule;
  startDate: LocalDate;
  endDate: LocalDate | null;
  paused: boolean;
}

export interface Occurrence {
  routineId: string;
  date: LocalDate;
  /** Planned local time; null for flexible ("N times a week") routines, which have no fixed time. */
  plannedTime: TimeOfDay | null;
  /** "YYYY-MM-DDTHH:mm" (or "YYYY-MM-DD" when untimed): the key completions and settled lists use. */
  key: string;
  /** When it happens; DST gaps move it to the end of the gap, folds keep the first instant. */
  dueEpochMs: number;
}

export function occurrenceKey(date: LocalDate, plannedTime: TimeOfDay | null): string {
  return plannedTime ? `${date}T${plannedTime}` : date;
}

/** Whether the routine is scheduled on a date at all (inside its start/end dates, not paused). */
export function isActiveOn(routine: RecurringRoutine, date: LocalDate): boolean {
  if (routine.paused) return false;
  if (date < routine.startDate) return false;
  if (routine.endDate !== null && date > routine.endDate) return false;
  return true;
}

/** Planned times on a date, sorted; empty for flexible schedules and days the routine does not run. */
export function timesOn(routine: RecurringRoutine, date: LocalDate): TimeOfDay[] {
  if (!isActiveOn(routine, date)) return [];
  const { schedule } = routine;
  if (schedule.kind === 'times-per-week') return [];
  if (schedule.kind === 'weekly' && !schedule.days.includes(isoWeekdayOf(date))) return [];
  return [...new Set(schedule.times)].sort();
}

/**
 * Timed occurrences from `from` to `to` (local dates, both included), in time order.
 * Two planned times that land on the same instant (02:30 and 03:00 on a spring-forward day)
 * stay two occurrences: they are different things to do, keyed by their planned time.
 */
export function occurrencesInRange(
  routine: RecurringRoutine,
  from: LocalDate,
  to: LocalDate,
  timeZone: string,
): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const date of datesBetween(from, to)) {
    for (const plannedTime of timesOn(routine, date)) {
      occurrences.push({
        routineId: routine.routineId,
        date,
        plannedTime,
        key: occurrenceKey(date, plannedTime),
        dueEpochMs: instantOfLocalTime(date, plannedTime, timeZone),
      });
    }
  }
  return occurrences.sort((a, b) => a.dueEpochMs - b.dueEpochMs || a.key.localeCompare(b.key));
}
