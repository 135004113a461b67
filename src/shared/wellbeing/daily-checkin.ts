// The check-in from Today: the five 1–5 ratings, the digestive side effects the supplement's step-back reads,
// and a note, in one write; and the optional evening reminder to do it.
import { z } from 'zod';
import { localDateUpToSchema, timeOfDaySchema, type LocalDate } from '../dates/local-date';
import { severitySchema } from '../magnesium/side-effects-input';
import { notesSchema } from '../text-fields';
import { ratingFields, ratingSchema } from './checkin-trends';

export const digestiveFields = ['diarrhoea', 'nausea', 'cramps'] as const;

/** `today` is the profile's date now: a check-in is about a day that has come. */
export const dailyCheckinInputSchema = (today: LocalDate) =>
  z
    .object({
      date: localDateUpToSchema(today),
      focus: ratingSchema,
      mood: ratingSchema,
      irritability: ratingSchema,
      restlessness: ratingSchema,
      sleepQuality: ratingSchema,
      diarrhoea: severitySchema,
      nausea: severitySchema,
      cramps: severitySchema,
      notes: notesSchema,
    })
    .refine(
      (c) =>
        ratingFields.some((f) => c[f] !== null) ||
        digestiveFields.some((f) => c[f] !== 'none') ||
        c.notes.trim() !== '',
      { message: 'Tap at least one answer or write a note; nothing was saved.', path: ['focus'] },
    );
export type DailyCheckinInput = z.infer<ReturnType<typeof dailyCheckinInputSchema>>;

/** The evening reminder: on at a time, or off. */
export const eveningCheckinReminderSchema = z.object({
  enabled: z.boolean(),
  time: timeOfDaySchema,
});

export const defaultEveningCheckinTime = '20:30';
