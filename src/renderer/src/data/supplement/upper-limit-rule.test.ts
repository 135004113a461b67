// The upper-limit rule on every write that can break it: product label, plan, life stage, acknowledgement.
import { afterEach, describe, expect, it } from 'vitest';
import type { LifeStage } from '@shared/profile/profile';
import { createTestDb } from '../../../../../tests/support/test-db';
import { buildReminderPayload } from '../../lib/reminders/reminder-payload';
import { defaultSettings } from '../settings/default-settings';
import { createProfileRepository } from '../profile/profile-repository';
import { routineIdForPlan } from './doses';
import {
  createSupplementRepository,
  planCheckTables,
  recheckPlans,
  standingOf,
} from './supplement-repository';
import { magteinInput, planInputFor } from '../../../../../tests/support/supplement-fixtures';

const dbs: ReturnType<typeof createTestDb>[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

const adult: LifeStage = { ageBand: '31-50', sex: 'female', reproductiveStatus: 'none' };
const stages: Record<string, LifeStage> = {
  'adult → 4–8 y': { ageBand: '4-8', sex: 'female', reproductiveStatus: 'none' },
  'adult → 1–3 y': { ageBand: '1-3', sex: 'female', reproductiveStatus: 'none' },
  'adult → pregnant 14–18': { ageBand: '14-18', sex: 'female', reproductiveStatus: 'pregnant' },
  'adult → 0–6 months': { ageBand: '0-6m', sex: 'female', reproductiveStatus: 'none' },
};
// 48 mg a capsule (2,000 mg of L-threonate carries 144 mg in 3 capsules) unless the label says otherwise.
const magtein = (elementalMgPerServing = 144) => magteinInput({ elementalMgPerServing });
const plan = (productId: string, targetUnits: number, upperLimitAcknowledged = false) =>
  planInputFor(productId, { targetUnits, upperLimitAcknowledged });

async function setup(targetUnits: number, acknowledged = false) {
  const db = createTestDb();
  dbs.push(db);
  let clock = 1_000;
  const now = () => (clock += 1_000);
  const supplement = createSupplementRepository(db, { now });
  const profiles = createProfileRepository(db, now, async () => ({
    tables: planCheckTables,
    recheck: recheckPlans,
  }));
  await profiles.completeOnboarding({
    lifeStage: adult,
    timeZone: 'Europe/Berlin',
    weekStart: 1,
    units: 'metric',
  });
  const product = await supplement.saveProduct(magtein());
  const saved = await supplement.savePlan(plan(product.id, targetUnits, acknowledged));
  const outcome = async () => {
    const [row, p, profile] = await Promise.all([
      db.titrationPlans.get(saved.id),
      db.products.get(product.id),
      db.profile.get('me'),
    ]);
    const routine = (await db.routines.get(routineIdForPlan(saved.id)))!;
    const payload = buildReminderPayload({
      routines: await db.routines.toArray(),
      completions: [],
      settings: defaultSettings(),
      profile: profile!,
    });
    const rule = payload.rules.find((r) => r.routineId === routine.id);
    return {
      standing: standingOf(row!, p!, profile!.lifeStage),
      routinePaused: routine.paused,
      remindersPaused: rule?.paused ?? true,
    };
  };
  return { db, supplement, profiles, product, planId: saved.id, outcome };
}

type Setup = Awaited<ReturnType<typeof setup>>;

describe('the supplement plan against the upper limit, on every write to its inputs', () => {
  it.each<[string, number, boolean, (s: Setup) => Promise<unknown>, 'in force' | 'held', string?]>([
    // [what, target capsules, acknowledged when saved, the write, expected, the held figure]
    ['nothing changes (6 capsules, 288 mg a day)', 6, false, async () => undefined, 'in force'],
    // The case: a label raised from 144 to 423 mg per 3 capsules takes 288 mg a day to 846.
    [
      'product label edit 48 → 141 mg a capsule',
      6,
      false,
      (s) => s.supplement.saveProduct(magtein(423), s.product.id),
      'held',
      '846',
    ],
    [
      'product label edit, plan acknowledged at another figure',
      8,
      true,
      (s) => s.supplement.saveProduct(magtein(423), s.product.id),
      'held',
      '1128',
    ],
    [
      'product label edit that lowers the peak of an acknowledged plan',
      8,
      true,
      (s) => s.supplement.saveProduct(magtein(120), s.product.id),
      'in force',
    ],
    [
      'plan edit above the limit, acknowledged for that figure',
      6,
      false,
      (s) => s.supplement.savePlan(plan(s.product.id, 8, true), s.planId),
      'in force',
    ],
    [
      'life stage adult → 4–8 y',
      6,
      false,
      (s) =>
        s.profiles.update({
          lifeStage: stages['adult → 4–8 y'],
          timeZone: 'Europe/Berlin',
          weekStart: 1,
          units: 'metric',
        }),
      'held',
      '288',
    ],
    [
      'life stage adult → 1–3 y',
      6,
      false,
      (s) =>
        s.profiles.update({
          lifeStage: stages['adult → 1–3 y'],
          timeZone: 'Europe/Berlin',
          weekStart: 1,
          units: 'metric',
        }),
      'held',
      '288',
    ],
    [
      'life stage adult → pregnant 14–18, under that limit',
      6,
      false,
      (s) =>
        s.profiles.update({
          lifeStage: stages['adult → pregnant 14–18'],
          timeZone: 'Europe/Berlin',
          weekStart: 1,
          units: 'metric',
        }),
      'in force',
    ],
    [
      'life stage adult → pregnant 14–18, acknowledged for adults only',
      8,
      true,
      (s) =>
        s.profiles.update({
          lifeStage: stages['adult → pregnant 14–18'],
          timeZone: 'Europe/Berlin',
          weekStart: 1,
          units: 'metric',
        }),
      'held',
      '384',
    ],
    [
      'life stage adult → 0–6 months',
      6,
      false,
      (s) =>
        s.profiles.update({
          lifeStage: stages['adult → 0–6 months'],
          timeZone: 'Europe/Berlin',
          weekStart: 1,
          units: 'metric',
        }),
      'held',
    ],
  ])('%s', async (_what, targetUnits, acknowledged, write, expected, heldFigure) => {
    const s = await setup(targetUnits, acknowledged);
    await write(s);
    const { standing, routinePaused, remindersPaused } = await s.outcome();
    expect(standing.kind === 'in-force' ? 'in force' : 'held').toBe(expected);
    // Held means its doses leave Today and its reminders stop, and the screen has the reason to show.
    expect(routinePaused).toBe(expected === 'held');
    expect(remindersPaused).toBe(expected === 'held');
    if (standing.kind === 'held') expect(standing.message).toContain(heldFigure ?? 'baby');
  });

  it('confirming the new figure puts the plan back in force; a different figure stays held', async () => {
    const s = await setup(6);
    await s.supplement.saveProduct(magtein(423), s.product.id);
    await expect(
      s.supplement.acknowledgeUpperLimit(s.planId, { peakMgPerDay: 845, limitMg: 350 }),
    ).rejects.toThrow(/changed since this was shown/);
    expect((await s.outcome()).standing.kind).toBe('held');
    await s.supplement.acknowledgeUpperLimit(s.planId, { peakMgPerDay: 846, limitMg: 350 });
    expect(await s.outcome()).toMatchObject({ standing: { kind: 'in-force' }, routinePaused: false });
    const row = await s.db.titrationPlans.get(s.planId);
    expect(row?.upperLimitAcknowledgement).toMatchObject({ mgPerDay: 846, limitMg: 350, ageBand: '31-50' });
  });

  it('a plan saved above the limit without the box ticked for its figure saves nothing', async () => {
    const s = await setup(6);
    await expect(s.supplement.savePlan(plan(s.product.id, 8, false), s.planId)).rejects.toThrow(
      /upper limit/,
    );
    expect((await s.db.titrationPlans.get(s.planId))?.targetUnits).toBe(6);
  });
});
