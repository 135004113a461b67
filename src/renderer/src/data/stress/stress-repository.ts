// Stress practices (owner of `stressLogs`: breathing, meditation, mindfulness, hobby, other): a dated log,
// the practice a routine occurrence writes, and the stress-after rating a guided session adds once it has logged itself.
import { stressAfterSchema, stressLogInputSchema } from '@shared/wellbeing/stress';
import type { SteadyweekDb, StressLogRow } from '../../db/schema';
import { createDatedLog, occurrenceEntries } from '../dated-log';
import { parseOrThrow, ValidationError } from '../validation';

const stressLog = {
  table: 'stressLogs',
  what: 'practice',
  inputSchema: stressLogInputSchema,
} as const;

/** The practice a stress routine's Done writes (run in the completions owner's transaction). */
export const stressForOccurrence = occurrenceEntries<StressLogRow>(stressLog);

export function createStressRepository(db: SteadyweekDb, newId?: () => string, now: () => number = Date.now) {
  const log = createDatedLog<StressLogRow>(db, { ...stressLog, newId, now });
  return {
    ...log,
    /** Adds how stressed the person feels after a practice that is already logged (1–5). */
    async rateAfter(id: string, input: unknown): Promise<StressLogRow> {
      const { stressAfter } = parseOrThrow(stressAfterSchema, input, 'rating');
      return db.transaction('rw', db.stressLogs, async () => {
        const row = await db.stressLogs.get(id);
        if (!row) {
          throw new ValidationError('That practice is no longer in the log; nothing was saved.', {
            stressAfter: 'That practice is no longer in the log.',
          });
        }
        const rated = { ...row, stressAfter, updatedAtEpochMs: now() };
        await db.stressLogs.put(rated);
        return rated;
      });
    },
  };
}
