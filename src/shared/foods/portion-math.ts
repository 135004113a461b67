// Gram and portion math: nutrients in an amount of a food, from values per 100 g.
import { nutrientKeys, type FoodNutrients, type Portion } from './food-data';

/** Magnesium in `grams` of a food: mg/100 g × grams / 100. */
export function magnesiumForGrams(magnesiumMgPer100g: number, grams: number): number {
  return (magnesiumMgPer100g * grams) / 100;
}

/** Every nutrient scaled to `grams`; a missing value stays missing. */
export function nutrientsForGrams(per100g: FoodNutrients, grams: number): FoodNutrients {
  const out = { ...per100g };
  for (const key of nutrientKeys) {
    const value = per100g[key];
    (out as Record<string, number | null>)[key] = value === null ? null : (value * grams) / 100;
  }
  return out;
}

/** Grams in `count` × a household portion (a portion row covers `portion.amount` units). */
export function gramsForPortion(portion: Portion, count: number): number {
  return (portion.grams / portion.amount) * count;
}

/** Magnesium per 100 kcal, or null for foods without energy (water, salt). */
export function magnesiumPer100Kcal(per100g: FoodNutrients): number | null {
  if (per100g.kcal === null || per100g.kcal <= 0) return null;
  return (per100g.magnesiumMg / per100g.kcal) * 100;
}

/** The "typical" portion used for sorting and suggestions: USDA seq 1 (the primary measure). */
export function typicalPortion(portions: readonly Portion[]): Portion | null {
  return portions[0] ?? null;
}

/** Magnesium in one typical portion, or null when the food has no portions. */
export function magnesiumPerTypicalPortion(food: { per100g: FoodNutrients; portions: Portion[] }) {
  const portion = typicalPortion(food.portions);
  return portion ? magnesiumForGrams(food.per100g.magnesiumMg, portion.grams) : null;
}

/** Rounds mg for display: one decimal under 10, whole numbers above. */
export function roundMg(mg: number): number {
  return mg < 10 ? Math.round(mg * 10) / 10 : Math.round(mg);
}
