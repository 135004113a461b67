// Input schemas for meal plan items, custom foods, recipes and templates (messages shown beside the fields).
import { z } from 'zod';
import { localDateSchema } from '@shared/dates/local-date';
import { mealSlots } from '../../db/schema';

export const maxGrams = 5000;

export const gramsSchema = z
  .number({ error: 'Enter an amount in grams.' })
  .refine((g) => Number.isFinite(g), 'Enter an amount in grams.')
  .refine((g) => g > 0, 'The amount must be more than 0 g.')
  .refine((g) => g <= maxGrams, 'That is more than 5 kg; check the amount.');

export const foodRefSchema = z.object(
  {
    source: z.enum(['usda', 'custom', 'recipe']),
    id: z.string().min(1, 'Choose a food from the list.'),
  },
  { error: 'Choose a food from the list.' },
);

export const portionSchema = z
  .object({ amount: z.number().positive(), description: z.string().min(1) })
  .nullable();

export const mealItemInputSchema = z.object({
  date: localDateSchema,
  slot: z.enum(mealSlots, { error: 'Choose a meal.' }),
  food: foodRefSchema,
  grams: gramsSchema,
  portion: portionSchema.default(null),
});
export type MealItemInput = z.infer<typeof mealItemInputSchema>;

const requiredNutrient = (what: string) =>
  z
    .number({ error: `Enter ${what} per 100 g.` })
    .refine((v) => Number.isFinite(v), `Enter ${what} per 100 g.`)
    .refine((v) => v >= 0, `${what[0]!.toUpperCase()}${what.slice(1)} cannot be negative.`);
const optionalNutrient = z.number().min(0, 'Cannot be negative.').nullable().default(null);

export const customFoodInputSchema = z.object({
  name: z.string().trim().min(1, 'Give the food a name.').max(120, 'Keep the name under 120 characters.'),
  group: z.string().trim().default('My foods'),
  per100g: z.object({
    kcal: requiredNutrient('energy (kcal)'),
    magnesiumMg: requiredNutrient('magnesium (mg)'),
    proteinG: optionalNutrient,
    fiberG: optionalNutrient,
    calciumMg: optionalNutrient,
    potassiumMg: optionalNutrient,
    zincMg: optionalNutrient,
    vitaminB6Mg: optionalNutrient,
  }),
  portions: z
    .array(
      z.object({
        amount: z.number().positive('The amount must be more than 0.'),
        description: z.string().trim().min(1, 'Describe the portion (e.g. "bowl").'),
        grams: gramsSchema,
      }),
    )
    .default([]),
});
export type CustomFoodInput = z.infer<typeof customFoodInputSchema>;

export const recipeInputSchema = z.object({
  name: z.string().trim().min(1, 'Give the recipe a name.').max(120, 'Keep the name under 120 characters.'),
  servings: z
    .number({ error: 'Enter how many servings it makes.' })
    .int('Use a whole number of servings.')
    .min(1, 'A recipe makes at least 1 serving.')
    .max(100, 'That is more than 100 servings.'),
  ingredients: z
    .array(z.object({ food: foodRefSchema, grams: gramsSchema, portion: portionSchema.default(null) }))
    .min(1, 'Add at least one ingredient.'),
});
export type RecipeInput = z.infer<typeof recipeInputSchema>;

export const templateNameSchema = z.object({
  name: z.string().trim().min(1, 'Give the template a name.').max(80, 'Keep the name under 80 characters.'),
});

export const extraShoppingItemSchema = z.object({
  text: z.string().trim().min(1, 'Type the item to add.').max(200, 'Keep it under 200 characters.'),
});
