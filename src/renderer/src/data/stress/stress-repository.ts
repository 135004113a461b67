// Stress practices (owner of `stressLogs`: breathing, meditation, mindfulness, hobby, other): a dated log.
import { stressLogInputSchema } from '@shared/wellbeing/stress';
import type { SteadyweekDb, StressLogRow } from '../../db/schema';
import { createDatedLog } from '../dated-log';

export function createStressRepository(db: SteadyweekDb, newId?: () => string, now?: () => number) {
  return createDatedLog<StressLogRow>(db, {
    table: 'stressLogs',
    what: 'practice',
    inputSchema: stressLogInputSchema,
    newId,
    now,
  });
}
