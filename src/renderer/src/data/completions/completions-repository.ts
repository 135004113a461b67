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
 * The supplement owner's dose log, injected by the binding module so this owner does not depend on it:
 * the tables its writes need, and the write itself (a no-op for routines that are not doses).
 */
export interface DoseLog {
  tables: readonly TableName[];
  recordDoseForOccurrence(
    db: SteadyweekDb,
    input: OccurrenceInput & { status: 'done' | 'skipped'; atEpochMs: number; timeZone: string },
  ): Promise<void>;
}

export function createCompletionsRepository(
  db: SteadyweekDb,
  /** Loaded when something is written, not with the first screen (and before a transaction opens). */
  loadDoses: () => Promise<DoseLog>,
  now: () => number = Date.now,
) {
  type Doses = DoseLog;
  const tables = (doses: Doses) => ['completions', 'appliedActions', 'deletions', ...doses.tables];

  async function write(
    doses: Doses,
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
      await doses.recordDoseForOccurrence(db, { ...occurrence, status, atEpochMs, timeZone });
    return row;
  }

  return {
    async listRange(from: LocalDate, to: LocalDate): Promise<CompletionRow[]> {
      return db.completions.where('date').between(from, to, true, true).toArray();
    },

    /** Marks an occurrence done or skipped (and the planned dose with it), or snoozes it. */
    async setStatus(input: {
      occurrence: OccurrenceInput;
      status: CompletionStatus;
      snoozeMinutes?: number;
      timeZone: string;
    }): Promise<CompletionRow> {
      const at = now();
      const until = input.status === 'snoozed' ? at + (input.snoozeMinutes ?? 10) * 60_000 : null;
      const doses = await loadDoses();
      return db.transaction('rw', tables(doses), () =>
        write(doses, input.occurrence, input.status, at, until, input.timeZone),
      );
    },

    /** Undo: the occurrence is open again. A dose already written stays in the dose log. */
    async reopen(occurrence: OccurrenceInput): Promise<void> {
      const id = completionId(occurrence.routineId, occurrence.date, occurrence.plannedTime);
      await db.transaction('rw', ['completions', 'deletions'], () =>
        deleteRows(db, 'completions', [id], now()),
      );
    },

    /**
     * Applies a Done/Snooze chosen in the tray or a notification. Deduplicated by actionId in the
     * same transaction as the write, so an action delivered twice is applied once.
     */
    async applyReminderAction(action: ReminderAction, timeZone: string): Promise<'applied' | 'duplicate'> {
      const doses = await loadDoses();
      return db.transaction('rw', tables(doses), async () => {
        if (await db.appliedActions.get(action.actionId)) return 'duplicate';
        const existing = await db.completions.get(
          completionId(action.occurrence.routineId, action.occurrence.date, action.occurrence.plannedTime),
        );
        // A snooze never overrides something already done or skipped.
        const settled = existing && existing.status !== 'snoozed';
        if (action.action === 'done')
          await write(doses, action.occurrence, 'done', action.atEpochMs, null, timeZone);
        else if (!settled)
          await write(
            doses,
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
