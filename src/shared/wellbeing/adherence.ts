// Routine adherence per day: the share of planned occurrences marked done, from routines and completions.
import type { LocalDate, TimeOfDay } from '../dates/local-date';
import type { Schedule } from '../routines/schedule';
import { isoWeekdayOf, type IsoWeekday } from '../dates/calendar';

export interface PlannedRoutine {
  id: string;
  schedule: Schedule;
  startDate: LocalDate;
  endDate: LocalDate | null;
  paused: boolean;
}

export interface CompletionRecord {
  routineId: string;
  date: LocalDate;
  plannedTime: TimeOfDay | null;
  status: 'done' | 'skipped' | 'snoozed';
}

export interface DayAdherence {
  date: LocalDate;
  planned: number;
  done: number;
  /** done / planned, or null on a day with nothing planned. */
  share: number | null;
}

/**
 * Planned occurrences with a fixed day and time. "N times a week" routines have no fixed day,
 * so they are left out of a per-day share rather than guessed; paused routines are left out too.
 */
export function plannedTimesOn(
  routine: PlannedRoutine,
  date: LocalDate,
  weekday: IsoWeekday = isoWeekdayOf(date),
): TimeOfDay[] {
  if (routine.paused || date < routine.startDate) return [];
  if (routine.endDate !== null && date > routine.endDate) return [];
  switch (routine.schedule.kind) {
    case 'daily':
      return routine.schedule.times;
    case 'weekly':
      return routine.schedule.days.includes(weekday) ? routine.schedule.times : [];
    case 'times-per-week':
      return [];
  }
}

export function adherenceByDay(
  routines: readonly PlannedRoutine[],
  completions: readonly CompletionRecord[],
  dates: readonly LocalDate[],
): DayAdherence[] {
  // Done occurrences by date, then "routine|time" within the day: a year is thousands of lookups.
  const doneByDate = new Map<LocalDate, Set<string>>();
  for (const c of completions) {
    if (c.status !== 'done') continue;
    let day = doneByDate.get(c.date);
    if (!day) doneByDate.set(c.date, (day = new Set()));
    day.add(`${c.routineId}|${c.plannedTime ?? ''}`);
  }
  return dates.map((date) => {
    let planned = 0;
    let done = 0;
    const weekday = isoWeekdayOf(date);
    const doneToday = doneByDate.get(date);
    for (const routine of routines) {
      for (const time of plannedTimesOn(routine, date, weekday)) {
        planned += 1;
        if (doneToday?.has(`${routine.id}|${time}`)) done += 1;
      }
    }
    return { date, planned, done, share: planned === 0 ? null : done / planned };
  });
}
