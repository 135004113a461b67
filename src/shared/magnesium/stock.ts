// Refill: how many days the stock on hand lasts following the plan, and the heads-up under 7 days.
import type { LocalDate } from '../dates/local-date';
import { addDays } from '../dates/calendar';
import { stepOn, type TitrationStep } from './titration';

export const refillHeadsUpDays = 7;

export interface StockOutlook {
  /** Days the stock covers from today (today counts unless its doses are all taken); null if nothing is planned. */
  daysLeft: number | null;
  /** The first day the stock does not cover, or null. */
  runsShortOn: LocalDate | null;
  headsUp: boolean;
  unitsPerDayNow: number;
}

/**
 * Walks the plan day by day from today. Today needs only what is not yet taken (stock already went
 * down for taken doses); later days need the step's units. Follows step-ups, so it is not simply
 * stock ÷ today's units.
 */
export function stockOutlook(input: {
  steps: readonly TitrationStep[];
  today: LocalDate;
  stockUnits: number;
  takenTodayUnits: number;
  horizonDays?: number;
}): StockOutlook {
  const horizon = input.horizonDays ?? 3650;
  const unitsPerDayNow = stepOn(input.steps, input.today)?.unitsPerDay ?? 0;
  const lastStep = input.steps.at(-1);
  if (!lastStep || lastStep.unitsPerDay <= 0) {
    return { daysLeft: null, runsShortOn: null, headsUp: false, unitsPerDayNow };
  }
  let remaining = input.stockUnits;
  let covered = 0;
  for (let offset = 0; offset < horizon; offset += 1) {
    const date = addDays(input.today, offset);
    const units = stepOn(input.steps, date)?.unitsPerDay ?? 0;
    const need = offset === 0 ? Math.max(0, units - input.takenTodayUnits) : units;
    if (remaining + 1e-9 < need) {
      return { daysLeft: covered, runsShortOn: date, headsUp: covered < refillHeadsUpDays, unitsPerDayNow };
    }
    remaining -= need;
    // A today whose doses are all taken is behind us: it is not a day the stock still has to cover.
    if (offset > 0 || need > 0 || units === 0) covered += 1;
  }
  return { daysLeft: covered, runsShortOn: null, headsUp: false, unitsPerDayNow };
}
