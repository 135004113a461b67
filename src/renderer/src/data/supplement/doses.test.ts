import { afterEach, describe, expect, it } from 'vitest';
import { instantOfLocalTime } from '@shared/dates/calendar';
import { createTestDb } from '../../../../../tests/support/test-db';
import { describePlannedDose, doseTables, recordDoseForOccurrence, routineIdForPlan } from './doses';
import { createSupplementRepository } from './supplement-repository';
import { supplementMagnesiumByDate } from './supplement-magnesium';
import { magteinInput, planInputFor } from '../../../../../tests/support/supplement-fixtures';

const zone = 'Europe/Berlin';
const dbs: ReturnType<typeof createTestDb>[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

async function setup() {
  const db = createTestDb();
  dbs.push(db);
  let id = 0;
  const repo = createSupplementRepository(db, { now: () => 1_000, newId: () => `id${++id}` });
  await db.profile.put({
    id: 'me',
    lifeStage: { ageBand: '31-50', sex: 'female', reproductiveStatus: 'none' },
    timeZone: zone,
    weekStart: 1,
    units: 'metric',
    disclaimerAcceptedAtEpochMs: 0,
    createdAtEpochMs: 0,
    updatedAtEpochMs: 0,
  });
  const product = await repo.saveProduct(magteinInput());
  const plan = await repo.savePlan(
    planInputFor(product.id, { timing: 'split', times: ['08:00', '20:00'], fullDoseUnitsPerTime: [1, 2] }),
  );
  return { db, repo, product, plan, routineId: routineIdForPlan(plan.id) };
}

describe('doses behind supplement routine occurrences', () => {
  it('saving a plan creates its daily routine with the plan times, marked as coming from the plan', async () => {
    const { db, plan, routineId } = await setup();
    expect(await db.routines.get(routineId)).toMatchObject({
      category: 'supplement',
      source: { kind: 'titration-plan', planId: plan.id },
      schedule: { kind: 'daily', times: ['08:00', '20:00'] },
      startDate: '2026-05-04',
      paused: false,
    });
  });

  it('describes a planned occurrence: week 2 evening is 1 capsule · 48 mg, week 3 evening 2 capsules · 96 mg', async () => {
    const { db, routineId } = await setup();
    expect(await describePlannedDose(db, { routineId, date: '2026-05-12', plannedTime: '20:00' })).toEqual({
      units: 1,
      unitLabel: 'capsule',
      elementalMg: 48,
      productName: 'Magtein',
    });
    expect(
      await describePlannedDose(db, { routineId, date: '2026-05-20', plannedTime: '20:00' }),
    ).toMatchObject({
      units: 2,
      elementalMg: 96,
    });
    expect(await describePlannedDose(db, { routineId, date: '2026-05-01', plannedTime: '20:00' })).toBeNull();
  });

  it('records done within 60 min as taken, later as late, with units, elemental mg and stock', async () => {
    const { db, routineId, product } = await setup();
    await recordDoseForOccurrence(db, {
      routineId,
      date: '2026-05-20',
      plannedTime: '20:00',
      status: 'done',
      atEpochMs: instantOfLocalTime('2026-05-20', '20:45', zone),
      timeZone: zone,
    });
    await recordDoseForOccurrence(db, {
      routineId,
      date: '2026-05-20',
      plannedTime: '08:00',
      status: 'done',
      atEpochMs: instantOfLocalTime('2026-05-20', '09:30', zone),
      timeZone: zone,
    });
    const doses = await db.doses.orderBy('id').toArray();
    expect(doses.map((d) => [d.plannedTime, d.status, d.units, d.elementalMg])).toEqual([
      ['08:00', 'late', 1, 48],
      ['20:00', 'taken', 2, 96],
    ]);
    expect((await db.products.get(product.id))?.stockUnits).toBe(87);
  });

  it('marking the same occurrence twice counts the capsules once; skipping it gives them back', async () => {
    const { db, routineId, product } = await setup();
    const mark = (status: 'done' | 'skipped') =>
      recordDoseForOccurrence(db, {
        routineId,
        date: '2026-05-20',
        plannedTime: '20:00',
        status,
        atEpochMs: instantOfLocalTime('2026-05-20', '20:00', zone),
        timeZone: zone,
      });
    await mark('done');
    await mark('done');
    expect((await db.products.get(product.id))?.stockUnits).toBe(88);
    await mark('skipped');
    expect((await db.products.get(product.id))?.stockUnits).toBe(90);
    expect(await db.doses.toArray()).toMatchObject([{ status: 'skipped', units: 0, elementalMg: 0 }]);
  });

  it('does nothing for a routine that is not a titration plan, inside a caller transaction', async () => {
    const { db } = await setup();
    await db.routines.put({
      id: 'walk',
      category: 'exercise',
      title: 'Walk',
      notes: '',
      schedule: { kind: 'daily', times: ['07:00'] },
      startDate: '2026-05-01',
      endDate: null,
      paused: false,
      reminder: { enabled: true, nag: null },
      source: null,
      createdAtEpochMs: 0,
      updatedAtEpochMs: 0,
    });
    await db.transaction('rw', ['completions', ...doseTables], () =>
      recordDoseForOccurrence(db, {
        routineId: 'walk',
        date: '2026-05-20',
        plannedTime: '07:00',
        status: 'done',
        atEpochMs: 0,
        timeZone: zone,
      }),
    );
    expect(await db.doses.count()).toBe(0);
  });

  it('reports supplement magnesium per date: planned from the steps, taken from the doses', async () => {
    const { db, routineId } = await setup();
    await recordDoseForOccurrence(db, {
      routineId,
      date: '2026-05-11',
      plannedTime: '20:00',
      status: 'done',
      atEpochMs: instantOfLocalTime('2026-05-11', '20:00', zone),
      timeZone: zone,
    });
    expect(await supplementMagnesiumByDate(db, '2026-05-03', '2026-05-11')).toMatchObject({
      '2026-05-03': { plannedMg: 0, takenMg: 0 },
      '2026-05-04': { plannedMg: 48, takenMg: 0 },
      '2026-05-11': { plannedMg: 96, takenMg: 48 },
    });
  });
});
