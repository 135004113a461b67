// One pattern for the dated logs (exercise sessions, stress practices): list by date range, validate and add, remove.
import type { LocalDate } from '@shared/dates/local-date';
import type { SteadyweekDb } from '../db/schema';
import { deleteRows } from './deletions';
import { profileToday } from './profile/profile-repository';
import { parseOrThrow } from './validation';

interface DatedRow {
  id: string;
  date: LocalDate;
  updatedAtEpochMs: number;
}

type SafeParser<T> = Parameters<typeof parseOrThrow<T>>[0];

export function createDatedLog<Row extends DatedRow>(
  db: SteadyweekDb,
  options: {
    table: 'exerciseLogs' | 'stressLogs';
    /** What one entry is called in messages ("exercise", "practice"). */
    what: string;
    /** The entry's schema for a day `today` in the profile's zone (nothing is logged for a day to come). */
    inputSchema: (today: LocalDate) => SafeParser<Omit<Row, 'id' | 'updatedAtEpochMs'>>;
    now?: () => number;
    newId?: () => string;
  },
) {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const table = () => db.table<Row, string>(options.table);
  return {
    async listBetween(from: LocalDate, to: LocalDate): Promise<Row[]> {
      return table().where('date').between(from, to, true, true).sortBy('date');
    },
    async add(input: unknown): Promise<Row> {
      const at = now();
      const parsed = parseOrThrow(options.inputSchema(await profileToday(db, at)), input, options.what);
      const row = { ...parsed, id: newId(), updatedAtEpochMs: at } as Row;
      await table().add(row);
      return row;
    },
    async remove(id: string): Promise<void> {
      await db.transaction('rw', [options.table, 'deletions'], () =>
        deleteRows(db, options.table, [id], now()),
      );
    },
  };
}
