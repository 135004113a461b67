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

  it.each([
    // [what, the night, the field with the message]
    ['a night that has not happened yet', { ...night, date: '2026-06-13' }, 'date'],
    ['over 16 hours (an AM/PM slip)', { ...night, bedtime: '13:00', wakeTime: '07:00' }, 'wakeTime'],
    ['a quality of 0', { ...night, quality: 0 }, 'quality'],
    ['a bedtime that is not a time', { ...night, bedtime: '25:00' }, 'bedtime'],
  ])('refuses %s with a message, and saves nothing', async (_what, input, field) => {
    const { repo, db } = setup();
    const error = await repo.save(input, context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors[field]).toMatch(/\w/);
    expect(await db.sleepLogs.count()).toBe(0);
  });

  it('reads a wake time before the bedtime as overnight', async () => {
    const { repo } = setup();
    const saved = await repo.save({ ...night, bedtime: '23:30', wakeTime: '06:30' }, context);
    expect(saved).toMatchObject({ bedtime: '23:30', wakeTime: '06:30' });
  });
});

describe('wind-down steps', () => {
  it('writes each chosen step as a daily sleep routine before the target bedtime, and removes one turned off', async () => {
    const { repo, db } = setup();
    await repo.saveTarget({ bedtime: '22:30', wakeTime: '06:30' });
    await repo.saveWindDown({ items: ['screens-off', 'book'] }, '2026-06-12');
    const routines = await db.routines.toArray();
    expect(routines.map((r) => [r.id, r.title, r.category, r.schedule, r.startDate])).toEqual([
      ['wind-down-book', 'A page of a book', 'sleep', { kind: 'daily', times: ['22:15'] }, '2026-06-12'],
      ['wind-down-screens-off', 'Screens off', 'sleep', { kind: 'daily', times: ['21:45'] }, '2026-06-12'],
    ]);
    await repo.saveWindDown({ items: ['book'] }, '2026-06-13');
    expect((await db.routines.toArray()).map((r) => [r.id, r.startDate])).toEqual([
      ['wind-down-book', '2026-06-12'],
    ]);
    expect(await db.deletions.where('[table+id]').equals(['routines', 'wind-down-screens-off']).count()).toBe(
      1,
    );
  });

  it('moves the steps with the bedtime', async () => {
    const { repo, db } = setup();
    await repo.saveWindDown({ items: ['screens-off'] }, '2026-06-12');
    expect((await db.routines.get('wind-down-screens-off'))?.schedule).toEqual({
      kind: 'daily',
      times: ['22:15'],
    });
    await repo.saveTarget({ bedtime: '00:15', wakeTime: '08:00' });
    expect((await db.routines.get('wind-down-screens-off'))?.schedule).toEqual({
      kind: 'daily',
      times: ['23:30'],
    });
    expect(await db.routines.get('wind-down-book')).toBeUndefined();
  });

  it('refuses a step it does not offer, and changes nothing', async () => {
    const { repo, db } = setup();
    const error = await repo.saveWindDown({ items: ['coffee'] }, '2026-06-12').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(await db.routines.count()).toBe(0);
  });
});
