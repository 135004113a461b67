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

/**
 * Grams in `count` × a household measure as USDA lists it: "3 oz (85 g)" × 2 = 170 g. A row covers
 * `portion.amount` units ("3 oz"), so the count multiplies the measure shown, not one unit of it.
 */
export function gramsForPortion(portion: Portion, count: number): number {
  return portion.grams * count;
}

/** The amount planned, in the measure's own units: "½ cup" × 3 = 1½ cups, "3 oz" × 2 = 6 oz. */
export function plannedPortion(portion: Portion, count: number): { amount: number; description: string } {
  return { amount: portion.amount * count, description: portion.description };
}

/** Magnesium per 100 kcal, or null for foods without energy (water, salt). */
export function magnesiumPer100Kcal(per100g: FoodNutrients): number | null {
  if (per100g.kcal === null || per100g.kcal <= 0) return null;
  return (per100g.magnesiumMg / per100g.kcal) * 100;
}

/**
 * The "typical" portion, for the per-portion order and the richest-foods table: USDA's primary measure
 * (seq 1), except for nuts and seeds. USDA often lists a cup of those first, but people eat them by the
 * ounce, so their 1 oz measure is used where USDA has one.
 */
export function typicalPortion(food: { group: string; portions: readonly Portion[] }): Portion | null {
  if (food.group === NUTS_AND_SEEDS) {
    const ounce = food.portions.find((p) => p.amount === 1 && /^oz\b/.test(p.description));
    if (ounce) return ounce;
  }
  return food.portions[0] ?? null;
}

const NUTS_AND_SEEDS = 'Nut and Seed Products';

/** Magnesium in one typical portion, or null when the food has no portions. */
export function magnesiumPerTypicalPortion(food: {
  group: string;
  per100g: FoodNutrients;
  portions: Portion[];
}) {
  const portion = typicalPortion(food);
  return portion ? magnesiumForGrams(food.per100g.magnesiumMg, portion.grams) : null;
}

/** Rounds mg for display: one decimal under 10, whole numbers above. */
export function roundMg(mg: number): number {
  return mg < 10 ? Math.round(mg * 10) / 10 : Math.round(mg);
}
