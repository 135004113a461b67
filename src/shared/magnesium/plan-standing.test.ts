import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageBands, type AgeBand, type LifeStage } from '../profile/profile';
import { addDays } from '../dates/calendar';
import type { PlanLike, ProductLike } from './plan-steps';
import {
  acknowledgementFor,
  planStanding,
  type PlanStanding,
  type UpperLimitAcknowledgement,
} from './plan-standing';
import { upperLimitFor } from './reference-values';

// The adult: 1 → 6 capsules of 48 mg, one more every week, peaking at 288 mg a day.
const startDate = '2026-05-04';
const basePlan: PlanLike = {
  startDate,
  startUnits: 1,
  targetUnits: 6,
  stepUnits: 1,
  stepDays: 7,
  timing: 'evening',
  times: ['20:00'],
  overrides: [],
};
const baseProduct: ProductLike = {
  form: 'l-threonate',
  unit: 'capsule',
  compoundMgPerUnit: 667,
  elementalMgPerUnit: 48,
};
const stage = (
  ageBand: AgeBand,
  sex: LifeStage['sex'] = 'female',
  reproductiveStatus: LifeStage['reproductiveStatus'] = 'none',
): LifeStage => ({ ageBand, sex, reproductiveStatus });
const adult = stage('19-30');
const atEpochMs = Date.UTC(2026, 4, 4, 9);
const ack = (mgPerDay: number, ageBand: AgeBand = '19-30', limitMg = 350): UpperLimitAcknowledgement => ({
  mgPerDay,
  limitMg,
  ageBand,
  atEpochMs,
});
/** The first day of step n of the base plan (a week per step). */
const stepStart = (n: number) => addDays(startDate, (n - 1) * 7);

/** One line per standing, so the table reads as the issue does. */
function summary(standing: PlanStanding): string {
  if (standing.kind === 'in-force')
    return `in force: ${standing.peakMgPerDay} mg, limit ${standing.limitMg} mg`;
  if (standing.reason === 'no-limit-for-life-stage') return 'held: no plan for this life stage';
  return `held: ${standing.peakMgPerDay} mg above ${standing.limitMg} mg for ${standing.ageBand}`;
}

