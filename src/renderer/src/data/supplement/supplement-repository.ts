// Supplement (owner of `products`, `titrationPlans`, `doses`, `supplementSafety`): products, the titration
// plan and its dose routine, doses and the caution answers, with the upper-limit rule on every write.
import { z } from 'zod';
import { maxIdChars } from '@shared/bounds';
import { localDateUpToSchema, timeOfDaySchema, type LocalDate } from '@shared/dates/local-date';
import { instantOfLocalTime, localDateAt } from '@shared/dates/calendar';
import { takenStatus } from '@shared/magnesium/consistency';
import { unitQuantum } from '@shared/magnesium/forms';
import { planInputSchema } from '@shared/magnesium/plan-input';
import { stepsForPlan } from '@shared/magnesium/plan-steps';
import { productInputSchema } from '@shared/magnesium/product-input';
import { upperLimitFor } from '@shared/magnesium/reference-values';
import { acknowledgementFor, planStanding, type PlanStanding } from '@shared/magnesium/plan-standing';
import { stepsAboveLimit } from '@shared/magnesium/titration';
import { medicationQuestions } from '@shared/magnesium/medication-caution';
import type { LifeStage } from '@shared/profile/profile';
import type {
  DoseRow,
  ProductRow,
  SteadyweekDb,
  SupplementSafetyRow,
  TitrationPlanRow,
} from '../../db/schema';
import { writeCompletion } from '../completions/completions-repository';
import { readProfile } from '../profile/profile-repository';
import { readRoutine, writeGeneratedRoutine } from '../routines/routines-repository';
import { parseOrThrow, ValidationError } from '../validation';
import { doseTables, routineForPlan, routineIdForPlan, writeDose } from './doses';

/** `today` is the profile's date now: a dose is logged for a day that has come. */
const doseLogInputSchema = (today: LocalDate) =>
  z.object({
    planId: z.string().min(1).max(maxIdChars),
    date: localDateUpToSchema(today),
    plannedTime: timeOfDaySchema.nullable(),
    status: z.enum(['taken', 'late', 'skipped']),
    takenTime: timeOfDaySchema.nullable(),
    units: z
      .number({ error: 'Enter the amount as a number, like 1.' })
      .refine(Number.isFinite, 'Enter the amount as a number, like 1.')
      .refine((n) => n >= 0, 'The amount cannot be negative.')
      .refine((n) => n <= 50, 'More than 50 units at once looks like a typo.'),
  });

const safetyInputSchema = z.object(
  Object.fromEntries(medicationQuestions.map((q) => [q.id, z.boolean({ error: 'Answer yes or no.' })])),
);

/** The tables a write that re-checks the plan needs in its transaction (with 'profile' to read the life stage). */
export const planCheckTables = ['titrationPlans', 'products', 'routines'] as const;

/**
 * Re-checks every active plan against the life stage and keeps its dose routine paused while it is held.
 * Run inside a rw transaction over `planCheckTables` after any write to a plan's inputs (the product's
 * label or form, the plan, the life stage), so the rule holds on every path that can break it.
 */
export async function recheckPlans(db: SteadyweekDb, lifeStage: LifeStage, atEpochMs: number): Promise<void> {
  for (const plan of await db.titrationPlans.toArray()) {
    if (!plan.active) continue;
    const product = await db.products.get(plan.productId);
    if (product) await writePlanRoutine(db, plan, product, lifeStage, atEpochMs, { onlyIfChanged: true });
  }
}

/** Writes the plan's dose routine, paused while the plan is held; run inside a transaction over `planCheckTables`. */
async function writePlanRoutine(
  db: SteadyweekDb,
  plan: TitrationPlanRow,
  product: ProductRow,
  lifeStage: LifeStage,
  atEpochMs: number,
  { onlyIfChanged = false } = {},
): Promise<void> {
  const routine = await readRoutine(db, routineIdForPlan(plan.id));
  const held = standingOf(plan, product, lifeStage).kind === 'held';
  const next = routineForPlan(plan, product, routine, atEpochMs, held);
  if (onlyIfChanged && routine && routine.paused === next.paused && routine.title === next.title) return;
  await writeGeneratedRoutine(db, next);
}

