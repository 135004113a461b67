// Supplement data: products, the titration plan (and its dose routine), doses, side effects and the caution answers.
import { z } from 'zod';
import { maxIdChars } from '@shared/bounds';
import { localDateUpToSchema, timeOfDaySchema, type LocalDate } from '@shared/dates/local-date';
import { instantOfLocalTime, localDateAt } from '@shared/dates/calendar';
import { takenStatus } from '@shared/magnesium/consistency';
import { unitQuantum } from '@shared/magnesium/forms';
import { planInputSchema } from '@shared/magnesium/plan-input';
import { stepsForPlan } from '@shared/magnesium/plan-steps';
import { productInputSchema } from '@shared/magnesium/product-input';
import { sideEffectsInputSchema } from '@shared/magnesium/side-effects-input';
import { upperLimitFor } from '@shared/magnesium/reference-values';
import { stepsAboveLimit } from '@shared/magnesium/titration';
import { medicationQuestions } from '@shared/magnesium/medication-caution';
import { doseTables, routineForPlan, routineIdForPlan, writeDose } from '../../../db/doses';
import { parseOrThrow, profileToday, ValidationError } from '../../../db/repositories/profile';
import type {
  CheckinRow,
  DoseRow,
  ProductRow,
  SteadyweekDb,
  SupplementSafetyRow,
  TitrationPlanRow,
} from '../../../db/schema';

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

function emptyCheckin(date: LocalDate, at: number): CheckinRow {
  return {
    date,
    focus: null,
    mood: null,
    irritability: null,
    restlessness: null,
    sleepQuality: null,
    sideEffects: { diarrhoea: 'none', nausea: 'none', cramps: 'none', other: 'none' },
    otherSideEffect: '',
    notes: '',
    updatedAtEpochMs: at,
  };
}

export function createSupplementRepository(
  db: SteadyweekDb,
  options: { now?: () => number; newId?: () => string } = {},
) {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());

  async function requireProfile() {
    const profile = await db.profile.get('me');
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

    async checkinsBetween(from: LocalDate, to: LocalDate): Promise<CheckinRow[]> {
      return db.checkins.where('date').between(from, to, true, true).toArray();
    },

    /** Saves a product from label amounts per serving; stores them per unit. Bad input saves nothing. */
    async saveProduct(input: unknown, productId?: string): Promise<ProductRow> {
      const parsed = parseOrThrow(productInputSchema, input, 'product');
      const at = now();
      return db.transaction('rw', ['products', 'titrationPlans', 'routines'], async () => {
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
        // The routine title names the product: keep it in step.
        for (const plan of await db.titrationPlans.where('productId').equals(row.id).toArray()) {
          const routine = await db.routines.get(routineIdForPlan(plan.id));
          await db.routines.put(routineForPlan(plan, row, routine, at));
        }
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
      return db.transaction('rw', ['titrationPlans', 'routines', 'products'], async () => {
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
          upperLimitAcknowledgedAtEpochMs: null,
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
        draft.upperLimitAcknowledgedAtEpochMs = above.length > 0 ? at : null;
        // One active plan at a time: any other active plan ends, and its routine with it.
        for (const other of await db.titrationPlans.toArray()) {
          if (other.id === draft.id || !other.active) continue;
          await db.titrationPlans.put({ ...other, active: false, updatedAtEpochMs: at });
          const otherProduct = await db.products.get(other.productId);
          const routine = await db.routines.get(routineIdForPlan(other.id));
          if (otherProduct)
            await db.routines.put(routineForPlan({ ...other, active: false }, otherProduct, routine, at));
        }
        await db.titrationPlans.put(draft);
        const routine = await db.routines.get(routineIdForPlan(draft.id));
        await db.routines.put(routineForPlan(draft, product, routine, at));
        return draft;
      });
    },

    /** Applies a step back from a date (only ever on a person's click). */
    async applyStepBack(input: { planId: string; fromDate: LocalDate; unitsPerDay: number; reason: string }) {
      const at = now();
      await db.transaction('rw', ['titrationPlans', 'routines', 'products'], async () => {
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
        const routine = await db.routines.get(routineIdForPlan(plan.id));
        if (product) await db.routines.put(routineForPlan(updated, product, routine, at));
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
        await db.completions.put({
          id: `${routineId}|${parsed.date}|${parsed.plannedTime ?? ''}`,
          routineId,
          date: parsed.date,
          plannedTime: parsed.plannedTime,
          status: status === 'skipped' ? 'skipped' : 'done',
          atEpochMs: takenAt ?? at,
          snoozedUntilEpochMs: null,
        });
        return dose;
      });
    },

    /** Saves the day's side effects into its check-in row, leaving the rest of the check-in as it was. */
    async saveSideEffects(input: unknown): Promise<CheckinRow> {
      const at = now();
      const parsed = parseOrThrow(sideEffectsInputSchema(await profileToday(db, at)), input, 'side effect');
      return db.transaction('rw', ['checkins'], async () => {
        const existing = (await db.checkins.get(parsed.date)) ?? emptyCheckin(parsed.date, at);
        const row: CheckinRow = {
          ...existing,
          sideEffects: {
            diarrhoea: parsed.diarrhoea,
            nausea: parsed.nausea,
            cramps: parsed.cramps,
            other: parsed.other,
          },
          otherSideEffect: parsed.other === 'none' ? '' : parsed.otherSideEffect,
          updatedAtEpochMs: at,
        };
        await db.checkins.put(row);
        return row;
      });
    },

    async saveSafety(input: unknown): Promise<SupplementSafetyRow> {
      const answers = parseOrThrow(safetyInputSchema, input, 'medication') as Record<string, boolean>;
      const row: SupplementSafetyRow = { id: 'me', answers, answeredAtEpochMs: now() };
      await db.supplementSafety.put(row);
      return row;
    },
  };
}

export type SupplementRepository = ReturnType<typeof createSupplementRepository>;
