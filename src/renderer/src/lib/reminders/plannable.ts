// Routine rows → the shape the shared day-plan and recurrence code take.
import type { PlannableRoutine } from '@shared/routines/day-plan';
import type { RoutineRow } from '../../db/schema';

export function toPlannable(row: RoutineRow): PlannableRoutine {
  return {
    routineId: row.id,
    title: row.title,
    category: row.category,
    schedule: row.schedule,
    startDate: row.startDate,
    endDate: row.endDate,
    paused: row.paused,
  };
}
