import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDb } from '../../db/schema';
import { ValidationError } from '../validation';
import { createRoutinesRepository } from './routines-repository';
import { createCompletionsRepository } from '../completions/completions-repository';

let counter = 0;
function setup() {
  const db = createDb({ name: `routines-${(counter += 1)}`, indexedDB: new IDBFactory(), IDBKeyRange });
  let id = 0;
  const routines = createRoutinesRepository(
    db,
    () => 1_000,
    () => `r${(id += 1)}`,
  );
  const completions = createCompletionsRepository(
    db,
    async () => (await import('../completions/occurrence-logs')).occurrenceLogs,
    () => 2_000,
  );
  return { db, routines, completions };
}

const valid = {
  title: 'Evening walk',
  category: 'exercise',
  notes: '',
  schedule: { kind: 'weekly', days: [1, 3], times: ['18:00'] },
  startDate: '2026-06-01',
  endDate: null,
  paused: false,
  reminder: { enabled: true, nag: null },
};

describe('routines repository', () => {
  it('creates a routine and lists it', async () => {
    const { routines } = setup();
    const created = await routines.create(valid);
    expect(created).toMatchObject({ id: 'r1', title: 'Evening walk', source: null });
    expect((await routines.list()).map((r) => r.id)).toEqual(['r1']);
  });

  it.each([
    ['an empty title', { title: '  ' }, 'title'],
    ['no days', { schedule: { kind: 'weekly', days: [], times: ['18:00'] } }, 'schedule.days'],
    ['a bad time', { schedule: { kind: 'daily', times: ['25:00'] } }, 'schedule.times.0'],
    ['an end before the start', { endDate: '2026-05-01' }, 'endDate'],
    // flexible routines count one a day at most
    ['8 times a week', { schedule: { kind: 'times-per-week', count: 8 } }, 'schedule.count'],
  ])('refuses %s with a message on that field and saves nothing', async (_name, change, field) => {
    const { routines } = setup();
    const error = await routines.create({ ...valid, ...change }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors)).toContain(field);
    expect(await routines.list()).toEqual([]);
  });

  it('moves a weekly slot to another day and time', async () => {
    const { routines } = setup();
    await routines.create(valid);
    const moved = await routines.move({
      routineId: 'r1',
      from: { day: 3, time: '18:00' },
      to: { day: 5, time: '19:30' },
    });
    expect(moved.schedule).toEqual({ kind: 'weekly', days: [1, 5], times: ['19:30'] });
  });

  it('refuses to move a daily routine to another day, and changes nothing', async () => {
    const { routines } = setup();
    await routines.create({ ...valid, schedule: { kind: 'daily', times: ['08:00'] } });
    await expect(
      routines.move({ routineId: 'r1', from: { day: 1, time: '08:00' }, to: { day: 2, time: '08:00' } }),
    ).rejects.toThrow(/every day/);
    expect((await routines.get('r1'))!.schedule).toEqual({ kind: 'daily', times: ['08:00'] });
  });

  it('deletes a routine together with its completions', async () => {
    const { routines, completions, db } = setup();
    await routines.create(valid);
    await completions.setStatus({
      occurrence: { routineId: 'r1', date: '2026-06-01', plannedTime: '18:00' },
      status: 'done',
      timeZone: 'Europe/Berlin',
    });
    await routines.remove('r1');
    expect(await db.completions.count()).toBe(0);
    expect(await routines.list()).toEqual([]);
  });

  it('copies one-off routines of a week into the next week and leaves repeating ones alone', async () => {
    const { routines } = setup();
    await routines.create(valid); // repeats every week
    await routines.create({
      ...valid,
      title: 'Dentist prep',
      startDate: '2026-06-02',
      endDate: '2026-06-04',
    });
    const result = await routines.copyWeek('2026-06-01');
    expect(result).toEqual({ copied: 1, alreadyRepeating: 1 });
    const copy = (await routines.list()).find(
      (r) => r.title === 'Dentist prep' && r.startDate === '2026-06-09',
    );
    expect(copy).toMatchObject({ endDate: '2026-06-11' });
  });
});

describe('completions repository', () => {
  const action = {
    actionId: 'a1',
    occurrence: { routineId: 'r1', date: '2026-06-01', plannedTime: '18:00' },
    action: 'done' as const,
    snoozeMinutes: null,
    atEpochMs: 5_000,
  };

  it('applies the same reminder action delivered twice only once', async () => {
    const { completions, db } = setup();
    expect(await completions.applyReminderAction(action, 'Europe/Berlin')).toBe('applied');
    // the user reopens it in the app; a redelivered copy of the old action must not mark it done again
    await completions.reopen(action.occurrence);
    expect(await completions.applyReminderAction(action, 'Europe/Berlin')).toBe('duplicate');
    expect(await db.completions.count()).toBe(0);
    expect(await db.appliedActions.count()).toBe(1);
  });

  it('records a snooze with its end, but never lets a snooze undo a done', async () => {
    const { completions, db } = setup();
    await completions.applyReminderAction(
      { ...action, actionId: 's1', action: 'snooze', snoozeMinutes: 10 },
      'Europe/Berlin',
    );
    expect(await db.completions.get('r1|2026-06-01|18:00')).toMatchObject({
      status: 'snoozed',
      snoozedUntilEpochMs: 5_000 + 600_000,
    });
    await completions.applyReminderAction(action, 'Europe/Berlin');
    await completions.applyReminderAction(
      { ...action, actionId: 's2', action: 'snooze', snoozeMinutes: 5 },
      'Europe/Berlin',
    );
    expect(await db.completions.get('r1|2026-06-01|18:00')).toMatchObject({ status: 'done' });
  });

  it('lists completions in a date range', async () => {
    const { completions } = setup();
    for (const date of ['2026-05-31', '2026-06-01', '2026-06-07', '2026-06-08'])
      await completions.setStatus({
        occurrence: { routineId: 'r1', date, plannedTime: null },
        status: 'done',
        timeZone: 'UTC',
      });
    expect((await completions.listRange('2026-06-01', '2026-06-07')).map((c) => c.date)).toEqual([
      '2026-06-01',
      '2026-06-07',
    ]);
  });
});
