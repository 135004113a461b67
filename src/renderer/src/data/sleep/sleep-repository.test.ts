import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation';
import { createDb } from '../../db/schema';
import { createSleepRepository, defaultSleepTarget } from './sleep-repository';

let counter = 0;
function setup() {
  const db = createDb({ name: `sleep-${counter++}`, indexedDB: new IDBFactory(), IDBKeyRange });
  return { db, repo: createSleepRepository(db, () => 1_000) };
}
const context = { timeZone: 'Europe/Berlin', today: '2026-06-12' };
const night = { date: '2026-06-12', bedtime: '23:10', wakeTime: '07:05', quality: 4, notes: 'fan on' };

describe('sleep repository', () => {
  it('saves a night and lists it by wake-up date, replacing a second save of the same date', async () => {
    const { repo } = setup();
    await repo.save(night, context);
    await repo.save({ ...night, quality: 2 }, context);
    await repo.save({ ...night, date: '2026-06-10' }, context);
    const rows = await repo.listBetween('2026-06-01', '2026-06-12');
    expect(rows.map((r) => [r.date, r.quality])).toEqual([
      ['2026-06-10', 4],
      ['2026-06-12', 2],
    ]);
  });

  it('rejects a night over 16 hours with a message at the wake time, and saves nothing', async () => {
    const { repo, db } = setup();
    const error = await repo
      .save({ ...night, bedtime: '11:00', wakeTime: '07:00' }, context)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.wakeTime).toMatch(/over 16 hours/);
    expect(await db.sleepLogs.count()).toBe(0);
  });

  it('keeps the target schedule in its own row, with defaults until one is saved', async () => {
    const { repo, db } = setup();
    expect(await repo.getTarget()).toEqual(defaultSleepTarget);
    await repo.saveTarget({ bedtime: '22:45', wakeTime: '06:45' });
    expect(await repo.getTarget()).toEqual({ bedtime: '22:45', wakeTime: '06:45' });
    expect(await db.sleepTarget.get('me')).toMatchObject({ bedtime: '22:45', wakeTime: '06:45' });
    expect(await db.settings.get('app')).toBeUndefined();
    await expect(repo.saveTarget({ bedtime: '22:75', wakeTime: '06:45' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await repo.getTarget()).toEqual({ bedtime: '22:45', wakeTime: '06:45' });
  });
});
