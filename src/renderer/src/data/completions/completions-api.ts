// The completions repository bound to the app database, with the supplement owner's dose log composed in.
import { db } from '../../db/db';
import { createCompletionsRepository } from './completions-repository';

// The dose log loads with the first completion written, not with the first screen.
export const completionsRepository = createCompletionsRepository(
  db,
  async () => (await import('../supplement/doses')).doseLog,
);
