// The fields every dated log shares (exercise sessions, stress practices): the day, the minutes, the notes.
import { z } from 'zod';
import { maxLoggedMinutes } from '../bounds';
import { localDateUpToSchema, type LocalDate } from '../dates/local-date';
import { notesSchema } from '../text-fields';

/** `today` is the profile's date now: a session or a practice cannot be ahead of it. */
export function datedLogFields(today: LocalDate) {
  return {
    date: localDateUpToSchema(today),
    minutes: z
      .number({ error: 'Enter the minutes as a number.' })
      .int('Use whole minutes.')
      .min(1, 'Enter at least 1 minute.')
      .max(maxLoggedMinutes, `That is over ${maxLoggedMinutes / 60} hours; check the minutes.`),
    notes: notesSchema,
  };
}
