// Exercise sessions: list by date range, validate and add, remove.
import type { LocalDate } from '@shared/dates/local-date';
import { exerciseLogInputSchema } from '@shared/wellbeing/exercise';
import { parseOrThrow, profileToday } from '../../../db/repositories/profile';
import type { ExerciseLogRow, SteadyweekDb } from '../../../db/schema';

export function createExerciseRepository(
  db: SteadyweekDb,
  newId: () => string = () => crypto.randomUUID(),
  now: () => number = Date.now,
) {
  return {
    async listBetween(from: LocalDate, to: LocalDate): Promise<ExerciseLogRow[]> {
      return db.exerciseLogs.where('date').between(from, to, true, true).sortBy('date');
    },
    async add(input: unknown): Promise<ExerciseLogRow> {
      const today = await profileToday(db, now());
      const row: ExerciseLogRow = {
        ...parseOrThrow(exerciseLogInputSchema(today), input, 'exercise'),
        id: newId(),
      };
      await db.exerciseLogs.add(row);
      return row;
    },
    async remove(id: string): Promise<void> {
      await db.exerciseLogs.delete(id);
    },
  };
}
