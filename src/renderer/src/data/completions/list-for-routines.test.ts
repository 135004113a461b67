// Reading completions by key (Insights' long ranges) gives exactly the rows the date index gives.
import { describe, expect, it } from 'vitest';
import { completionId } from '@shared/routines/day-plan';
import { createTestDb } from '../../../../../tests/support/test-db';
import type { CompletionRow } from '../../db/schema';
import { createCompletionsRepository } from './completions-repository';

const row = (routineId: string, date: string, plannedTime: string | null): CompletionRow => ({
  id: completionId(routineId, date, plannedTime),
  routineId,
  date,
  plannedTime,
  status: 'done',
  atEpochMs: 0,
  snoozedUntilEpochMs: null,
  updatedAtEpochMs: 0,
});

describe('listForRoutines', () => {
  it('reads each routine over [from, to], both ends included, and nothing of other routines', async () => {
    const db = createTestDb();
    // "a|2026-05-1" is a routine whose id holds "|": its keys sort inside routine "a"'s range.
    const rows = [
      row('a', '2026-04-30', '08:00'),
      row('a', '2026-05-01', null),
      row('a', '2026-05-01', '08:00'),
      row('a', '2026-05-31', '23:59'),
      row('a', '2026-06-01', '00:00'),
      row('a|2026-05-1', '2026-05-10', '08:00'),
      row('b', '2026-05-15', '08:00'),
      row('c', '2026-05-15', '08:00'),
    ];
    await db.completions.bulkPut(rows);
    const repo = createCompletionsRepository(db, () => Promise.reject(new Error('no writes')));
    const byKey = await repo.listForRoutines(['a', 'b'], '2026-05-01', '2026-05-31');
    const byIndex = (await repo.listRange('2026-05-01', '2026-05-31')).filter((r) =>
      ['a', 'b'].includes(r.routineId),
    );
    const ids = (list: CompletionRow[]) => list.map((r) => r.id).sort();
    expect(ids(byKey)).toEqual(ids(byIndex));
    expect(ids(byKey)).toEqual([
      'a|2026-05-01|',
      'a|2026-05-01|08:00',
      'a|2026-05-31|23:59',
      'b|2026-05-15|08:00',
    ]);
    expect(await repo.listForRoutines([], '2026-05-01', '2026-05-31')).toEqual([]);
  });
});
