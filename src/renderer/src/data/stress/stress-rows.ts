// The stress-practice row as stored, for rows that arrive whole (an imported file): the form's input plus id and stamp.
import type { LocalDate } from '@shared/dates/local-date';
import { rowIdSchema, updatedAtSchema } from '@shared/row-fields';
import { stressLogInputSchema } from '@shared/wellbeing/stress';

/** `today` is the profile's date now: a practice is logged for a day that has come. */
export const stressRowSchemas = (today: LocalDate) => ({
  stressLogs: stressLogInputSchema(today).extend({ id: rowIdSchema, updatedAtEpochMs: updatedAtSchema }),
});
