// The completions repository bound to the app database, with the dose log and the routines' exercise and stress
// entries composed in.
import { db } from '../../db/db';
import { createCompletionsRepository } from './completions-repository';

// The logs load with the first completion written, not with the first screen.
export const completionsRepository = createCompletionsRepository(
  db,
  async () => (await import('./occurrence-logs')).occurrenceLogs,
);
