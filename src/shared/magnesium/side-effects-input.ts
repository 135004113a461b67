// A day's side effects as the supplement screen sends them, validated.
import { z } from 'zod';
import { localDateUpToSchema, type LocalDate } from '../dates/local-date';
import { shortTextSchema } from '../text-fields';
import { severities } from './step-back';

export const severitySchema = z.enum(severities, { error: 'Choose none, mild, moderate or severe.' });

/** `today` is the profile's date now: side effects are about a day that has come. */
export const sideEffectsInputSchema = (today: LocalDate) =>
  z.object({
    date: localDateUpToSchema(today),
    diarrhoea: severitySchema,
    nausea: severitySchema,
    cramps: severitySchema,
    other: severitySchema,
    otherSideEffect: shortTextSchema(),
  });
export type SideEffectsInput = z.infer<ReturnType<typeof sideEffectsInputSchema>>;
