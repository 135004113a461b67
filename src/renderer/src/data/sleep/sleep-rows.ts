// Sleep rows as stored, for rows that arrive whole (an imported file).
import { z } from 'zod';
import { localDateUpToSchema, timeOfDaySchema, type LocalDate } from '@shared/dates/local-date';
import { updatedAtSchema } from '@shared/row-fields';
import { notesSchema } from '@shared/text-fields';
import { sleepTargetSchema } from './sleep-repository';

/** `today` is the profile's date now: a night is logged on the day it ended, which has come. */
export const sleepRowSchemas = (today: LocalDate) => ({
  sleepLogs: z.object({
    date: localDateUpToSchema(today, 'That night has not happened yet.'),
    bedtime: timeOfDaySchema.nullable(),
    wakeTime: timeOfDaySchema.nullable(),
    quality: z.number().int().min(1).max(5).nullable(),
    notes: notesSchema,
    updatedAtEpochMs: updatedAtSchema,
  }),
  sleepTarget: sleepTargetSchema.extend({ id: z.literal('me'), updatedAtEpochMs: updatedAtSchema }),
});
