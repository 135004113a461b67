// Consistency: the share of planned doses taken within 60 minutes of their planned time over the last 14 days.
import type { LocalDate, TimeOfDay } from '../dates/local-date';
import { addDays, instantOfLocalTime } from '../dates/calendar';
import { stepOn, type TitrationStep } from './titration';

export const onTimeWindowMs = 60 * 60 * 1000;

export interface LoggedDose {
  date: LocalDate;
  plannedTime: TimeOfDay | null;
  status: 'taken' | 'late' | 'skipped';
  takenAtEpochMs: number | null;
}

export interface Consistency {
  onTime: number;
  /** Planned doses whose time has passed in the window. */
  planned: number;
  /** onTime ÷ planned, or null with nothing planned yet. */
  share: number | null;
}

export function doseConsistency(input: {
  steps: readonly TitrationStep[];
  doses: readonly LoggedDose[];
  today: LocalDate;
  nowEpochMs: number;
  timeZone: string;
  days?: number;
}): Consistency {
  const days = input.days ?? 14;
  const byOccurrence = new Map(input.doses.map((dose) => [`${dose.date}|${dose.plannedTime ?? ''}`, dose]));
  let planned = 0;
  let onTime = 0;
  for (let offset = days - 1; offset >= 0; offset -= 1) {
    const date = addDays(input.today, -offset);
    const step = stepOn(input.steps, date);
    if (!step) continue;
    for (const dose of step.perTime) {
      if (dose.units <= 0) continue;
      // The planned instant is where DST matters: 08:00 is a different UTC hour either side of the change.
      const plannedAt = instantOfLocalTime(date, dose.time, input.timeZone);
      if (plannedAt > input.nowEpochMs) continue;
      planned += 1;
      const logged = byOccurrence.get(`${date}|${dose.time}`);
      if (
        logged &&
        logged.status !== 'skipped' &&
        logged.takenAtEpochMs !== null &&
        Math.abs(logged.takenAtEpochMs - plannedAt) <= onTimeWindowMs
      )
        onTime += 1;
    }
  }
  return { onTime, planned, share: planned === 0 ? null : onTime / planned };
}

/** 'late' when taken more than 60 minutes after the planned time, else 'taken'. */
export function takenStatus(plannedAtEpochMs: number | null, takenAtEpochMs: number): 'taken' | 'late' {
  return plannedAtEpochMs !== null && takenAtEpochMs - plannedAtEpochMs > onTimeWindowMs ? 'late' : 'taken';
}
