import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation';
import { createDb } from '../../db/schema';
import { createStressRepository } from './stress-repository';

let counter = 0;
function setup() {
  const db = createDb({ name: `stress-${counter++}`, indexedDB: new IDBFactory(), IDBKeyRange });
  let id = 0;
  return { db, repo: createStressRepository(db, () => `p${id++}`) };
}

describe('stress repository', () => {
  it('adds practices and lists them by date range', async () => {
    const { repo } = setup();
    await repo.add({ date: '2026-06-09', kind: 'breathing', minutes: 3, notes: '' });
    await repo.add({ date: '2026-06-01', kind: 'hobby', minutes: 40, notes: 'guitar' });
    expect((await repo.listBetween('2026-06-08', '2026-06-14')).map((r) => r.kind)).toEqual(['breathing']);
  });

  it('saves nothing for an unknown kind', async () => {
    const { repo, db } = setup();
    await expect(repo.add({ date: '2026-06-09', kind: 'nap', minutes: 3, notes: '' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await db.stressLogs.count()).toBe(0);
  });

  it('keeps a guided session’s pattern and stress before, then adds stress after', async () => {
    const { repo, db } = setup();
    const logged = await repo.add({
      date: '2026-06-09',
      kind: 'breathing',
      minutes: 2,
      notes: 'Guided 4-7-8 breathing',
      pattern: '4-7-8',
      stressBefore: 4,
    });
    expect(logged).toMatchObject({ pattern: '4-7-8', stressBefore: 4 });
    expect(logged.stressAfter).toBeUndefined();
    await repo.rateAfter(logged.id, { stressAfter: 2 });
    expect(await db.stressLogs.get(logged.id)).toMatchObject({
      pattern: '4-7-8',
      stressBefore: 4,
      stressAfter: 2,
    });
  });

  it('rows from before the ratings existed still read and list', async () => {
    const { repo, db } = setup();
    await db.stressLogs.add({
      id: 'old',
      date: '2026-06-09',
      kind: 'hobby',
      minutes: 30,
      notes: '',
      updatedAtEpochMs: 1,
    });
    expect(await repo.listBetween('2026-06-09', '2026-06-09')).toHaveLength(1);
  });

  it.each([0, 6, 2.5, 'calm'])('saves nothing for a stress rating of %j', async (rating) => {
    const { repo, db } = setup();
    await expect(
      repo.add({ date: '2026-06-09', kind: 'meditation', minutes: 5, notes: '', stressBefore: rating }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.stressLogs.count()).toBe(0);
    const row = await repo.add({ date: '2026-06-09', kind: 'meditation', minutes: 5, notes: '' });
    await expect(repo.rateAfter(row.id, { stressAfter: rating })).rejects.toBeInstanceOf(ValidationError);
    expect((await db.stressLogs.get(row.id))?.stressAfter).toBeUndefined();
  });

  it('rating a practice that was removed saves nothing and says so', async () => {
    const { repo, db } = setup();
    const row = await repo.add({ date: '2026-06-09', kind: 'meditation', minutes: 5, notes: '' });
    await repo.remove(row.id);
    await expect(repo.rateAfter(row.id, { stressAfter: 2 })).rejects.toThrow(/no longer in the log/);
    expect(await db.stressLogs.count()).toBe(0);
  });
});
