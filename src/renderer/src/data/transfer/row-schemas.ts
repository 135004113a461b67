// Every table's row schema, each from the owner of the table: what an imported row must be before it is written.
import type { LocalDate } from '@shared/dates/local-date';
import { checkinRowSchemas } from '../checkins/checkin-rows';
import { completionRowSchemas } from '../completions/completion-rows';
import { exerciseRowSchemas } from '../exercise/exercise-rows';
import { mealRowSchemas } from '../meals/meal-rows';
import { profileRowSchemas } from '../profile/profile-rows';
import { routineRowSchemas } from '../routines/routine-rows';
import { settingsRowSchemas } from '../settings/settings-rows';
import { sleepRowSchemas } from '../sleep/sleep-rows';
import { stressRowSchemas } from '../stress/stress-rows';
import { supplementRowSchemas } from '../supplement/supplement-rows';
import type { DataTable } from './tables';

export interface RowSchema {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: unknown }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** `today` is the profile's date now: logs, doses, completions and check-ins may not be later. */
export function rowSchemasFor(today: LocalDate): Record<DataTable, RowSchema> {
  return {
    ...profileRowSchemas(),
    ...settingsRowSchemas(),
    ...routineRowSchemas(),
    ...completionRowSchemas(today),
    ...supplementRowSchemas(today),
    ...checkinRowSchemas(today),
    ...mealRowSchemas(),
    ...sleepRowSchemas(today),
    ...exerciseRowSchemas(today),
    ...stressRowSchemas(today),
  };
}
