// One lookup over USDA foods, the person's custom foods and recipes (a recipe becomes a food per 100 g).
import { foodKey, nutrientKeys, type Food, type FoodNutrients, type FoodSource } from './food-data';

export interface CustomFoodInput {
  id: string;
  name: string;
  group: string;
  per100g: FoodNutrients;
  portions: { amount: number; description: string; grams: number }[];
}

export interface RecipeInput {
  id: string;
  name: string;
  servings: number;
  ingredients: { food: { source: FoodSource; id: string }; grams: number }[];
}

export interface FoodCatalog {
  foods: Food[];
  get(key: string): Food | undefined;
}

export const customFoodGroup = 'My foods';
export const recipeGroup = 'My recipes';

export function customFoodAsFood(row: CustomFoodInput): Food {
  return {
    key: foodKey('custom', row.id),
    source: 'custom',
    id: row.id,
    name: row.name,
    group: row.group || customFoodGroup,
    per100g: row.per100g,
    portions: row.portions.map((p, i) => ({ seq: i + 1, ...p })),
  };
}

/**
 * A recipe as a food: nutrients per 100 g of the whole dish, and one portion "serving"
 * (total grams / servings). A nutrient missing in any ingredient is missing in the dish.
 * Returns null if an ingredient cannot be found or the dish weighs nothing.
 */
export function recipeAsFood(recipe: RecipeInput, lookup: (key: string) => Food | undefined): Food | null {
  const totals: Record<string, number | null> = Object.fromEntries(nutrientKeys.map((k) => [k, 0]));
  let totalGrams = 0;
  for (const ingredient of recipe.ingredients) {
    const food = lookup(foodKey(ingredient.food.source, ingredient.food.id));
    if (!food) return null;
    totalGrams += ingredient.grams;
    for (const key of nutrientKeys) {
      const value = food.per100g[key];
      const sum = totals[key] ?? null;
      totals[key] = value === null || sum === null ? null : sum + (value * ingredient.grams) / 100;
    }
  }
  if (totalGrams <= 0 || recipe.servings <= 0) return null;
  const per100g = Object.fromEntries(
    nutrientKeys.map((k) => {
      const total = totals[k] ?? null;
      return [k, total === null ? null : (total / totalGrams) * 100];
    }),
  ) as unknown as FoodNutrients;
  return {
    key: foodKey('recipe', recipe.id),
    source: 'recipe',
    id: recipe.id,
    name: recipe.name,
    group: recipeGroup,
    per100g: { ...per100g, magnesiumMg: per100g.magnesiumMg ?? 0 },
    portions: [{ seq: 1, amount: 1, description: 'serving', grams: totalGrams / recipe.servings }],
  };
}

export function createFoodCatalog(
  usdaFoods: readonly Food[],
  customFoods: readonly CustomFoodInput[] = [],
  recipes: readonly RecipeInput[] = [],
): FoodCatalog {
  const byKey = new Map<string, Food>();
  for (const food of usdaFoods) byKey.set(food.key, food);
  const own = customFoods.map(customFoodAsFood);
  for (const food of own) byKey.set(food.key, food);
  // Recipes use USDA and custom foods (not other recipes), so one pass resolves them.
  const dishes: Food[] = [];
  for (const recipe of recipes) {
    const dish = recipeAsFood(recipe, (key) => byKey.get(key));
    if (dish) dishes.push(dish);
  }
  for (const dish of dishes) byKey.set(dish.key, dish);
  return {
    foods: [...own, ...dishes, ...usdaFoods],
    get: (key) => byKey.get(key),
  };
}
