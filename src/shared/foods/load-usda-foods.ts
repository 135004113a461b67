// Loads the bundled USDA table on first use. The JSON is a separate lazily loaded chunk, never in the first paint.
import { decodeFoodData, type CompactFoodData, type Food } from './food-data';

let pending: Promise<Food[]> | null = null;

export function loadUsdaFoods(): Promise<Food[]> {
  pending ??= import('./generated/food-data.json').then((module) =>
    decodeFoodData((module as { default: CompactFoodData }).default),
  );
  return pending;
}
