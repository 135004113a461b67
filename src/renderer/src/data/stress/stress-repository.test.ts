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
});
