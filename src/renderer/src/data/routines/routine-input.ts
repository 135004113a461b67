// Validation for routines written by the Week dialog (and anything else that saves a routine).
import { z } from 'zod';
import { localDateSchema } from '@shared/dates/local-date';
import { routineActivitySchema } from '@shared/routines/activity';
import { nagSchema, routineCategories, scheduleSchema } from '@shared/routines/schedule';
import { notesSchema, titleSchema } from '@shared/text-fields';

export const routineInputSchema = z
  .object({
    title: titleSchema('Give the routine a name.'),
    category: z.enum(routineCategories, { error: 'Choose an area.' }),
    notes: notesSchema.default(''),
    schedule: scheduleSchema.refine((schedule) => schedule.kind !== 'times-per-week' || schedule.count <= 7, {
      message: 'At most 7 times a week (one a day).',
      path: ['count'],
    }),
    startDate: localDateSchema,
    endDate: localDateSchema.nullable(),
    paused: z.boolean().default(false),
    reminder: z.object({ enabled: z.boolean(), nag: nagSchema.nullable() }),
    // Optional, not defaulted: a row keeps exactly the fields it was written with, so an export round-trips.
    activity: routineActivitySchema.nullable().optional(),
  })
  // Only sleep, exercise and stress have a log, so only their routines can say what to log.
  .refine((input) => input.activity == null || input.activity.area === input.category, {
    message: 'What the routine logs must be in its own area.',
    path: ['activity'],
  })
  .refine((input) => input.endDate === null || input.endDate >= input.startDate, {
    message: 'The end date is before the start date.',
    path: ['endDate'],
  });
export type RoutineInput = z.input<typeof routineInputSchema>;
