import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { ValidationError } from '../validation';
import { createDb } from '../../db/schema';
import { createExerciseRepository } from './exercise-repository';

let counter = 0;
function setup() {
  const db = createDb({ name: `exercise-${counter++}`, indexedDB: new IDBFactory(), IDBKeyRange });
  let id = 0;
  return { db, repo: createExerciseRepository(db, () => `s${id++}`) };
}

describe('exercise repository', () => {
  it('adds sessions and lists only those in the range, by date', async () => {
    const { repo } = setup();
    await repo.add({ date: '2026-06-10', kind: 'strength', minutes: 20, intensity: 'moderate', notes: '' });
    await repo.add({ date: '2026-06-08', kind: 'aerobic', minutes: 30, intensity: 'vigorous', notes: 'run' });
    await repo.add({ date: '2026-06-15', kind: 'aerobic', minutes: 30, intensity: 'light', notes: '' });
    const rows = await repo.listBetween('2026-06-08', '2026-06-14');
    expect(rows.map((r) => [r.date, r.kind, r.minutes])).toEqual([
      ['2026-06-08', 'aerobic', 30],
      ['2026-06-10', 'strength', 20],
    ]);
    await repo.remove(rows[0]!.id);
    expect(await repo.listBetween('2026-06-08', '2026-06-14')).toHaveLength(1);
  });

  it('saves nothing when the minutes are not a positive whole number', async () => {
    const { repo, db } = setup();
    const error = await repo
      .add({ date: '2026-06-10', kind: 'aerobic', minutes: 0, intensity: 'moderate', notes: '' })
      .catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors.minutes).toBe('Enter at least 1 minute.');
    expect(await db.exerciseLogs.count()).toBe(0);
  });

  // 12:00 UTC on 10 June is already 11 June on Kiritimati (UTC+14) but still 10 June in Pago Pago (UTC−11).
  it.each([
    ['Pacific/Kiritimati', '2026-06-11', true],
    ['Pacific/Pago_Pago', '2026-06-11', false],
    ['Pacific/Pago_Pago', '2026-06-10', true],
  ])('in %s a session on %s is saved: %s', async (timeZone, date, saved) => {
    const db = createDb({ name: `exercise-${counter++}`, indexedDB: new IDBFactory(), IDBKeyRange });
    await db.profile.put({
      id: 'me',
      lifeStage: { ageBand: '31-50', sex: 'female', reproductiveStatus: 'none' },
      timeZone,
      weekStart: 1,
      units: 'metric',
      disclaimerAcceptedAtEpochMs: 0,
      createdAtEpochMs: 0,
      updatedAtEpochMs: 0,
    });
    const repo = createExerciseRepository(
      db,
      () => 's1',
      () => Date.parse('2026-06-10T12:00:00Z'),
    );
    const result = await repo
      .add({ date, kind: 'aerobic', minutes: 30, intensity: 'moderate', notes: '' })
      .then(() => null)
      .catch((e: unknown) => (e as ValidationError).fieldErrors.date);
    expect(result).toBe(
      saved ? null : 'That day has not come yet; pick today (2026-06-10) or an earlier day.',
    );
    expect(await db.exerciseLogs.count()).toBe(saved ? 1 : 0);
  });
});
