// Routines (owner of `routines`): list, create, update, move, delete and copy a week. Inputs are validated before writing.
import type { LocalDate, TimeOfDay } from '@shared/dates/local-date';
import { addDays } from '@shared/dates/calendar';
import type { RoutineRow, SteadyweekDb } from '../../db/schema';
import { deleteCompletionsOf } from '../completions/completions-repository';
import { deleteRows } from '../deletions';
import { parseOrThrow } from '../validation';

export interface MoveInput {
  routineId: string;
  /** ISO weekday and time the occurrence is on now, and where it goes. */
  from: { day: number; time: TimeOfDay | null };
  to: { day: number; time: TimeOfDay | null };
}

// Validation is only needed for writes: its schemas load then, not with the first screen.
const loadRoutineInput = () => import('./routine-input');
type RoutineInput = Awaited<ReturnType<typeof loadRoutineInput>>;

/** The order routines are listed in everywhere: by title. */
export function sortRoutines(rows: RoutineRow[]): RoutineRow[] {
  return rows.sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * Writes a routine another owner generates (a titration plan's dose routine); run inside that owner's
 * rw transaction, which includes 'routines'.
 */
export async function writeGeneratedRoutine(db: SteadyweekDb, row: RoutineRow): Promise<void> {
  await db.routines.put(row);
}

/**
 * Deletes a routine and its completions (a routine deleted, a wind-down step turned off); run inside
 * the caller's rw transaction, which includes 'routines', 'completions' and 'deletions'.
 */
export async function deleteRoutineAndCompletions(
  db: SteadyweekDb,
  id: string,
  atEpochMs: number,
): Promise<void> {
  await deleteCompletionsOf(db, id, atEpochMs);
  await deleteRows(db, 'routines', [id], atEpochMs);
}

export async function readRoutine(db: SteadyweekDb, id: string): Promise<RoutineRow | undefined> {
  return db.routines.get(id);
}

export function createRoutinesRepository(
  db: SteadyweekDb,
  now: () => number = Date.now,
  newId: () => string = () => crypto.randomUUID(),
) {
  return {
    async list(): Promise<RoutineRow[]> {
      return sortRoutines(await db.routines.toArray());
    },

    async get(id: string): Promise<RoutineRow | null> {
      return (await db.routines.get(id)) ?? null;
    },

    async create(input: unknown): Promise<RoutineRow> {
      const parsed = parseOrThrow((await loadRoutineInput()).routineInputSchema, input, 'routine');
      const at = now();
      const row: RoutineRow = {
        ...parsed,
        id: newId(),
        source: null,
        createdAtEpochMs: at,
        updatedAtEpochMs: at,
      };
      await db.routines.add(row);
      return row;
    },

    async update(id: string, input: unknown): Promise<RoutineRow> {
      const parsed = parseOrThrow((await loadRoutineInput()).routineInputSchema, input, 'routine');
      return db.transaction('rw', db.routines, async () => {
        const existing = await db.routines.get(id);
        if (!existing) throw new Error('That routine no longer exists; nothing was changed.');
        const row: RoutineRow = { ...existing, ...parsed, updatedAtEpochMs: now() };
        await db.routines.put(row);
        return row;
      });
    },

    /** Deletes the routine and its completions together. */
    async remove(id: string): Promise<void> {
      const at = now();
      // An async scope, so Dexie keeps the transaction open across the awaits inside.
      await db.transaction('rw', ['routines', 'completions', 'deletions'], async () => {
        await deleteRoutineAndCompletions(db, id, at);
      });
    },

    /**
     * Moves one slot of a routine's weekly pattern: a weekly routine trades one day for another,
     * and any timed routine trades one time for another. Every week changes, since routines repeat.
     */
    async move(input: MoveInput): Promise<RoutineRow> {
      const { routineInputSchema } = await loadRoutineInput();
      return db.transaction('rw', db.routines, async () => {
        const existing = await db.routines.get(input.routineId);
        if (!existing) throw new Error('That routine no longer exists; nothing was moved.');
        const schedule = structuredClone(existing.schedule);
        if (schedule.kind === 'times-per-week')
          throw new Error('A flexible routine has no fixed day or time to move.');
        if (input.from.time && input.to.time && input.from.time !== input.to.time) {
          schedule.times = [
            ...new Set(schedule.times.map((t) => (t === input.from.time ? input.to.time! : t))),
          ].sort();
        }
        if (input.from.day !== input.to.day) {
          if (schedule.kind !== 'weekly')
            throw new Error(
              'This routine happens every day; change its time, or make it weekly to pick days.',
            );
          schedule.days = [
            ...new Set(schedule.days.map((d) => (d === input.from.day ? input.to.day : d))),
          ].sort();
        }
        const row: RoutineRow = parseRow(routineInputSchema, {
          ...existing,
          schedule,
          updatedAtEpochMs: now(),
        });
        await db.routines.put(row);
        return row;
      });
    },

    /**
     * Copy a week to the next one. Open-ended routines already repeat every week, so they are left
     * alone; routines limited to dates inside this week (one-offs) are duplicated 7 days later.
     * Returns what was copied and how many already repeat.
     */
    async copyWeek(weekStart: LocalDate): Promise<{ copied: number; alreadyRepeating: number }> {
      const weekEnd = addDays(weekStart, 6);
      return db.transaction('rw', db.routines, async () => {
        const rows = await db.routines.toArray();
        let copied = 0;
        let alreadyRepeating = 0;
        const at = now();
        for (const row of rows) {
          if (row.source !== null) continue; // generated by another feature (a titration plan)
          const activeThisWeek =
            row.startDate <= weekEnd && (row.endDate === null || row.endDate >= weekStart);
          if (!activeThisWeek) continue;
          if (row.endDate === null || row.endDate > weekEnd) {
            alreadyRepeating += 1;
            continue;
          }
          const start = row.startDate < weekStart ? weekStart : row.startDate;
          await db.routines.add({
            ...row,
            id: newId(),
            startDate: addDays(start, 7),
            endDate: addDays(row.endDate, 7),
            createdAtEpochMs: at,
            updatedAtEpochMs: at,
          });
          copied += 1;
        }
        return { copied, alreadyRepeating };
      });
    },
  };
}

function parseRow(schema: RoutineInput['routineInputSchema'], row: RoutineRow): RoutineRow {
  const parsed = parseOrThrow(schema, row, 'routine');
  return { ...row, ...parsed };
}
