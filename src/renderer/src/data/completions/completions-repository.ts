// Completions (owner of `completions` and `appliedActions`): done / skipped / snoozed per occurrence,
// with the supplement dose kept in step, and reminder actions from the tray or a notification applied once.
import type { LocalDate, TimeOfDay } from '@shared/dates/local-date';
import type { ReminderAction } from '@shared/ipc/contract';
import { completionId } from '@shared/routines/day-plan';
import type { CompletionRow, CompletionStatus, SteadyweekDb, TableName } from '../../db/schema';
import { deleteRows } from '../deletions';

export interface OccurrenceInput {
  routineId: string;
  date: LocalDate;
  plannedTime: TimeOfDay | null;
}

/** Writes a completion row; run inside a rw transaction that includes 'completions'. */
export async function writeCompletion(db: SteadyweekDb, row: CompletionRow): Promise<void> {
  await db.completions.put(row);
}

/** Deletes (and records) a routine's completions; run inside a rw transaction over 'completions' and 'deletions'. */
export async function deleteCompletionsOf(db: SteadyweekDb, routineId: string, atEpochMs: number) {
  const ids = (await db.completions
    .where('[routineId+date]')
    .between([routineId, ''], [routineId, '\uffff'])
    .primaryKeys()) as string[];
  await deleteRows(db, 'completions', ids, atEpochMs);
}

/**
 * A log another owner keeps per occurrence (the supplement's doses, the exercise and stress entries a
 * routine writes), injected by the binding module so this owner depends on none of them: the tables its
 * writes need, the write when an occurrence is marked done or skipped, and the undo.
 */
export interface OccurrenceLog {
  tables: readonly TableName[];
  recordForOccurrence(
    db: SteadyweekDb,
    input: OccurrenceInput & { status: 'done' | 'skipped'; atEpochMs: number; timeZone: string },
  ): Promise<void>;
  /** Undo: the occurrence is open again (a dose already written stays in the dose log). */
  reopenOccurrence(db: SteadyweekDb, input: OccurrenceInput & { atEpochMs: number }): Promise<void>;
}

export function createCompletionsRepository(
  db: SteadyweekDb,
  /** Loaded when something is written, not with the first screen (and before a transaction opens). */
  loadLogs: () => Promise<OccurrenceLog>,
  now: () => number = Date.now,
) {
  type Logs = OccurrenceLog;
  const tables = (logs: Logs) => [
    ...new Set<TableName>(['completions', 'appliedActions', 'deletions', ...logs.tables]),
  ];

  async function write(
    logs: Logs,
    occurrence: OccurrenceInput,
    status: CompletionStatus,
    atEpochMs: number,
    snoozedUntilEpochMs: number | null,
    timeZone: string,
  ): Promise<CompletionRow> {
    const row: CompletionRow = {
      id: completionId(occurrence.routineId, occurrence.date, occurrence.plannedTime),
      routineId: occurrence.routineId,
      date: occurrence.date,
      plannedTime: occurrence.plannedTime,
      status,
      atEpochMs,
      snoozedUntilEpochMs,
      updatedAtEpochMs: now(),
    };
    await writeCompletion(db, row);
    if (status !== 'snoozed')
      await logs.recordForOccurrence(db, { ...occurrence, status, atEpochMs, timeZone });
    return row;
  }

  return {
    async listRange(from: LocalDate, to: LocalDate): Promise<CompletionRow[]> {
      return db.completions.where('date').between(from, to, true, true).toArray();
    },

    /**
     * The named routines' completions over [from, to], read by primary key: a row's id is
     * "routine|date|time", so each routine's days are one key range, and reading by key skips the
     * date index's lookup per row (a year of Insights reads about half as long).
     */
    async listForRoutines(
      routineIds: readonly string[],
      from: LocalDate,
      to: LocalDate,
    ): Promise<CompletionRow[]> {
      const perRoutine = await Promise.all(
        routineIds.map((routineId) =>
          db.completions
            .where(':id')
            .between(completionId(routineId, from, null), `${completionId(routineId, to, null)}\uffff`)
            .toArray(),
        ),
      );
      // An id with "|" in it could reach into a neighbour's range, so each row is checked for its own.
      return perRoutine.flatMap((rows, i) =>
        rows.filter((row) => row.routineId === routineIds[i] && row.date >= from && row.date <= to),
      );
    },

    /** Marks an occurrence done or skipped (and the planned dose or the routine's log entry with it), or snoozes it. */
    async setStatus(input: {
      occurrence: OccurrenceInput;
      status: CompletionStatus;
      snoozeMinutes?: number;
      timeZone: string;
    }): Promise<CompletionRow> {
      const at = now();
      const until = input.status === 'snoozed' ? at + (input.snoozeMinutes ?? 10) * 60_000 : null;
      const logs = await loadLogs();
      return db.transaction('rw', tables(logs), () =>
        write(logs, input.occurrence, input.status, at, until, input.timeZone),
      );
    },

    /**
     * Undo: the occurrence is open again, and the entry its routine logged goes with it. A dose
     * already written stays in the dose log.
     */
    async reopen(occurrence: OccurrenceInput): Promise<void> {
      const id = completionId(occurrence.routineId, occurrence.date, occurrence.plannedTime);
      const logs = await loadLogs();
      const at = now();
      await db.transaction('rw', tables(logs), async () => {
        await deleteRows(db, 'completions', [id], at);
        await logs.reopenOccurrence(db, { ...occurrence, atEpochMs: at });
      });
    },

    /**
     * Applies a Done/Snooze chosen in the tray or a notification. Deduplicated by actionId in the
     * same transaction as the write, so an action delivered twice is applied once.
     */
    async applyReminderAction(action: ReminderAction, timeZone: string): Promise<'applied' | 'duplicate'> {
      const logs = await loadLogs();
      return db.transaction('rw', tables(logs), async () => {
        if (await db.appliedActions.get(action.actionId)) return 'duplicate';
        const existing = await db.completions.get(
          completionId(action.occurrence.routineId, action.occurrence.date, action.occurrence.plannedTime),
        );
        // A snooze never overrides something already done or skipped.
        const settled = existing && existing.status !== 'snoozed';
        if (action.action === 'done')
          await write(logs, action.occurrence, 'done', action.atEpochMs, null, timeZone);
        else if (!settled)
          await write(
            logs,
            action.occurrence,
            'snoozed',
            action.atEpochMs,
            action.atEpochMs + (action.snoozeMinutes ?? 10) * 60_000,
            timeZone,
          );
        const at = now();
        await db.appliedActions.add({
          actionId: action.actionId,
          appliedAtEpochMs: at,
          updatedAtEpochMs: at,
        });
        return 'applied';
      });
    },
  };
}
