// Completions: done / skipped / snoozed per occurrence, with supplement doses kept in step, and reminder actions applied once.
import type { LocalDate, TimeOfDay } from '@shared/dates/local-date';
import type { ReminderAction } from '@shared/ipc/contract';
import { completionId } from '@shared/routines/day-plan';
import type { CompletionRow, CompletionStatus, SteadyweekDb } from '../../db/schema';

export interface OccurrenceInput {
  routineId: string;
  date: LocalDate;
  plannedTime: TimeOfDay | null;
}

// The dose log is only needed when something is written: load it then, not with the first screen.
// (It must be loaded before a transaction opens: awaiting an import inside one would end it.)
const loadDoses = () => import('../../db/doses');
type Doses = Awaited<ReturnType<typeof loadDoses>>;

export function createCompletionsRepository(db: SteadyweekDb, now: () => number = Date.now) {
  const tables = (doses: Doses) => [
    db.completions,
    db.appliedActions,
    ...doses.doseTables.map((name) => db.table(name)),
  ];

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
    };
    await db.completions.put(row);
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
      await db.completions.delete(
        completionId(occurrence.routineId, occurrence.date, occurrence.plannedTime),
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
        await db.appliedActions.add({ actionId: action.actionId, appliedAtEpochMs: now() });
        return 'applied';
      });
    },
  };
}
