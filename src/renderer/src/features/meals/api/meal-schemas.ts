// Input schemas for meal plan items, custom foods, recipes and templates (messages shown beside the fields).
import { z } from 'zod';
import {
  maxIdChars,
  maxIngredientsPerRecipe,
  maxKcalPer100g,
  maxMacronutrientGramsPer100g,
  maxMicronutrientMgPer100g,
  maxPortionAmount,
  maxPortionsPerFood,
} from '@shared/bounds';
import { localDateSchema } from '@shared/dates/local-date';
import { nameSchema, shortTextSchema } from '@shared/text-fields';
import { mealSlots } from '../../../db/schema';

export const maxGrams = 5000;

export const gramsSchema = z
  .number({ error: 'Enter an amount in grams.' })
  .refine((g) => Number.isFinite(g), 'Enter an amount in grams.')
  .refine((g) => g > 0, 'The amount must be more than 0 g.')
  .refine((g) => g <= maxGrams, 'That is more than 5 kg; check the amount.');

export const foodRefSchema = z.object(
  {
    source: z.enum(['usda', 'custom', 'recipe']),
    id: z.string().min(1, 'Choose a food from the list.').max(maxIdChars, 'Choose a food from the list.'),
  },
  { error: 'Choose a food from the list.' },
);

const portionAmountSchema = z
  .number({ error: 'Enter how many, like 1 or 0.5.' })
  .positive('The amount must be more than 0.')
  .max(maxPortionAmount, `More than ${maxPortionAmount.toLocaleString('en-US')} portions looks like a typo.`);

const portionDescriptionSchema = shortTextSchema('Describe the portion (e.g. "bowl").');

export const portionSchema = z
  .object({ amount: portionAmountSchema, description: portionDescriptionSchema })
  .nullable();

export const mealItemInputSchema = z.object({
  date: localDateSchema,
  slot: z.enum(mealSlots, { error: 'Choose a meal.' }),
  food: foodRefSchema,
  grams: gramsSchema,
  portion: portionSchema.default(null),
});
export type MealItemInput = z.infer<typeof mealItemInputSchema>;

const capitalized = (what: string) => `${what[0]!.toUpperCase()}${what.slice(1)}`;

/** A nutrient per 100 g of food, at most `max` (`unit` per 100 g): more is not physically possible. */
const nutrient = (what: string, max: number, unit: string) =>
  z
    .number({ error: `Enter ${what} per 100 g.` })
    .min(0, `${capitalized(what)} cannot be negative.`)
    .max(
      max,
      `${capitalized(what)} cannot be more than ${max.toLocaleString('en-US')} ${unit} per 100 g; check the label.`,
    );
const optionalNutrient = (what: string, max: number, unit: string) =>
  nutrient(what, max, unit).nullable().default(null);

type Per100g = Record<string, number | null>;

/** Grams of everything listed in 100 g, read from the unit in each name (mg count a thousandth). */
function listedGrams(per100g: Per100g): number {
  let grams = 0;
  for (const [key, value] of Object.entries(per100g)) {
    if (value === null) continue;
    if (key.endsWith('G')) grams += value;
    else if (key.endsWith('Mg')) grams += value / 1000;
  }
  return grams;
}

const per100gSchema = z
  .object({
    kcal: nutrient('energy (kcal)', maxKcalPer100g, 'kcal'),
    magnesiumMg: nutrient('magnesium (mg)', maxMicronutrientMgPer100g, 'mg'),
    proteinG: optionalNutrient('protein', maxMacronutrientGramsPer100g, 'g'),
    fiberG: optionalNutrient('fibre', maxMacronutrientGramsPer100g, 'g'),
    calciumMg: optionalNutrient('calcium', maxMicronutrientMgPer100g, 'mg'),
    potassiumMg: optionalNutrient('potassium', maxMicronutrientMgPer100g, 'mg'),
    zincMg: optionalNutrient('zinc', maxMicronutrientMgPer100g, 'mg'),
    vitaminB6Mg: optionalNutrient('vitamin B6', maxMicronutrientMgPer100g, 'mg'),
  })
  .refine((per100g) => listedGrams(per100g) <= maxMacronutrientGramsPer100g, {
    path: ['proteinG'],
    // Only once every figure is within its own bound: one message per mistake.
    when: (payload) => payload.issues.length === 0,
    error: (issue) =>
      `Protein, fibre and minerals add up to ${Math.round(listedGrams(issue.input as Per100g) * 10) / 10} g in 100 g of food; together they cannot be more than 100 g. Check the figures.`,
  });

export const customFoodInputSchema = z.object({
  name: nameSchema('Give the food a name.'),
  group: shortTextSchema().default('My foods'),
  per100g: per100gSchema,
  portions: z
    .array(
      z.object({ amount: portionAmountSchema, description: portionDescriptionSchema, grams: gramsSchema }),
    )
    .max(maxPortionsPerFood, `Keep it to ${maxPortionsPerFood} portions or fewer.`)
    .default([]),
});
export type CustomFoodInput = z.infer<typeof customFoodInputSchema>;

export const recipeInputSchema = z.object({
  name: nameSchema('Give the recipe a name.'),
  servings: z
    .number({ error: 'Enter how many servings it makes.' })
    .int('Use a whole number of servings.')
    .min(1, 'A recipe makes at least 1 serving.')
    .max(100, 'That is more than 100 servings.'),
  ingredients: z
    .array(z.object({ food: foodRefSchema, grams: gramsSchema, portion: portionSchema.default(null) }))
    .min(1, 'Add at least one ingredient.')
    .max(maxIngredientsPerRecipe, `Keep it to ${maxIngredientsPerRecipe} ingredients or fewer.`),
});
export type RecipeInput = z.infer<typeof recipeInputSchema>;

export const templateNameSchema = z.object({
  name: nameSchema('Give the template a name.'),
});

export const extraShoppingItemSchema = z.object({
  text: shortTextSchema('Type the item to add.'),
});
