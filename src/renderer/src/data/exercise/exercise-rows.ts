// The exercise row as stored, for rows that arrive whole (an imported file): the form's input plus id and stamp.
import type { LocalDate } from '@shared/dates/local-date';
import { rowIdSchema, updatedAtSchema } from '@shared/row-fields';
import { exerciseLogInputSchema } from '@shared/wellbeing/exercise';

/** `today` is the profile's date now: a session is logged for a day that has come. */
export const exerciseRowSchemas = (today: LocalDate) => ({
  exerciseLogs: exerciseLogInputSchema(today).extend({ id: rowIdSchema, updatedAtEpochMs: updatedAtSchema }),
});
