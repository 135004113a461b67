// What a completion writes besides itself, composed from the owners that keep those logs: the supplement's
// dose for a dose routine, and the exercise session or stress practice a routine that logs itself carries.
import type { SteadyweekDb } from '../../db/schema';
import { occurrenceEntryTables } from '../dated-log';
import { exerciseForOccurrence } from '../exercise/exercise-repository';
import { readRoutine } from '../routines/routines-repository';
import { stressForOccurrence } from '../stress/stress-repository';
import { doseLog } from '../supplement/doses';
import type { OccurrenceInput, OccurrenceLog } from './completions-repository';
import { completionId } from '@shared/routines/day-plan';

async function entryLogOf(db: SteadyweekDb, routineId: string) {
  const activity = (await readRoutine(db, routineId))?.activity;
  if (activity?.area === 'exercise') {
    const { area: _area, ...fields } = activity;
    return { entries: exerciseForOccurrence, fields };
  }
  if (activity?.area === 'stress') {
    const { area: _area, ...fields } = activity;
    return { entries: stressForOccurrence, fields };
  }
  // A sleep routine logs nothing by itself: its Done time prefills last night's log on Today.
  return null;
}

const idOf = (occurrence: OccurrenceInput) =>
  completionId(occurrence.routineId, occurrence.date, occurrence.plannedTime);

/** The exercise and stress entries routines write for their occurrences. */
export const routineEntryLog: OccurrenceLog = {
  tables: ['routines', 'exerciseLogs', 'stressLogs', ...occurrenceEntryTables],
  async recordForOccurrence(db, input) {
    const log = await entryLogOf(db, input.routineId);
    if (!log) return;
    // A skipped occurrence did not happen, so an entry it had logged goes.
    if (input.status === 'skipped') await log.entries.remove(db, idOf(input), input.atEpochMs);
    else await log.entries.write(db, idOf(input), { ...log.fields, date: input.date }, input.atEpochMs);
  },
  async reopenOccurrence(db, input) {
    const log = await entryLogOf(db, input.routineId);
    await log?.entries.remove(db, idOf(input), input.atEpochMs);
  },
};

/** Every log a completion keeps in step, as one. */
export const occurrenceLogs: OccurrenceLog = {
  tables: [...new Set([...doseLog.tables, ...routineEntryLog.tables])],
  async recordForOccurrence(db, input) {
    await doseLog.recordForOccurrence(db, input);
    await routineEntryLog.recordForOccurrence(db, input);
  },
  async reopenOccurrence(db, input) {
    await doseLog.reopenOccurrence(db, input);
    await routineEntryLog.reopenOccurrence(db, input);
  },
};
