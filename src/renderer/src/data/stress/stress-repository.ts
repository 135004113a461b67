// Stress practices (owner of `stressLogs`: breathing, meditation, mindfulness, hobby, other): a dated log,
// and the practice a routine occurrence writes.
import { stressLogInputSchema } from '@shared/wellbeing/stress';
import type { SteadyweekDb, StressLogRow } from '../../db/schema';
import { createDatedLog, occurrenceEntries } from '../dated-log';

const stressLog = {
  table: 'stressLogs',
  what: 'practice',
  inputSchema: stressLogInputSchema,
} as const;

/** The practice a stress routine's Done writes (run in the completions owner's transaction). */
export const stressForOccurrence = occurrenceEntries<StressLogRow>(stressLog);

export function createStressRepository(db: SteadyweekDb, newId?: () => string, now?: () => number) {
  return createDatedLog<StressLogRow>(db, { ...stressLog, newId, now });
}
