import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../db/repositories/profile';
import { createDb, type CheckinRow, type RoutineRow } from '../../../db/schema';
import { createInsightsRepository } from './insights-repository';

let counter = 0;
const at = Date.parse('2026-06-20T12:00:00Z'); // after every date these tests save
function setup() {
  const db = createDb({ name: `insights-${counter++}`, indexedDB: new IDBFactory(), IDBKeyRange });
  return { db, repo: createInsightsRepository(db, () => at) };
}
const checkin = {
  date: '2026-06-10',
  focus: 3,
  mood: 4,
  irritability: 2,
  restlessness: null,
  sleepQuality: 3,
  notes: 'ok day',
};

describe('check-ins', () => {
  it('creates a new row with no side effects recorded', async () => {
    const { repo } = setup();
    const row = await repo.saveCheckin(checkin);
    expect(row.sideEffects).toEqual({ diarrhoea: 'none', nausea: 'none', cramps: 'none', other: 'none' });
    expect(row.otherSideEffect).toBe('');
    expect(await repo.getCheckin('2026-06-10')).toMatchObject({ focus: 3, mood: 4, updatedAtEpochMs: at });
  });

  it('keeps side effects the supplement screen already wrote for that day', async () => {
    const { repo, db } = setup();
    const existing: CheckinRow = {
      date: '2026-06-10',
      focus: null,
      mood: null,
      irritability: null,
      restlessness: null,
      sleepQuality: null,
      sideEffects: { diarrhoea: 'mild', nausea: 'none', cramps: 'moderate', other: 'mild' },
      otherSideEffect: 'headache',
      notes: '',
      updatedAtEpochMs: 1,
    };
    await db.checkins.put(existing);
    await repo.saveCheckin(checkin);
    const row = await db.checkins.get('2026-06-10');
    expect(row?.sideEffects).toEqual(existing.sideEffects);
    expect(row?.otherSideEffect).toBe('headache');
    expect(row?.focus).toBe(3);
    expect(row?.notes).toBe('ok day');
  });

  it('saves nothing for a rating outside 1–5 or an empty check-in', async () => {
    const { repo, db } = setup();
    await expect(repo.saveCheckin({ ...checkin, mood: 7 })).rejects.toBeInstanceOf(ValidationError);
    await expect(
      repo.saveCheckin({
        ...checkin,
        focus: null,
        mood: null,
        irritability: null,
        sleepQuality: null,
        notes: ' ',
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.checkins.count()).toBe(0);
  });
});

describe('history', () => {
  it('reports planned and done occurrences and doses taken per day', async () => {
    const { repo, db } = setup();
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
    await db.routines.put(routine);
    await db.completions.put({
      id: 'mg|2026-06-10|08:00',
      routineId: 'mg',
      date: '2026-06-10',
      plannedTime: '08:00',
      status: 'done',
      atEpochMs: 0,
      snoozedUntilEpochMs: null,
    });
    await db.doses.put({
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
    });
    const history = await repo.historyBetween('2026-06-10', '2026-06-11');
    expect(history).toEqual([
      { date: '2026-06-10', planned: 2, done: 1, share: 0.5, dosesTaken: 1, dosesSkipped: 0 },
      { date: '2026-06-11', planned: 2, done: 0, share: 0, dosesTaken: 0, dosesSkipped: 0 },
    ]);
  });
});
