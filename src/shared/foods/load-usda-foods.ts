// Loads the bundled USDA table on first use. It is a separate lazily loaded chunk, never in the first paint.
import { decodeFoodData, type Food } from './food-data';
import { unpackTermIndex, type TermIndexData } from './term-index';

let pending: Promise<{ foods: Food[]; searchIndex: TermIndexData | undefined }> | null = null;

/** The foods and the prebuilt search index for exactly these foods. */
export function loadUsdaFoodData() {
  pending ??= import('./generated/food-data').then(({ foodData }) => ({
    foods: decodeFoodData(foodData),
    searchIndex: foodData.searchIndex ? unpackTermIndex(foodData.searchIndex) : undefined,
  }));
  return pending;
}

export async function loadUsdaFoods(): Promise<Food[]> {
  return (await loadUsdaFoodData()).foods;
}