export function standingOf(plan: TitrationPlanRow, product: ProductRow, lifeStage: LifeStage): PlanStanding {
  return planStanding({ plan, product, lifeStage, acknowledgement: plan.upperLimitAcknowledgement });
}

export function createSupplementRepository(
  db: SteadyweekDb,
  options: { now?: () => number; newId?: () => string } = {},
) {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());

  async function requireProfile() {
    const profile = await readProfile(db);
    if (!profile) throw new Error('There is no profile yet; finish the first-run questions first.');
    return profile;
  }

  return {
    async listProducts(): Promise<ProductRow[]> {
      return (await db.products.toArray())
        .filter((p) => !p.archived)
        .sort((a, b) => a.createdAtEpochMs - b.createdAtEpochMs);
    },

    async activePlan(): Promise<TitrationPlanRow | null> {
      const plans = (await db.titrationPlans.toArray()).filter((p) => p.active);
      return plans.sort((a, b) => b.updatedAtEpochMs - a.updatedAtEpochMs)[0] ?? null;
    },

    async safety(): Promise<SupplementSafetyRow | null> {
      return (await db.supplementSafety.get('me')) ?? null;
    },

    async dosesBetween(from: LocalDate, to: LocalDate): Promise<DoseRow[]> {
      return db.doses.where('date').between(from, to, true, true).toArray();
    },

    /** Saves a product from label amounts per serving; stores them per unit. Bad input saves nothing. */
    async saveProduct(input: unknown, productId?: string): Promise<ProductRow> {
      const parsed = parseOrThrow(productInputSchema, input, 'product');
      const at = now();
      return db.transaction('rw', [...planCheckTables, 'profile'], async () => {
        const existing = productId ? await db.products.get(productId) : undefined;
        const perUnit = (mg: number | null) => (mg === null ? null : mg / parsed.unitsPerServing);
        const row: ProductRow = {
          id: existing?.id ?? newId(),
          name: parsed.name,
          form: parsed.form,
          unit: parsed.unit,
          compoundMgPerUnit: perUnit(parsed.compoundMgPerServing),
          elementalMgPerUnit: perUnit(parsed.elementalMgPerServing),
          unitsPerServing: parsed.unitsPerServing,
          thirdPartyTested: parsed.thirdPartyTested,
          stockUnits: parsed.stockUnits,
          archived: false,
          createdAtEpochMs: existing?.createdAtEpochMs ?? at,
          updatedAtEpochMs: at,
        };
        await db.products.put(row);
        // The routine title names the product, and a new label figure can take the plan over the limit.
        const profile = await readProfile(db);
        if (profile) await recheckPlans(db, profile.lifeStage, at);
        return row;
      });
    },

    /**
     * Creates or edits the plan and upserts its dose routine in one transaction. Steps above the
     * supplemental upper limit need `upperLimitAcknowledged`; infants get no plan. Editing keeps
     * every dose already logged (doses are rows of their own) and notes the change in `edits`.
     */
    async savePlan(input: unknown, planId?: string): Promise<TitrationPlanRow> {
      const productId = (input as { productId?: unknown } | null)?.productId;
      const product = typeof productId === 'string' ? await db.products.get(productId) : undefined;
      if (!product)
        throw new ValidationError('Choose a product first; nothing was saved.', {
          productId: 'Choose a product first.',
        });
      const parsed = parseOrThrow(planInputSchema(unitQuantum(product.unit)), input, 'plan');
      const profile = await requireProfile();
      const limit = upperLimitFor(profile.lifeStage);
      if (!limit.established) throw new ValidationError(limit.reason, { form: limit.reason });
      const at = now();
      return db.transaction('rw', [...planCheckTables, 'profile'], async () => {
        const existing = planId ? await db.titrationPlans.get(planId) : undefined;
        const draft: TitrationPlanRow = {
          id: existing?.id ?? newId(),
          productId: product.id,
          startDate: parsed.startDate,
          startUnits: parsed.startUnits,
          targetUnits: parsed.targetUnits,
          stepUnits: parsed.startUnits === parsed.targetUnits ? 0 : parsed.stepUnits,
          stepDays: parsed.stepDays,
          timing: parsed.timing,
          times: parsed.times,
          fullDoseUnitsPerTime: parsed.timing === 'split' ? parsed.fullDoseUnitsPerTime : null,
          // A new schedule replaces earlier step-backs: the person has just chosen the amounts.
          overrides: [],
          upperLimitAcknowledgement: null,
          edits: [
            ...(existing?.edits ?? []),
            {
              atEpochMs: at,
              summary: `${existing ? 'Edited' : 'Created'}: ${parsed.startUnits} → ${parsed.targetUnits} ${product.unit}s a day, ${parsed.stepUnits} every ${parsed.stepDays} days from ${parsed.startDate}`,
            },
          ],
          active: true,
          createdAtEpochMs: existing?.createdAtEpochMs ?? at,
          updatedAtEpochMs: at,
        };
        const above = stepsAboveLimit(stepsForPlan(draft, product), limit.mg);
        if (above.length > 0 && !parsed.upperLimitAcknowledged) {
          const message = `Step ${above[0]!.number} gives ${above[0]!.elementalMgPerDay} mg of elemental magnesium a day from supplements, above the upper limit of ${limit.mg} mg for your age. Tick the box to confirm you have read this, or lower the target.`;
          throw new ValidationError('The plan goes above the upper limit; nothing was saved.', {
            upperLimitAcknowledged: message,
          });
        }
        // The box confirms the figure this very plan reaches now, for this life stage, and nothing else.
        const standing = standingOf(draft, product, profile.lifeStage);
        if (standing.kind === 'held' && standing.reason === 'above-limit')
          draft.upperLimitAcknowledgement = acknowledgementFor(standing, at);
        // One active plan at a time: any other active plan ends, and its routine with it.
        for (const other of await db.titrationPlans.toArray()) {
          if (other.id === draft.id || !other.active) continue;
          await db.titrationPlans.put({ ...other, active: false, updatedAtEpochMs: at });
          const otherProduct = await db.products.get(other.productId);
          const routine = await readRoutine(db, routineIdForPlan(other.id));
          if (otherProduct)
            await writeGeneratedRoutine(
              db,
              routineForPlan({ ...other, active: false }, otherProduct, routine, at),
            );
        }
        await db.titrationPlans.put(draft);
        // The one active plan now: its routine follows the new schedule, paused if the plan is held.
        await writePlanRoutine(db, draft, product, profile.lifeStage, at);
        return draft;
      });
    },

    /** Applies a step back from a date (only ever on a person's click). */
    async applyStepBack(input: { planId: string; fromDate: LocalDate; unitsPerDay: number; reason: string }) {
      const at = now();
      await db.transaction('rw', [...planCheckTables, 'profile'], async () => {
        const plan = await db.titrationPlans.get(input.planId);
        if (!plan) throw new Error('That plan no longer exists; nothing was changed.');
        const overrides = [
          ...plan.overrides.filter((o) => o.fromDate < input.fromDate),
          { fromDate: input.fromDate, unitsPerDay: input.unitsPerDay, reason: input.reason },
        ];
        const edits = [
          ...(plan.edits ?? []),
          {
            atEpochMs: at,
            summary: `Stepped back to ${input.unitsPerDay} a day from ${input.fromDate}: ${input.reason}`,
          },
        ];
        const updated = { ...plan, overrides, edits, updatedAtEpochMs: at };
        await db.titrationPlans.put(updated);
        const product = await db.products.get(plan.productId);
        const profile = await readProfile(db);
        if (product && profile) await writePlanRoutine(db, updated, product, profile.lifeStage, at);
      });
    },

    /**
     * Confirms the held plan's figure as the person was shown it (`shown`). If the plan, the product or
     * the life stage changed since, the figure differs and the plan stays held: nothing is confirmed unseen.
     */
    async acknowledgeUpperLimit(planId: string, shown: { peakMgPerDay: number; limitMg: number }) {
      const at = now();
      await db.transaction('rw', [...planCheckTables, 'profile'], async () => {
        const plan = await db.titrationPlans.get(planId);
        const product = plan ? await db.products.get(plan.productId) : undefined;
        const profile = await readProfile(db);
        if (!plan || !product || !profile)
          throw new Error('That plan no longer exists; nothing was changed.');
        const standing = standingOf(plan, product, profile.lifeStage);
        if (
          standing.kind !== 'held' ||
          standing.reason !== 'above-limit' ||
          standing.peakMgPerDay !== shown.peakMgPerDay ||
          standing.limitMg !== shown.limitMg
        )
          throw new Error('The plan changed since this was shown; read the new figure and confirm again.');
        await db.titrationPlans.put({
          ...plan,
          upperLimitAcknowledgement: acknowledgementFor(standing, at),
          edits: [
            ...(plan.edits ?? []),
            {
              atEpochMs: at,
              summary: `Confirmed ${standing.peakMgPerDay} mg a day above the ${standing.limitMg} mg upper limit`,
            },
          ],
          updatedAtEpochMs: at,
        });
        await recheckPlans(db, profile.lifeStage, at);
      });
    },

    /**
     * Logs one dose from the supplement screen: the dose row, the stock and the Today completion,
     * together. "Taken" more than 60 min after the planned time is stored as late.
     */
    async logDose(input: unknown): Promise<DoseRow> {
      const profile = await requireProfile();
      const at = now();
      const parsed = parseOrThrow(doseLogInputSchema(localDateAt(at, profile.timeZone)), input, 'dose');
      return db.transaction('rw', [...doseTables, 'completions'], async () => {
        const plan = await db.titrationPlans.get(parsed.planId);
        const product = plan ? await db.products.get(plan.productId) : undefined;
        if (!plan || !product) throw new Error('That plan no longer exists; nothing was logged.');
        const takenAt =
          parsed.status === 'skipped'
            ? null
            : instantOfLocalTime(parsed.date, parsed.takenTime ?? '00:00', profile.timeZone);
        const plannedAt = parsed.plannedTime
          ? instantOfLocalTime(parsed.date, parsed.plannedTime, profile.timeZone)
          : null;
        const status =
          parsed.status === 'taken' && takenAt !== null ? takenStatus(plannedAt, takenAt) : parsed.status;
        const dose = await writeDose(db, {
          plan,
          product,
          date: parsed.date,
          plannedTime: parsed.plannedTime,
          status,
          takenAtEpochMs: takenAt,
          units: parsed.units,
          atEpochMs: at,
        });
        const routineId = routineIdForPlan(plan.id);
        await writeCompletion(db, {
          id: `${routineId}|${parsed.date}|${parsed.plannedTime ?? ''}`,
          routineId,
          date: parsed.date,
          plannedTime: parsed.plannedTime,
          status: status === 'skipped' ? 'skipped' : 'done',
          atEpochMs: takenAt ?? at,
          snoozedUntilEpochMs: null,
          updatedAtEpochMs: at,
        });
        return dose;
      });
    },

    async saveSafety(input: unknown): Promise<SupplementSafetyRow> {
      const answers = parseOrThrow(safetyInputSchema, input, 'medication') as Record<string, boolean>;
      const at = now();
      const row: SupplementSafetyRow = { id: 'me', answers, answeredAtEpochMs: at, updatedAtEpochMs: at };
      await db.supplementSafety.put(row);
      return row;
    },
  };
}

export type SupplementRepository = ReturnType<typeof createSupplementRepository>;
