// Meal rows as stored (plan items, foods, recipes, templates, shopping), for rows that arrive whole (an imported file).
import { z } from 'zod';
import { maxIngredientsPerRecipe } from '@shared/bounds';
import { localDateSchema } from '@shared/dates/local-date';
import { instantSchema, rowIdSchema, updatedAtSchema } from '@shared/row-fields';
import { shortTextSchema } from '@shared/text-fields';
import { mealSlots } from '../../db/schema';
import {
  customFoodInputSchema,
  foodRefSchema,
  gramsSchema,
  mealItemInputSchema,
  portionSchema,
  recipeInputSchema,
  templateNameSchema,
} from './meal-schemas';

const stamps = { createdAtEpochMs: instantSchema, updatedAtEpochMs: updatedAtSchema };

/** Meal plans look ahead, so their dates are any day Steadyweek keeps, not only days that have come. */
export const mealRowSchemas = () => ({
  mealPlan: mealItemInputSchema.extend({
    id: rowIdSchema,
    portion: portionSchema,
    order: z.number().int().min(0).max(10_000),
    ...stamps,
  }),
  customFoods: customFoodInputSchema.extend({
    id: rowIdSchema,
    group: shortTextSchema(),
    portions: customFoodInputSchema.shape.portions.unwrap(),
    ...stamps,
  }),
  recipes: recipeInputSchema.extend({
    id: rowIdSchema,
    ingredients: z
      .array(z.object({ food: foodRefSchema, grams: gramsSchema, portion: portionSchema }))
      .min(1)
      .max(maxIngredientsPerRecipe),
    ...stamps,
  }),
  mealTemplates: templateNameSchema.extend({
    id: rowIdSchema,
    items: z
      .array(
        z.object({
          dayOffset: z.number().int().min(0).max(6),
          slot: z.enum(mealSlots),
          food: foodRefSchema,
          grams: gramsSchema,
          portion: portionSchema,
        }),
      )
      .max(500),
    ...stamps,
  }),
  shoppingItems: z.object({
    id: rowIdSchema,
    weekStart: localDateSchema,
    key: z.string().min(1).max(200),
    text: shortTextSchema().nullable(),
    checked: z.boolean(),
    updatedAtEpochMs: updatedAtSchema,
  }),
});
