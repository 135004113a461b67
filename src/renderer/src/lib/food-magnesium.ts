// Magnesium from planned meals per date (reads db.mealPlan; loads the food table lazily on first call).
import type { LocalDate } from '@shared/dates/local-date';
import { createFoodCatalog } from '@shared/foods/food-catalog';
import { loadUsdaFoods } from '@shared/foods/load-usda-foods';
import { totalsByDate } from '@shared/foods/meal-totals';
import { db } from '../db/db';

export async function getFoodMagnesiumByDate(
  from: LocalDate,
  to: LocalDate,
): Promise<Record<LocalDate, { magnesiumMg: number; itemCount: number }>> {
  const [usdaFoods, items, customFoods, recipes] = await Promise.all([
    loadUsdaFoods(),
    db.mealPlan.where('date').between(from, to, true, true).toArray(),
    db.customFoods.toArray(),
    db.recipes.toArray(),
  ]);
  const catalog = createFoodCatalog(usdaFoods, customFoods, recipes);
  const days = totalsByDate(items, catalog.get);
  const out: Record<LocalDate, { magnesiumMg: number; itemCount: number }> = {};
  for (const [date, day] of Object.entries(days)) {
    out[date] = { magnesiumMg: day.magnesiumMg, itemCount: day.itemCount };
  }
  return out;
}