describe('the supplement plan against the upper limit, on every write that can change it', () => {
  it.each<{
    change: string;
    product?: Partial<ProductLike>;
    plan?: Partial<PlanLike>;
    lifeStage?: LifeStage;
    acknowledgement?: UpperLimitAcknowledgement;
    expected: string;
  }>([
    // Around the limit itself.
    { change: 'none: under the limit, nothing acknowledged', expected: 'in force: 288 mg, limit 350 mg' },
    {
      change: 'plan edit: 7 capsules of 50 mg reach the limit exactly (the limit is "not above")',
      product: { elementalMgPerUnit: 50 },
      plan: { targetUnits: 7 },
      expected: 'in force: 350 mg, limit 350 mg',
    },
    {
      change: 'product label edit: 6 capsules of 58.5 mg are one mg above, nothing acknowledged',
      product: { elementalMgPerUnit: 58.5 },
      expected: 'held: 351 mg above 350 mg for 19-30',
    },
    // Product label edit: the 288 → 846 mg a day.
    {
      change: 'product label edit: 48 → 141 mg a capsule, nothing acknowledged',
      product: { elementalMgPerUnit: 141 },
      expected: 'held: 846 mg above 350 mg for 19-30',
    },
    {
      change: 'product label edit: 48 → 141 mg, a different figure (500 mg) acknowledged',
      product: { elementalMgPerUnit: 141 },
      acknowledgement: ack(500),
      expected: 'held: 846 mg above 350 mg for 19-30',
    },
    {
      change: 'product label edit: 48 → 141 mg, 845.9 mg acknowledged (a tenth off is another figure)',
      product: { elementalMgPerUnit: 141 },
      acknowledgement: ack(845.9),
      expected: 'held: 846 mg above 350 mg for 19-30',
    },
    {
      change: 'product label edit: 48 → 141 mg, 846 mg acknowledged for 19–30',
      product: { elementalMgPerUnit: 141 },
      acknowledgement: ack(846),
      expected: 'in force: 846 mg, limit 350 mg',
    },
    // Product form edit: with no label figure the estimate follows the form's fraction.
    {
      change: 'product form edit: 500 mg glycinate (14.1 %) × 4 a day, no label figure',
      product: { form: 'glycinate', compoundMgPerUnit: 500, elementalMgPerUnit: null },
      plan: { targetUnits: 4 },
      expected: 'in force: 282 mg, limit 350 mg',
    },
    {
      change: 'product form edit: glycinate → oxide (60.3 %), nothing acknowledged',
      product: { form: 'oxide', compoundMgPerUnit: 500, elementalMgPerUnit: null },
      plan: { targetUnits: 4 },
      expected: 'held: 1206 mg above 350 mg for 19-30',
    },
    // Plan edit: the target raised.
    {
      change: 'plan edit: target 6 → 8 capsules, nothing acknowledged',
      plan: { targetUnits: 8 },
      expected: 'held: 384 mg above 350 mg for 19-30',
    },
    {
      change: 'plan edit: target 6 → 8 capsules, 384 mg acknowledged',
      plan: { targetUnits: 8 },
      acknowledgement: ack(384),
      expected: 'in force: 384 mg, limit 350 mg',
    },
    {
      change: 'plan edit: 384 mg acknowledged, then the target raised to 9 (432 mg)',
      plan: { targetUnits: 9 },
      acknowledgement: ack(384),
      expected: 'held: 432 mg above 350 mg for 19-30',
    },
    {
      change: 'plan edit: 432 mg acknowledged, then lowered to 384 mg, still above (another figure)',
      plan: { targetUnits: 8 },
      acknowledgement: ack(432),
      expected: 'held: 384 mg above 350 mg for 19-30',
    },
    // Step-backs (overrides) end the schedule where they start, so they can lower the peak.
    {
      change: 'plan edit: target 8, stepped back to 6 capsules before step 7',
      plan: { targetUnits: 8, overrides: [{ fromDate: stepStart(7), unitsPerDay: 6, reason: 'cramps' }] },
      expected: 'in force: 288 mg, limit 350 mg',
    },
    {
      change: 'plan edit: target 9, stepped back to 8 before step 9, 384 mg acknowledged',
      plan: { targetUnits: 9, overrides: [{ fromDate: stepStart(9), unitsPerDay: 8, reason: 'cramps' }] },
      acknowledgement: ack(384),
      expected: 'in force: 384 mg, limit 350 mg',
    },
    {
      change: 'plan edit: target 9, stepped back to 8 after step 9 began (432 mg was reached)',
      plan: { targetUnits: 9, overrides: [{ fromDate: stepStart(10), unitsPerDay: 8, reason: 'cramps' }] },
      acknowledgement: ack(384),
      expected: 'held: 432 mg above 350 mg for 19-30',
    },
    // Life stage change from the adult.
    {
      change: 'life stage: adult → 4–8 years',
      lifeStage: stage('4-8'),
      expected: 'held: 288 mg above 110 mg for 4-8',
    },
    {
      change: 'life stage: adult → 4–8 years, 288 mg acknowledged for 19–30',
      lifeStage: stage('4-8'),
      acknowledgement: ack(288),
      expected: 'held: 288 mg above 110 mg for 4-8',
    },
    {
      change: 'life stage: adult → 4–8 years, 288 mg acknowledged for 4–8',
      lifeStage: stage('4-8'),
      acknowledgement: ack(288, '4-8', 110),
      expected: 'in force: 288 mg, limit 110 mg',
    },
    {
      change: 'life stage: adult → 1–3 years',
      lifeStage: stage('1-3', 'male'),
      expected: 'held: 288 mg above 65 mg for 1-3',
    },
    {
      change: 'life stage: adult → pregnant 14–18, 288 mg is under its 350 mg',
      lifeStage: stage('14-18', 'female', 'pregnant'),
      expected: 'in force: 288 mg, limit 350 mg',
    },
    {
      // Same figure, same limit, another band: held, because the rule is "for that life stage".
      change: 'life stage: adult → pregnant 14–18, label at 141 mg, 846 mg acknowledged for 19–30',
      product: { elementalMgPerUnit: 141 },
      lifeStage: stage('14-18', 'female', 'pregnant'),
      acknowledgement: ack(846),
      expected: 'held: 846 mg above 350 mg for 14-18',
    },
    {
      change: 'life stage: adult → pregnant 14–18, label at 141 mg, 846 mg acknowledged for 14–18',
      product: { elementalMgPerUnit: 141 },
      lifeStage: stage('14-18', 'female', 'pregnant'),
      acknowledgement: ack(846, '14-18'),
      expected: 'in force: 846 mg, limit 350 mg',
    },
    {
      change: 'life stage: adult → 0–6 months, even with the figure acknowledged',
      lifeStage: stage('0-6m'),
      acknowledgement: ack(288, '0-6m'),
      expected: 'held: no plan for this life stage',
    },
    {
      change: 'life stage: adult → 7–12 months',
      lifeStage: stage('7-12m', 'male'),
      expected: 'held: no plan for this life stage',
    },
    // The acknowledgement also names the limit, so a revised reference table asks again.
    {
      change: 'label at 141 mg, 846 mg acknowledged for 19–30 against a limit of 400 mg',
      product: { elementalMgPerUnit: 141 },
      acknowledgement: ack(846, '19-30', 400),
      expected: 'held: 846 mg above 350 mg for 19-30',
    },
  ])('$change → $expected', ({ product, plan, lifeStage, acknowledgement, expected }) => {
    const standing = planStanding({
      plan: { ...basePlan, ...plan },
      product: { ...baseProduct, ...product },
      lifeStage: lifeStage ?? adult,
      acknowledgement: acknowledgement ?? null,
    });
    expect(summary(standing)).toBe(expected);
  });

  it('tells the person the figure, the limit and the age band, and what pauses', () => {
    const standing = planStanding({
      plan: basePlan,
      product: { ...baseProduct, elementalMgPerUnit: 141 },
      lifeStage: adult,
      acknowledgement: null,
    });
    expect(standing.kind === 'held' && standing.message).toBe(
      'Your plan now reaches 846 mg of elemental magnesium a day, above the upper limit of 350 mg for ages 19–30 years. Its doses and reminders are paused until you confirm this figure or lower the plan.',
    );
  });

  it('gives the reason no plan exists for babies', () => {
    const standing = planStanding({
      plan: basePlan,
      product: baseProduct,
      lifeStage: stage('0-6m'),
      acknowledgement: null,
    });
    const limit = upperLimitFor(stage('0-6m'));
    expect(standing).toEqual({
      kind: 'held',
      reason: 'no-limit-for-life-stage',
      message: !limit.established && limit.reason,
    });
  });

  it('acknowledging the held figure puts the plan in force, and the next label edit holds it again', () => {
    const input = {
      plan: basePlan,
      product: { ...baseProduct, elementalMgPerUnit: 141 },
      lifeStage: adult,
      acknowledgement: null,
    };
    const held = planStanding(input);
    if (held.kind !== 'held' || held.reason !== 'above-limit') throw new Error('expected a held plan');
    const acknowledgement = acknowledgementFor(held, atEpochMs);
    expect(acknowledgement).toEqual({ mgPerDay: 846, limitMg: 350, ageBand: '19-30', atEpochMs });
    expect(planStanding({ ...input, acknowledgement }).kind).toBe('in-force');
    expect(
      summary(
        planStanding({ ...input, product: { ...baseProduct, elementalMgPerUnit: 150 }, acknowledgement }),
      ),
    ).toBe('held: 900 mg above 350 mg for 19-30');
  });
});

