// Per day: planned routine occurrences, how many were done, and supplement doses taken (composed from three owners).
import type { LocalDate } from '@shared/dates/local-date';
import { adherenceByDay, type DayAdherence } from '@shared/wellbeing/adherence';
import type { CompletionRow, DoseRow, RoutineRow } from '../../../db/schema';

export interface DayHistory extends DayAdherence {
  /** Supplement doses marked taken (on time or late) that day. */
  dosesTaken: number;
  dosesSkipped: number;
}

export function dayHistory(
  routines: readonly RoutineRow[],
  completions: readonly CompletionRow[],
  doses: readonly DoseRow[],
  dates: readonly LocalDate[],
): DayHistory[] {
  const taken = new Map<LocalDate, number>();
  const skipped = new Map<LocalDate, number>();
  for (const dose of doses) {
    const map = dose.status === 'skipped' ? skipped : taken;
    map.set(dose.date, (map.get(dose.date) ?? 0) + 1);
  }
  return adherenceByDay([...routines], [...completions], [...dates]).map((day) => ({
    ...day,
    dosesTaken: taken.get(day.date) ?? 0,
    dosesSkipped: skipped.get(day.date) ?? 0,
  }));
}
