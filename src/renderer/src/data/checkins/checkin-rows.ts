// The check-in row as stored (ratings and side effects in one row a day), for rows that arrive whole (an imported file).
import { z } from 'zod';
import type { LocalDate } from '@shared/dates/local-date';
import { sideEffectsInputSchema } from '@shared/magnesium/side-effects-input';
import { updatedAtSchema } from '@shared/row-fields';
import { checkinInputSchema } from '@shared/wellbeing/checkin-trends';

/** `today` is the profile's date now: a check-in is about a day that has come. */
export const checkinRowSchemas = (today: LocalDate) => {
  // The form's "rate something or write a note" is not a row rule: a day may hold side effects alone.
  const ratings = checkinInputSchema(today).shape;
  const effects = sideEffectsInputSchema(today).shape;
  return {
    checkins: z.object({
      ...ratings,
      sideEffects: z.object({
        diarrhoea: effects.diarrhoea,
        nausea: effects.nausea,
        cramps: effects.cramps,
        other: effects.other,
      }),
      otherSideEffect: effects.otherSideEffect,
      updatedAtEpochMs: updatedAtSchema,
    }),
  };
};
