// The fields every dated log shares (exercise sessions, stress practices): the day, the minutes, the notes,
// and the routine occurrence an entry stands for, if any.
import { z } from 'zod';
import { maxIdChars, maxLoggedMinutes } from '../bounds';
import { localDateUpToSchema, type LocalDate } from '../dates/local-date';
import { notesSchema } from '../text-fields';

/** Minutes of one session or practice (also what a routine that logs itself may carry). */
export const loggedMinutesSchema = z
  .number({ error: 'Enter the minutes as a number.' })
  .int('Use whole minutes.')
  .min(1, 'Enter at least 1 minute.')
  .max(maxLoggedMinutes, `That is over ${maxLoggedMinutes / 60} hours; check the minutes.`);

/** A completion id (`routineId|date|time`): a routine id plus a date and a time. */
export const occurrenceIdSchema = z
  .string()
  .min(1)
  .max(maxIdChars + 20);

/** `today` is the profile's date now: a session or a practice cannot be ahead of it. */
export function datedLogFields(today: LocalDate) {
  return {
    date: localDateUpToSchema(today),
    minutes: loggedMinutesSchema,
    notes: notesSchema,
    /** The routine occurrence this entry is (one entry per occurrence), or null for an entry on its own. */
    // Optional, not defaulted: a row keeps exactly the fields it was written with, so an export round-trips.
    occurrenceId: occurrenceIdSchema.nullable().optional(),
  };
}
