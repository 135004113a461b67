// Stress practices (breathing, meditation, mindfulness, hobby, other): list by date range, validate and add, remove.
import type { LocalDate } from '@shared/dates/local-date';
import { stressLogInputSchema } from '@shared/wellbeing/stress';
import { parseOrThrow, profileToday } from '../../../db/repositories/profile';
import type { SteadyweekDb, StressLogRow } from '../../../db/schema';

export function createStressRepository(
  db: SteadyweekDb,
  newId: () => string = () => crypto.randomUUID(),
  now: () => number = Date.now,
) {
  return {
    async listBetween(from: LocalDate, to: LocalDate): Promise<StressLogRow[]> {
      return db.stressLogs.where('date').between(from, to, true, true).sortBy('date');
    },
    async add(input: unknown): Promise<StressLogRow> {
      const today = await profileToday(db, now());
      const row: StressLogRow = {
        ...parseOrThrow(stressLogInputSchema(today), input, 'practice'),
        id: newId(),
      };
      await db.stressLogs.add(row);
      return row;
    },
    async remove(id: string): Promise<void> {
      await db.stressLogs.delete(id);
    },
  };
}
