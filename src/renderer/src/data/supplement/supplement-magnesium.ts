// Supplement magnesium per date, planned (from the active plan's steps) and taken (from logged doses).
import type { LocalDate } from '@shared/dates/local-date';
import { addDays } from '@shared/dates/calendar';
import { roundMg } from '@shared/magnesium/elemental';
import { stepsForPlan } from '@shared/magnesium/plan-steps';
import { stepOn } from '@shared/magnesium/titration';
import { db as appDb } from '../../db/db';
import type { SteadyweekDb } from '../../db/schema';

export type SupplementMagnesiumByDate = Record<LocalDate, { plannedMg: number; takenMg: number }>;

export async function supplementMagnesiumByDate(
  db: SteadyweekDb,
  from: LocalDate,
  to: LocalDate,
): Promise<SupplementMagnesiumByDate> {
  const [plans, products, doses] = await Promise.all([
    db.titrationPlans.toArray(),
    db.products.toArray(),
    db.doses.where('date').between(from, to, true, true).toArray(),
  ]);
  const out: SupplementMagnesiumByDate = {};
  for (let date = from; date <= to; date = addDays(date, 1)) out[date] = { plannedMg: 0, takenMg: 0 };
  for (const plan of plans.filter((p) => p.active)) {
    const product = products.find((p) => p.id === plan.productId);
    if (!product) continue;
    const steps = stepsForPlan(plan, product);
    for (const date of Object.keys(out)) {
      const step = stepOn(steps, date);
      if (step) out[date]!.plannedMg = roundMg(out[date]!.plannedMg + step.elementalMgPerDay);
    }
  }
  for (const dose of doses) {
    if (dose.status === 'skipped' || !out[dose.date]) continue;
    out[dose.date]!.takenMg = roundMg(out[dose.date]!.takenMg + dose.elementalMg);
  }
  return out;
}

/** For other screens (meal plan, insights): supplement magnesium between two dates, inclusive. */
export function getSupplementMagnesiumByDate(
  from: LocalDate,
  to: LocalDate,
): Promise<SupplementMagnesiumByDate> {
  return supplementMagnesiumByDate(appDb, from, to);
}
