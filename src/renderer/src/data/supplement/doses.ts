// Supplement doses as routine occurrences: the routine a plan generates, and the dose row behind each occurrence.
import type { LocalDate, TimeOfDay } from '@shared/dates/local-date';
import { instantOfLocalTime } from '@shared/dates/calendar';
import { takenStatus } from '@shared/magnesium/consistency';
import { elementalMgPerUnit, roundMg } from '@shared/magnesium/elemental';
import { magnesiumFormLabels, unitWord } from '@shared/magnesium/forms';
import { stepsForPlan } from '@shared/magnesium/plan-steps';
import { stepOn } from '@shared/magnesium/titration';
import type {
  DoseRow,
  DoseStatus,
  ProductRow,
  RoutineRow,
  SteadyweekDb,
  TitrationPlanRow,
} from '../../db/schema';
import type { OccurrenceLog } from '../completions/completions-repository';

/** Tables a caller must include in its transaction around `recordDoseForOccurrence`. */
export const doseTables = ['routines', 'titrationPlans', 'products', 'doses'] as const;

export const routineIdForPlan = (planId: string) => `titration-plan-${planId}`;
export const doseIdFor = (planId: string, date: LocalDate, plannedTime: TimeOfDay | null) =>
  `${planId}|${date}|${plannedTime ?? ''}`;

/** The routine row that puts a plan's doses on Today and in reminders (kept in step with the plan). */
export function routineForPlan(
  plan: TitrationPlanRow,
  product: ProductRow,
  existing: RoutineRow | undefined,
  atEpochMs: number,
  /** A plan held by the upper-limit rule keeps its routine, paused, so its reminders stop. */
  held = false,
): RoutineRow {
  return {
    id: routineIdForPlan(plan.id),
    category: 'supplement',
    title: `Magnesium ${magnesiumFormLabels[product.form].toLowerCase()}: ${product.name}`,
    notes: existing?.notes ?? '',
    schedule: { kind: 'daily', times: [...plan.times] },
    startDate: plan.startDate,
    endDate: existing?.endDate ?? null,
    paused: !plan.active || held,
    reminder: existing?.reminder ?? { enabled: true, nag: null },
    source: { kind: 'titration-plan', planId: plan.id },
    createdAtEpochMs: existing?.createdAtEpochMs ?? atEpochMs,
    updatedAtEpochMs: atEpochMs,
  };
}

/** Units and elemental mg planned for one occurrence (a time of day, or the whole day when time is null). */
export function plannedDoseFor(
  plan: TitrationPlanRow,
  product: ProductRow,
  date: LocalDate,
  plannedTime: TimeOfDay | null,
): { units: number; elementalMg: number } | null {
  const step = stepOn(stepsForPlan(plan, product), date);
  if (!step) return null;
  if (plannedTime === null) return { units: step.unitsPerDay, elementalMg: step.elementalMgPerDay };
  const dose = step.perTime.find((d) => d.time === plannedTime);
  return dose ? { units: dose.units, elementalMg: dose.elementalMg } : null;
}

/** The plan behind a dose routine, from the routine's id (this owner names those routines). */
function planIdOfRoutine(routineId: string): string | null {
  const prefix = routineIdForPlan('');
  return routineId.startsWith(prefix) ? routineId.slice(prefix.length) : null;
}

// Only this owner's tables are read, so the planned-dose query is refreshed by this owner's writes alone.
async function loadPlanFor(db: SteadyweekDb, routineId: string) {
  const planId = planIdOfRoutine(routineId);
  if (planId === null) return null;
  const plan = await db.titrationPlans.get(planId);
  const product = plan ? await db.products.get(plan.productId) : undefined;
  return plan && product ? { plan, product } : null;
}

/**
 * Writes (or rewrites) the dose row of one occurrence and moves the stock by the change in units
 * taken, so marking a dose twice or undoing it by skipping never counts the capsules twice.
 * Run inside a transaction that includes `doseTables`.
 */
export async function writeDose(
  db: SteadyweekDb,
  input: {
    plan: TitrationPlanRow;
    product: ProductRow;
    date: LocalDate;
    plannedTime: TimeOfDay | null;
    status: DoseStatus;
    takenAtEpochMs: number | null;
    units: number;
    atEpochMs: number;
  },
): Promise<DoseRow> {
  const id = doseIdFor(input.plan.id, input.date, input.plannedTime);
  const existing = await db.doses.get(id);
  const units = input.status === 'skipped' ? 0 : input.units;
  const mgPerUnit = elementalMgPerUnit(input.product)?.mg ?? 0;
  const row: DoseRow = {
    id,
    planId: input.plan.id,
    productId: input.product.id,
    date: input.date,
    plannedTime: input.plannedTime,
    status: input.status,
    takenAtEpochMs: input.status === 'skipped' ? null : input.takenAtEpochMs,
    units,
    elementalMg: roundMg(units * mgPerUnit),
    createdAtEpochMs: existing?.createdAtEpochMs ?? input.atEpochMs,
    updatedAtEpochMs: input.atEpochMs,
  };
  const unitsBefore = existing && existing.status !== 'skipped' ? existing.units : 0;
  const delta = units - unitsBefore;
  if (delta !== 0) {
    const stockUnits = Math.max(0, Math.round((input.product.stockUnits - delta) * 10) / 10);
    await db.products.update(input.product.id, { stockUnits, updatedAtEpochMs: input.atEpochMs });
  }
  await db.doses.put(row);
  return row;
}

/**
 * Called by the Today/reminder completion code when an occurrence is marked done or skipped.
 * No-op for routines that do not come from a titration plan. 'done' more than 60 min after the
 * planned time is recorded as 'late'.
 */
export async function recordDoseForOccurrence(
  db: SteadyweekDb,
  input: {
    routineId: string;
    date: LocalDate;
    plannedTime: TimeOfDay | null;
    status: 'done' | 'skipped';
    atEpochMs: number;
    timeZone: string;
  },
): Promise<void> {
  await db.transaction('rw', [...doseTables], async () => {
    const found = await loadPlanFor(db, input.routineId);
    if (!found) return;
    const planned = plannedDoseFor(found.plan, found.product, input.date, input.plannedTime);
    if (!planned) return;
    const plannedAt = input.plannedTime
      ? instantOfLocalTime(input.date, input.plannedTime, input.timeZone)
      : null;
    await writeDose(db, {
      ...found,
      date: input.date,
      plannedTime: input.plannedTime,
      status: input.status === 'skipped' ? 'skipped' : takenStatus(plannedAt, input.atEpochMs),
      takenAtEpochMs: input.atEpochMs,
      units: planned.units,
      atEpochMs: input.atEpochMs,
    });
  });
}

/** What Today shows for a supplement occurrence, e.g. "2 capsules · 96 mg elemental". */
export async function describePlannedDose(
  db: SteadyweekDb,
  input: { routineId: string; date: LocalDate; plannedTime: TimeOfDay | null },
): Promise<{ units: number; unitLabel: string; elementalMg: number; productName: string } | null> {
  const found = await loadPlanFor(db, input.routineId);
  if (!found) return null;
  const planned = plannedDoseFor(found.plan, found.product, input.date, input.plannedTime);
  if (!planned) return null;
  return {
    units: planned.units,
    unitLabel: unitWord(found.product.unit, planned.units),
    elementalMg: planned.elementalMg,
    productName: found.product.name,
  };
}

/** This owner's dose log as the completions owner composes it. Undo keeps a dose already written. */
export const doseLog: OccurrenceLog = {
  tables: doseTables,
  recordForOccurrence: recordDoseForOccurrence,
  reopenOccurrence: async () => {},
};
