import { describe, expect, it } from 'vitest';
import type { CompletionRow, DoseRow, RoutineRow } from '../../../db/schema';
import { dayHistory } from './day-history';

const routine: RoutineRow = {
  id: 'mg',
  category: 'supplement',
  title: 'Magnesium',
  notes: '',
  schedule: { kind: 'daily', times: ['08:00', '20:00'] },
  startDate: '2026-06-01',
  endDate: null,
  paused: false,
  reminder: { enabled: true, nag: null },
  source: null,
  createdAtEpochMs: 0,
  updatedAtEpochMs: 0,
};
const completion: CompletionRow = {
  id: 'mg|2026-06-10|08:00',
  routineId: 'mg',
  date: '2026-06-10',
  plannedTime: '08:00',
  status: 'done',
  atEpochMs: 0,
  snoozedUntilEpochMs: null,
  updatedAtEpochMs: 0,
};
const dose: DoseRow = {
  id: 'd1',
  planId: 'p',
  productId: 'x',
  date: '2026-06-10',
  plannedTime: '08:00',
  status: 'late',
  takenAtEpochMs: 0,
  units: 1,
  elementalMg: 48,
  createdAtEpochMs: 0,
  updatedAtEpochMs: 0,
};

describe('day history', () => {
  it('reports planned and done occurrences and doses taken per day', () => {
    expect(dayHistory([routine], [completion], [dose], ['2026-06-10', '2026-06-11'])).toEqual([
      { date: '2026-06-10', planned: 2, done: 1, share: 0.5, dosesTaken: 1, dosesSkipped: 0 },
      { date: '2026-06-11', planned: 2, done: 0, share: 0, dosesTaken: 0, dosesSkipped: 0 },
    ]);
  });

  it('counts a skipped dose as skipped, not taken', () => {
    const rows = dayHistory([routine], [], [{ ...dose, status: 'skipped' }], ['2026-06-10']);
    expect(rows[0]).toMatchObject({ dosesTaken: 0, dosesSkipped: 1 });
  });
});
