// Magnesium from planned meals per date (reads db.mealPlan; loads the food table lazily on first call).
import type { LocalDate } from '@shared/dates/local-date';
import { createFoodCatalog, type FoodCatalog } from '@shared/foods/food-catalog';
import type { Food } from '@shared/foods/food-data';
import { loadUsdaFoods } from '@shared/foods/load-usda-foods';
import { totalsByDate } from '@shared/foods/meal-totals';
import { db as appDb } from '../../db/db';
import type { CustomFoodRow, RecipeRow, SteadyweekDb } from '../../db/schema';

export type FoodMagnesiumByDate = Record<LocalDate, { magnesiumMg: number; itemCount: number }>;

// Indexing the 8,000 USDA foods costs more than the range's own reads, so the catalog is built once a
// session and again only when a custom food or recipe is added, changed or removed.
let cached: { usdaFoods: readonly Food[]; own: string; catalog: FoodCatalog } | null = null;

function catalogFor(
  usdaFoods: readonly Food[],
  customFoods: readonly CustomFoodRow[],
  recipes: readonly RecipeRow[],
): FoodCatalog {
  const own = [...customFoods, ...recipes].map((r) => `${r.id}@${r.updatedAtEpochMs}`).join('|');
  if (cached?.usdaFoods !== usdaFoods || cached.own !== own) {
    cached = { usdaFoods, own, catalog: createFoodCatalog(usdaFoods, customFoods, recipes) };
  }
  return cached.catalog;
}

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
  const catalog = catalogFor(usdaFoods, customFoods, recipes);
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
