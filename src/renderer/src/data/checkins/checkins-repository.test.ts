import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation';
import { createDb, type CheckinRow } from '../../db/schema';
import { createCheckinsRepository } from './checkins-repository';

let counter = 0;
const at = Date.parse('2026-06-20T12:00:00Z'); // after every date these tests save
function setup() {
  const db = createDb({ name: `insights-${counter++}`, indexedDB: new IDBFactory(), IDBKeyRange });
  return { db, repo: createCheckinsRepository(db, () => at) };
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

describe('side effects, written by the supplement screen through the same owner', () => {
  it('stores side effects in the day’s check-in without touching its other answers', async () => {
    const { db, repo } = setup();
    await db.checkins.put({
      date: '2026-05-20',
      focus: 4,
      mood: 3,
      irritability: null,
      restlessness: null,
      sleepQuality: null,
      sideEffects: { diarrhoea: 'none', nausea: 'none', cramps: 'none', other: 'none' },
      otherSideEffect: '',
      notes: 'ok',
      updatedAtEpochMs: 0,
    });
    await repo.saveSideEffects({
      date: '2026-05-20',
      diarrhoea: 'moderate',
      nausea: 'none',
      cramps: 'mild',
      other: 'mild',
      otherSideEffect: 'headache',
    });
    expect(await db.checkins.get('2026-05-20')).toMatchObject({
      focus: 4,
      notes: 'ok',
      sideEffects: { diarrhoea: 'moderate', cramps: 'mild', other: 'mild' },
      otherSideEffect: 'headache',
    });
  });
});

describe('the check-in from Today', () => {
  const daily = {
    ...checkin,
    date: '2026-06-19',
    diarrhoea: 'moderate',
    nausea: 'none',
    cramps: 'mild',
  };

  it('writes the ratings and the digestive side effects into the one row the step-back reads', async () => {
    const { repo } = setup();
    await repo.saveSideEffects({
      date: '2026-06-19',
      diarrhoea: 'none',
      nausea: 'none',
      cramps: 'none',
      other: 'mild',
      otherSideEffect: 'headache',
    });
    const row = await repo.saveDailyCheckin(daily);
    expect(row).toMatchObject({ focus: 3, mood: 4, notes: 'ok day', otherSideEffect: 'headache' });
    expect(row.sideEffects).toEqual({ diarrhoea: 'moderate', nausea: 'none', cramps: 'mild', other: 'mild' });
    expect(await repo.checkinsBetween('2026-06-17', '2026-06-19')).toHaveLength(1);
  });

  it.each([
    [
      'nothing tapped',
      {
        ...daily,
        focus: null,
        mood: null,
        irritability: null,
        sleepQuality: null,
        diarrhoea: 'none',
        cramps: 'none',
        notes: '',
      },
      'focus',
    ],
    ['a day to come', { ...daily, date: '2026-06-21' }, 'date'],
    ['a rating of 6', { ...daily, mood: 6 }, 'mood'],
    ['an unknown severity', { ...daily, nausea: 'awful' }, 'nausea'],
  ])('refuses %s with a message and saves nothing', async (_name, input, field) => {
    const { repo, db } = setup();
    const error = await repo.saveDailyCheckin(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors[field]).toMatch(/\w/);
    expect(await db.checkins.count()).toBe(0);
  });

  it('turns the evening reminder on as a daily routine, moves it, and turns it off', async () => {
    const { repo, db } = setup();
    await repo.setEveningReminder({ enabled: true, time: '20:30' });
    expect(await db.routines.get('evening-checkin')).toMatchObject({
      title: 'Evening check-in',
      schedule: { kind: 'daily', times: ['20:30'] },
      source: { kind: 'evening-checkin' },
      reminder: { enabled: true, nag: null },
    });
    await repo.setEveningReminder({ enabled: true, time: '21:15' });
    expect((await db.routines.get('evening-checkin'))?.schedule).toEqual({ kind: 'daily', times: ['21:15'] });
    await repo.setEveningReminder({ enabled: false, time: '21:15' });
    expect(await db.routines.count()).toBe(0);
    const error = await repo.setEveningReminder({ enabled: true, time: '25:00' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(await db.routines.count()).toBe(0);
  });
});
