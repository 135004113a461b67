import { afterEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../../../tests/support/test-db';
import { ValidationError } from '../validation';
import { routineIdForPlan } from './doses';
import type { LifeStage } from '@shared/profile/profile';
import { createSupplementRepository } from './supplement-repository';
import { magteinInput, planInputFor } from '../../../../../tests/support/supplement-fixtures';

const dbs: ReturnType<typeof createTestDb>[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

async function setup(lifeStage: LifeStage = { ageBand: '31-50', sex: 'female', reproductiveStatus: 'none' }) {
  const db = createTestDb();
  dbs.push(db);
  let id = 0;
  let clock = Date.parse('2026-06-01T12:00:00Z'); // after every date these tests log
  const repo = createSupplementRepository(db, { now: () => clock, newId: () => `id${++id}` });
  await db.profile.put({
    id: 'me',
    lifeStage,
    timeZone: 'Europe/Berlin',
    weekStart: 1,
    units: 'metric',
    disclaimerAcceptedAtEpochMs: 0,
    createdAtEpochMs: 0,
    updatedAtEpochMs: 0,
  });
  return { db, repo, tick: () => (clock += 1000) };
}

const magtein = magteinInput();
// This file's plans are taken in the evening.
const planInput = (productId: string, extra: Record<string, unknown> = {}) =>
  planInputFor(productId, { timing: 'evening', times: ['20:00'], ...extra });

async function fieldErrors(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe('saving a product', () => {
  it('stores the label per serving as per-unit amounts: 2,000 mg / 144 mg per 3 capsules → 48 mg a capsule', async () => {
    const { repo } = await setup();
    const product = await repo.saveProduct(magtein);
    expect(product.elementalMgPerUnit).toBe(48);
    expect(product.compoundMgPerUnit).toBeCloseTo(666.667, 3);
  });

  it.each([
    // field, bad value, message fragment
    ['compoundMgPerServing', 0, 'more than 0'],
    ['compoundMgPerServing', -5, 'more than 0'],
    ['compoundMgPerServing', Number.NaN, 'as a number'],
    ['compoundMgPerServing', 50_000, 'looks like a typo'],
    ['elementalMgPerServing', 50_000, 'looks like a typo'],
    ['unitsPerServing', 0, 'more than 0'],
    ['unitsPerServing', 1.5, 'whole number'],
    ['stockUnits', -1, 'cannot be negative'],
    ['form', undefined, 'Choose the magnesium form'],
    ['name', '  ', 'Give the product a name'],
  ])('rejects %s = %s beside the field and saves nothing', async (field, value, message) => {
    const { db, repo } = await setup();
    const errors = await fieldErrors(repo.saveProduct({ ...magtein, [field]: value }));
    expect(errors[field]).toMatch(new RegExp(message));
    expect(await db.products.count()).toBe(0);
  });

  it('rejects elemental above compound even when both are plausible (300 mg elemental in 200 mg compound)', async () => {
    const { db, repo } = await setup();
    const errors = await fieldErrors(
      repo.saveProduct({ ...magtein, compoundMgPerServing: 200, elementalMgPerServing: 300 }),
    );
    expect(errors.elementalMgPerServing).toMatch(/cannot be more than the compound/);
    expect(await db.products.count()).toBe(0);
  });

  it('needs the elemental figure for a blend, and at least one amount for any form', async () => {
    const { repo } = await setup();
    expect(
      (await fieldErrors(repo.saveProduct({ ...magtein, form: 'other', elementalMgPerServing: null })))
        .elementalMgPerServing,
    ).toMatch(/no fraction/);
    expect(
      (
        await fieldErrors(
          repo.saveProduct({ ...magtein, compoundMgPerServing: null, elementalMgPerServing: null }),
        )
      ).elementalMgPerServing,
    ).toMatch(/or the compound/);
  });
});

describe('saving a plan', () => {
  it('saves the plan and its routine together, and editing keeps the logged doses', async () => {
    const { db, repo, tick } = await setup();
    const product = await repo.saveProduct(magtein);
    const plan = await repo.savePlan(planInput(product.id));
    await repo.logDose({
      planId: plan.id,
      date: '2026-05-05',
      plannedTime: '20:00',
      status: 'taken',
      takenTime: '20:10',
      units: 1,
    });
    tick();
    const edited = await repo.savePlan(planInput(product.id, { targetUnits: 2, times: ['21:00'] }), plan.id);
    expect(edited.id).toBe(plan.id);
    expect(edited.edits?.map((e) => e.summary)).toEqual([
      expect.stringMatching(/^Created/),
      expect.stringMatching(/^Edited/),
    ]);
    expect((await db.routines.get(routineIdForPlan(plan.id)))?.schedule).toEqual({
      kind: 'daily',
      times: ['21:00'],
    });
    expect(await db.doses.toArray()).toMatchObject([
      { date: '2026-05-05', status: 'taken', units: 1, elementalMg: 48 },
    ]);
    expect(await db.completions.get(`${routineIdForPlan(plan.id)}|2026-05-05|20:00`)).toMatchObject({
      status: 'done',
    });
  });

  // The clock reads 2026-06-01 12:00 UTC, 14:00 in Berlin, the profile's zone.
  it.each([
    ['2026-06-01', true], // today
    ['2026-06-02', false], // tomorrow
  ])('logs a dose for %s: %s, and nothing at all when it is refused', async (date, logged) => {
    const { db, repo } = await setup();
    const product = await repo.saveProduct(magtein);
    const plan = await repo.savePlan(planInput(product.id));
    const dose = {
      planId: plan.id,
      date,
      plannedTime: '20:00',
      status: 'taken',
      takenTime: '13:50',
      units: 1,
    };
    const result = await repo.logDose(dose).then(
      () => null,
      (e: unknown) => (e as ValidationError).fieldErrors.date,
    );
    expect(result).toBe(
      logged ? null : 'That day has not come yet; pick today (2026-06-01) or an earlier day.',
    );
    expect(await db.doses.count()).toBe(logged ? 1 : 0);
    expect(await db.completions.count()).toBe(logged ? 1 : 0);
  });

  it('asks for the upper-limit acknowledgement when a step is above 350 mg, and saves nothing without it', async () => {
    const { db, repo } = await setup();
    const product = await repo.saveProduct({ ...magtein, name: 'Strong', elementalMgPerServing: 432 }); // 144 mg a capsule
    const errors = await fieldErrors(repo.savePlan(planInput(product.id)));
    expect(errors.upperLimitAcknowledged).toMatch(/432 mg .* above the upper limit of 350 mg/);
    expect(await db.titrationPlans.count()).toBe(0);
    expect(await db.routines.count()).toBe(0);
    const saved = await repo.savePlan(planInput(product.id, { upperLimitAcknowledged: true }));
    expect(saved.upperLimitAcknowledgement).toMatchObject({ mgPerDay: 432, limitMg: 350, ageBand: '31-50' });
  });

  it('uses the life stage: 2 capsules of 48 mg (96 mg) is above the 65 mg limit for ages 1–3', async () => {
    const { repo } = await setup({ ageBand: '1-3', sex: 'male', reproductiveStatus: 'none' });
    const product = await repo.saveProduct(magtein);
    const errors = await fieldErrors(repo.savePlan(planInput(product.id, { targetUnits: 2 })));
    expect(errors.upperLimitAcknowledged).toMatch(/upper limit of 65 mg/);
  });

  it('makes no plan for an infant, with a plain reason', async () => {
    const { db, repo } = await setup({ ageBand: '7-12m', sex: 'female', reproductiveStatus: 'none' });
    const product = await repo.saveProduct(magtein);
    const errors = await fieldErrors(repo.savePlan(planInput(product.id, { upperLimitAcknowledged: true })));
    expect(errors.form).toMatch(/under 12 months/);
    expect(await db.titrationPlans.count()).toBe(0);
  });

  it.each([
    // field, bad value
    ['startUnits', 0],
    ['startUnits', -1],
    ['targetUnits', Number.NaN],
    ['targetUnits', 1.5], // half a capsule
    ['stepDays', 0],
    ['stepUnits', 0], // start ≠ target with no step
  ])('rejects %s = %s and saves nothing', async (field, value) => {
    const { db, repo } = await setup();
    const product = await repo.saveProduct(magtein);
    const errors = await fieldErrors(repo.savePlan(planInput(product.id, { [field]: value })));
    expect(errors[field]).toMatch(/\S/);
    expect(await db.titrationPlans.count()).toBe(0);
  });

  it('checks that split amounts add up to the full dose', async () => {
    const { repo } = await setup();
    const product = await repo.saveProduct(magtein);
    const errors = await fieldErrors(
      repo.savePlan(
        planInput(product.id, { timing: 'split', times: ['08:00', '20:00'], fullDoseUnitsPerTime: [1, 1] }),
      ),
    );
    expect(errors.fullDoseUnitsPerTime).toMatch(/add up to 2; at the full dose they must add up to 3/);
  });

  it('applies a step back as an override and keeps the routine', async () => {
    const { db, repo } = await setup();
    const product = await repo.saveProduct(magtein);
    const plan = await repo.savePlan(planInput(product.id));
    await repo.applyStepBack({
      planId: plan.id,
      fromDate: '2026-05-20',
      unitsPerDay: 2,
      reason: 'Digestive side effects',
    });
    expect((await db.titrationPlans.get(plan.id))?.overrides).toEqual([
      { fromDate: '2026-05-20', unitsPerDay: 2, reason: 'Digestive side effects' },
    ]);
  });
});

describe('the medication question', () => {
  it('stores the medication answers once, and rejects a missing answer', async () => {
    const { db, repo } = await setup();
    const answers = {
      heart: false,
      kidney: true,
      diabetes: false,
      bisphosphonates: false,
      antibiotics: false,
      diuretics: false,
      ppi: false,
    };
    await repo.saveSafety(answers);
    expect((await db.supplementSafety.get('me'))?.answers).toEqual(answers);
    const { kidney: _kidney, ...missing } = answers;
    expect((await fieldErrors(repo.saveSafety(missing))).kidney).toMatch(/yes or no/);
  });
});