// Life stages with an upper limit, pregnancy and lactation only where the tables have them.
const stagesWithLimit = fc.constantFrom<LifeStage>(
  ...ageBands
    .filter((band) => upperLimitFor(stage(band)).established)
    .flatMap((band) => [stage(band, 'female'), stage(band, 'male')]),
  stage('14-18', 'female', 'pregnant'),
  stage('31-50', 'female', 'lactating'),
);
const plans = fc
  .record({
    startUnits: fc.integer({ min: 0, max: 10 }),
    targetUnits: fc.integer({ min: 1, max: 10 }),
    stepUnits: fc.integer({ min: 1, max: 3 }),
    stepDays: fc.integer({ min: 1, max: 14 }),
    overrides: fc.array(
      fc.record({ days: fc.integer({ min: 0, max: 120 }), unitsPerDay: fc.integer({ min: 0, max: 10 }) }),
      { maxLength: 2 },
    ),
  })
  .map((p): PlanLike => ({
    ...basePlan,
    ...p,
    overrides: p.overrides.map((o) => ({
      fromDate: addDays(startDate, o.days),
      unitsPerDay: o.unitsPerDay,
      reason: 'step back',
    })),
  }));
const acknowledgements = fc.option(
  fc.record({
    mgPerDay: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.double({ min: 0, max: 3000, noNaN: true })),
    limitMg: fc.constantFrom(65, 110, 350, 400),
    ageBand: fc.constantFrom(...ageBands),
    atEpochMs: fc.constant(atEpochMs),
  }),
);
const mostUnits = (plan: PlanLike) =>
  Math.max(1, plan.startUnits, plan.targetUnits, ...plan.overrides.map((o) => o.unitsPerDay));

