// Exercise sessions (owner of `exerciseLogs`): a dated log.
import { exerciseLogInputSchema } from '@shared/wellbeing/exercise';
import type { ExerciseLogRow, SteadyweekDb } from '../../db/schema';
import { createDatedLog } from '../dated-log';

export function createExerciseRepository(db: SteadyweekDb, newId?: () => string, now?: () => number) {
  return createDatedLog<ExerciseLogRow>(db, {
    table: 'exerciseLogs',
    what: 'exercise',
    inputSchema: exerciseLogInputSchema,
    newId,
    now,
  });
}
