// Magnesium from planned meals per date (reads db.mealPlan; loads the food table lazily on first call).
import type { LocalDate } from '@shared/dates/local-date';
import { createFoodCatalog } from '@shared/foods/food-catalog';
import { loadUsdaFoods } from '@shared/foods/load-usda-foods';
import { totalsByDate } from '@shared/foods/meal-totals';
import { db as appDb } from '../../db/db';
import type { SteadyweekDb } from '../../db/schema';

export type FoodMagnesiumByDate = Record<LocalDate, { magnesiumMg: number; itemCount: number }>;

/** Dates with no planned items are absent. Items whose food is gone count as items but add nothing. */
export async function foodMagnesiumByDate(
  db: SteadyweekDb,
  from: LocalDate,
  to: LocalDate,
): Promise<FoodMagnesiumByDate> {
  const [usdaFoods, items, customFoods, recipes] = await Promise.all([
    loadUsdaFoods(),
    db.mealPlan.where('date').between(from, to, true, true).toArray(),
    db.customFoods.toArray(),
    db.recipes.toArray(),
  ]);
  const catalog = createFoodCatalog(usdaFoods, customFoods, recipes);
  const out: FoodMagnesiumByDate = {};
  for (const [date, day] of Object.entries(totalsByDate(items, catalog.get))) {
    out[date] = { magnesiumMg: day.magnesiumMg, itemCount: day.itemCount };
  }
  return out;
}

/** For other screens (supplement "Daily magnesium", insights): food magnesium between two dates, inclusive. */
export function getFoodMagnesiumByDate(from: LocalDate, to: LocalDate): Promise<FoodMagnesiumByDate> {
  return foodMagnesiumByDate(appDb, from, to);
}
