// Exercise sessions (owner of `exerciseLogs`): a dated log, and the session a routine occurrence writes.
import { exerciseLogInputSchema } from '@shared/wellbeing/exercise';
import type { ExerciseLogRow, SteadyweekDb } from '../../db/schema';
import { createDatedLog, occurrenceEntries } from '../dated-log';

const exerciseLog = {
  table: 'exerciseLogs',
  what: 'exercise',
  inputSchema: exerciseLogInputSchema,
} as const;

/** The session an exercise routine's Done writes (run in the completions owner's transaction). */
export const exerciseForOccurrence = occurrenceEntries<ExerciseLogRow>(exerciseLog);

export function createExerciseRepository(db: SteadyweekDb, newId?: () => string, now?: () => number) {
  return createDatedLog<ExerciseLogRow>(db, { ...exerciseLog, newId, now });
}
