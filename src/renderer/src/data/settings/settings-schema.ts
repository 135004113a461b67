// Validation for the settings form and any settings written to the database.
import { z } from 'zod';
import { timeOfDaySchema, timeZoneSchema } from '@shared/dates/local-date';
import { isoWeekdaySchema } from '@shared/routines/schedule';

export const settingsInputSchema = z.object({
  reminders: z.object({
    enabled: z.boolean(),
    quietHours: z
      .object({ start: timeOfDaySchema, end: timeOfDaySchema })
      .refine((q) => q.start !== q.end, 'Quiet hours need different start and end times.')
      .nullable(),
    snoozeMinutes: z.union([z.literal(5), z.literal(10), z.literal(30)], {
      error: 'Snooze is 5, 10 or 30 minutes.',
    }),
    nagIntervalMinutes: z
      .number()
      .int('Whole minutes, please.')
      .min(1, 'At least 1 minute.')
      .max(240, 'At most 240 minutes.'),
    nagMaxCount: z.number().int('A whole number, please.').min(1, 'At least 1.').max(20, 'At most 20.'),
  }),
  launchAtLogin: z.boolean(),
  closeToTray: z.boolean(),
  hideStreaks: z.boolean(),
  /** Days without work or school (ISO weekdays), for social jet lag; Saturday and Sunday unless chosen. */
  freeDays: z
    .array(isoWeekdaySchema)
    .max(7)
    .refine((days) => new Set(days).size === days.length, 'Pick each day once.')
    .transform((days) => [...days].sort((a, b) => a - b))
    .default([6, 7]),
});

/** "Keep home time" while the system runs in `systemZone`. */
export const keepHomeTimeInputSchema = z.object({ systemZone: timeZoneSchema });
