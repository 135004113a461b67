// The settings row as stored, for rows that arrive whole (an imported file): the form's input plus the travel answer.
import { z } from 'zod';
import { timeZoneSchema } from '@shared/dates/local-date';
import { travelAnswers } from '@shared/profile/travel';
import { instantSchema, updatedAtSchema } from '@shared/row-fields';
import { settingsInputSchema } from './settings-schema';

const travelRecordSchema = z.object({
  systemZone: timeZoneSchema,
  answer: z.enum(travelAnswers),
  atEpochMs: instantSchema,
});

export const settingsRowSchemas = () => ({
  settings: settingsInputSchema.extend({
    id: z.literal('app'),
    travel: travelRecordSchema.nullable().optional(),
    downloads: z
      .object({
        lastAtEpochMs: instantSchema.nullable(),
        reminderDismissedAtEpochMs: instantSchema.nullable(),
      })
      .nullable()
      .optional(),
    updatedAtEpochMs: updatedAtSchema,
  }),
});
