// The profile row as stored, for rows that arrive whole (an imported file): the onboarding input plus its stamps.
import { z } from 'zod';
import { profileInputSchema } from '@shared/profile/profile';
import { instantSchema, updatedAtSchema } from '@shared/row-fields';

export const profileRowSchemas = () => ({
  profile: profileInputSchema.extend({
    id: z.literal('me'),
    disclaimerAcceptedAtEpochMs: instantSchema,
    createdAtEpochMs: instantSchema,
    updatedAtEpochMs: updatedAtSchema,
  }),
});
