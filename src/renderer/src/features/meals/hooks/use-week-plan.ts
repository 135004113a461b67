// Everything the plan grid and the print view need for one week: items, foods, totals, target, supplement.
import { useQuery } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import type { Food } from '@shared/foods/food-data';
import { itemMagnesiumMg, totalsByDate, type DayTotals } from '@shared/foods/meal-totals';
import { addDays, localDateAt, weekDates, weekStartOf } from '@shared/dates/calendar';
import { rdaFor, type Rda } from '@shared/magnesium/reference-values';
import { getSupplementMagnesiumByDate } from '../../../data/supplement/supplement-magnesium';
import { useProfile } from '../../../data/profile/profile-queries';
import type { MealPlanRow } from '../../../db/schema';
import { foodRefKey } from '../../../data/meals/meals-repository';
import { mealsQueries, useFoodLibrary } from '../../../data/meals/meals-queries';

export interface PlannedItemView {
  row: MealPlanRow;
  food: Food | undefined;
  magnesiumMg: number | null;
}

export interface DayView {
  date: LocalDate;
  items: PlannedItemView[];
  totals: DayTotals;
  supplementMg: number;
}

/** Today in the profile's zone, read at render time (the week screen follows the clock). */
export function todayIn(timeZone: string): LocalDate {
  return localDateAt(Date.now(), timeZone);
}

/** The current week's first day for the profile (its time zone and week start). */
export function useCurrentWeekStart(): LocalDate | null {
  const profile = useProfile();
  if (!profile.data) return null;
  return weekStartOf(todayIn(profile.data.timeZone), profile.data.weekStart);
}

export function useWeekPlan(weekStart: LocalDate) {
  const profile = useProfile();
  const weekEnd = addDays(weekStart, 6);
  const plan = useQuery(mealsQueries.planBetween(weekStart, weekEnd));
  const library = useFoodLibrary();
  const supplement = useQuery({
    queryKey: [...mealsQueries.plan(), 'supplement', weekStart],
    queryFn: () => getSupplementMagnesiumByDate(weekStart, weekEnd),
  });

  const target: Rda | null = profile.data ? rdaFor(profile.data.lifeStage) : null;
  const ready = plan.isSuccess && library.isSuccess && supplement.isFetched && target !== null;
  let days: DayView[] = [];
  let weekMg = 0;
  if (plan.data && library.data) {
    const lookup = library.data.catalog.get;
    const totals = totalsByDate(plan.data, lookup);
    days = weekDates(weekStart).map((date) => {
      const rows = plan.data.filter((r) => r.date === date);
      return {
        date,
        items: rows.map((row) => ({
          row,
          food: lookup(foodRefKey(row.food)),
          magnesiumMg: itemMagnesiumMg(row, lookup),
        })),
        totals: totals[date] ?? { magnesiumMg: 0, itemCount: 0, bySlot: {}, unknownCount: 0 },
        supplementMg: supplement.data?.[date]?.plannedMg ?? 0,
      };
    });
    weekMg = days.reduce((sum, d) => sum + d.totals.magnesiumMg, 0);
  }
  const hasSupplement = days.some((d) => d.supplementMg > 0);
  return {
    ready,
    days,
    weekMg,
    target,
    hasSupplement,
    library: library.data,
    error: plan.error ?? library.error,
  };
}
