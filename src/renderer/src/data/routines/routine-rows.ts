// The routine row as stored, for rows that arrive whole (an imported file): the form's input plus what the app sets.
import { z } from 'zod';
import { instantSchema, rowIdSchema, updatedAtSchema } from '@shared/row-fields';
import { nagSchema } from '@shared/routines/schedule';
import { windDownItemIds } from '@shared/wellbeing/wind-down';
import { routineInputSchema } from './routine-input';

export const routineRowSchemas = () => ({
  routines: routineInputSchema.safeExtend({
    id: rowIdSchema,
    notes: routineInputSchema.shape.notes.unwrap(),
    paused: z.boolean(),
    reminder: z.object({ enabled: z.boolean(), nag: nagSchema.nullable() }),
    source: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('titration-plan'), planId: rowIdSchema }),
        z.object({ kind: z.literal('wind-down'), item: z.enum(windDownItemIds) }),
        z.object({ kind: z.literal('evening-checkin') }),
      ])
      .nullable(),
    createdAtEpochMs: instantSchema,
    updatedAtEpochMs: updatedAtSchema,
  }),
});
