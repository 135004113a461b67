// The meals repository bound to the app database, and the food catalog (USDA + own foods) with its search index.
import { createFoodCatalog, type FoodCatalog } from '@shared/foods/food-catalog';
import type { Food } from '@shared/foods/food-data';
import {
  combineFoodSearches,
  createFoodSearch,
  type FoodSearchIndex,
  type FoodSearchOptions,
} from '@shared/foods/food-search';
import { foodUsageWeights } from '@shared/foods/food-usage';
import { loadUsdaFoodData } from '@shared/foods/load-usda-foods';
import { db } from '../../db/db';
import type { CustomFoodRow, RecipeRow } from '../../db/schema';
import { createMealsRepository, foodRefKey } from './meals-repository';

export const foodDbMarks = {
  start: 'food-db-load-start',
  decoded: 'food-db-decoded',
  searchable: 'food-db-searchable',
} as const;

let usda: Promise<{ foods: Food[]; ids: Set<string>; search: FoodSearchIndex }> | null = null;

/** Loads the USDA table and builds its index once; marks start and "searchable" for the load bench. */
export function loadUsdaSearch() {
  usda ??= (async () => {
    performance.mark(foodDbMarks.start);
    const { foods, searchIndex } = await loadUsdaFoodData();
    performance.mark(foodDbMarks.decoded);
    const search = createFoodSearch(foods, searchIndex);
    performance.mark(foodDbMarks.searchable);
    return { foods, ids: new Set(foods.map((f) => f.id)), search };
  })();
  return usda;
}

export const mealsRepository = createMealsRepository(db, {
  usdaFoodExists: async (id) => (await loadUsdaSearch()).ids.has(id),
});

export interface FoodLibrary {
  catalog: FoodCatalog;
  /** USDA and own foods ranked together; the person's foods first among equals, and alone for an empty query. */
  search(query: string, options?: Omit<FoodSearchOptions, 'usage'>): Food[];
  groups: string[];
}

export async function loadFoodLibrary(
  customFoods: CustomFoodRow[],
  recipes: RecipeRow[],
  uses: Awaited<ReturnType<typeof mealsRepository.recentFoods>>,
): Promise<FoodLibrary> {
  const base = await loadUsdaSearch();
  const catalog = createFoodCatalog(base.foods, customFoods, recipes);
  const own = catalog.foods.filter((f) => f.source !== 'usda');
  const search = combineFoodSearches([createFoodSearch(own), base.search]);
  const usage = foodUsageWeights(
    uses.map((use) => ({ ...use, key: foodRefKey(use.food) })),
    Date.now(),
  );
  const groups = [...new Set(base.foods.map((f) => f.group))].sort();
  return { catalog, groups, search: (query, options = {}) => search.search(query, { ...options, usage }) };
}