describe('the upper-limit rule for any plan', () => {
  it('a plan whose peak is at or under the limit is in force whatever was acknowledged', () => {
    fc.assert(
      fc.property(
        plans,
        stagesWithLimit,
        fc.double({ min: 0, max: 1, noNaN: true }),
        acknowledgements,
        (plan, lifeStage, share, acknowledgement) => {
          const limit = upperLimitFor(lifeStage);
          if (!limit.established) throw new Error('stagesWithLimit gave an infant');
          // No step takes more than the plan's most units a day, so this label keeps every step at or under the limit.
          const elementalMgPerUnit = (limit.mg * share) / mostUnits(plan);
          const standing = planStanding({
            plan,
            // No compound figure: a label of 0 mg must not fall back to an estimate from the form.
            product: { ...baseProduct, compoundMgPerUnit: null, elementalMgPerUnit },
            lifeStage,
            acknowledgement,
          });
          expect(standing.kind).toBe('in-force');
        },
      ),
    );
  });

  it('a plan above the limit is in force only with its own figure acknowledged for its age band', () => {
    fc.assert(
      fc.property(
        plans,
        stagesWithLimit,
        fc.double({ min: 1, max: 400, noNaN: true }),
        fc.double({ min: 0.1, max: 500, noNaN: true }),
        fc.constantFrom(...ageBands),
        (plan, lifeStage, elementalMgPerUnit, offMg, otherBand) => {
          const input = {
            plan,
            product: { ...baseProduct, elementalMgPerUnit },
            lifeStage,
            acknowledgement: null,
          };
          const held = planStanding(input);
          fc.pre(held.kind === 'held' && held.reason === 'above-limit');
          if (held.kind !== 'held' || held.reason !== 'above-limit') return;
          const own = acknowledgementFor(held, atEpochMs);
          expect(planStanding({ ...input, acknowledgement: own }).kind).toBe('in-force');
          for (const other of [
            { ...own, mgPerDay: own.mgPerDay + offMg },
            { ...own, mgPerDay: own.mgPerDay - offMg },
            { ...own, limitMg: own.limitMg + 1 },
            ...(otherBand === own.ageBand ? [] : [{ ...own, ageBand: otherBand }]),
          ]) {
            expect(planStanding({ ...input, acknowledgement: other })).toEqual(held);
          }
        },
      ),
    );
  });
});
