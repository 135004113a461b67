// One pattern for the dated logs (exercise sessions, stress practices): list by date range, validate and add, remove,
// and the entry a routine occurrence writes (keyed by the occurrence, so there is one per occurrence).
import type { LocalDate } from '@shared/dates/local-date';
import type { SteadyweekDb } from '../db/schema';
import { deleteRows } from './deletions';
import { profileToday } from './profile/profile-repository';
import { parseOrThrow } from './validation';

interface DatedRow {
  id: string;
  date: LocalDate;
  occurrenceId?: string | null;
  updatedAtEpochMs: number;
}

type SafeParser<T> = Parameters<typeof parseOrThrow<T>>[0];
type DatedLogTable = 'exerciseLogs' | 'stressLogs';

interface DatedLogOptions<Row extends DatedRow> {
  table: DatedLogTable;
  /** What one entry is called in messages ("exercise", "practice"). */
  what: string;
  /** The entry's schema for a day `today` in the profile's zone (nothing is logged for a day to come). */
  inputSchema: (today: LocalDate) => SafeParser<Omit<Row, 'id' | 'updatedAtEpochMs'>>;
}

/** Tables a caller's transaction must include around `occurrenceEntries(…).write/remove`. */
export const occurrenceEntryTables = ['profile', 'deletions'] as const;

/**
 * The entry a routine occurrence writes when it is done, and removes when it is undone or skipped.
 * Its id is the occurrence's completion id, so a hand-made entry for the same occurrence (which the
 * add path keys the same way) replaces it instead of counting twice. Run inside the caller's rw
 * transaction over the table and `occurrenceEntryTables`.
 */
export function occurrenceEntries<Row extends DatedRow>(options: DatedLogOptions<Row>) {
  return {
    /** Writes the occurrence's entry unless one is there already (a hand-made one keeps its figures). */
    async write(
      db: SteadyweekDb,
      occurrenceId: string,
      fields: Record<string, unknown> & { date: LocalDate },
      atEpochMs: number,
    ): Promise<void> {
      const table = db.table<Row, string>(options.table);
      if (await table.get(occurrenceId)) return;
      // Same schema as the form, so a Done can never log a day to come or minutes out of bounds.
      const parsed = parseOrThrow(
        options.inputSchema(await profileToday(db, atEpochMs)),
        { notes: '', ...fields, occurrenceId },
        options.what,
      );
      await table.add({ ...parsed, id: occurrenceId, updatedAtEpochMs: atEpochMs } as Row);
    },
    async remove(db: SteadyweekDb, occurrenceId: string, atEpochMs: number): Promise<void> {
      if (await db.table(options.table).get(occurrenceId))
        await deleteRows(db, options.table, [occurrenceId], atEpochMs);
    },
  };
}

export function createDatedLog<Row extends DatedRow>(
  db: SteadyweekDb,
  options: DatedLogOptions<Row> & { now?: () => number; newId?: () => string },
) {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const table = () => db.table<Row, string>(options.table);
  return {
    async listBetween(from: LocalDate, to: LocalDate): Promise<Row[]> {
      return table().where('date').between(from, to, true, true).sortBy('date');
    },
    /**
     * Adds an entry. One made for a routine occurrence takes the occurrence's id, so it replaces the
     * entry the routine logged for it (one entry per occurrence, never two).
     */
    async add(input: unknown): Promise<Row> {
      const at = now();
      const parsed = parseOrThrow(options.inputSchema(await profileToday(db, at)), input, options.what);
      const row = { ...parsed, id: parsed.occurrenceId ?? newId(), updatedAtEpochMs: at } as Row;
      await table().put(row);
      return row;
    },
    async remove(id: string): Promise<void> {
      await db.transaction('rw', [options.table, 'deletions'], () =>
        deleteRows(db, options.table, [id], now()),
      );
    },
  };
}
