// Completion and applied-action rows as stored, for rows that arrive whole (an imported file).
import { z } from 'zod';
import { localDateUpToSchema, timeOfDaySchema, type LocalDate } from '@shared/dates/local-date';
import { instantSchema, rowIdSchema, updatedAtSchema } from '@shared/row-fields';
import { completionId } from '@shared/routines/day-plan';

/** `today` is the profile's date now: an occurrence is marked for a day that has come. */
export const completionRowSchemas = (today: LocalDate) => ({
  completions: z
    .object({
      id: rowIdSchema,
      routineId: rowIdSchema,
      date: localDateUpToSchema(today),
      plannedTime: timeOfDaySchema.nullable(),
      status: z.enum(['done', 'skipped', 'snoozed']),
      atEpochMs: instantSchema,
      snoozedUntilEpochMs: instantSchema.nullable(),
      updatedAtEpochMs: updatedAtSchema,
    })
    // One row per occurrence, found by its key: a row under another id could count an occurrence twice
    // and would be missed by the reads that go by key.
    .refine((row) => row.id === completionId(row.routineId, row.date, row.plannedTime), {
      message: 'id must be "routine|date|time" of its own occurrence',
      path: ['id'],
    }),
  appliedActions: z.object({
    actionId: rowIdSchema,
    appliedAtEpochMs: instantSchema,
    updatedAtEpochMs: updatedAtSchema,
  }),
});
