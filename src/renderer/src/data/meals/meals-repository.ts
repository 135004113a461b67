// Meals (owner of `mealPlan`, `customFoods`, `recipes`, `mealTemplates`, `shoppingItems`): read, validate, write.
import type { LocalDate } from '@shared/dates/local-date';
import { foodKey } from '@shared/foods/food-data';
import { addDays, weekDates } from '@shared/dates/calendar';
import { deleteRows } from '../deletions';
import { parseOrThrow, ValidationError } from '../validation';
import type {
  CustomFoodRow,
  FoodRef,
  MealPlanRow,
  MealTemplateRow,
  RecipeRow,
  ShoppingItemRow,
  SteadyweekDb,
} from '../../db/schema';
import {
  customFoodInputSchema,
  extraShoppingItemSchema,
  mealItemInputSchema,
  recipeInputSchema,
  templateNameSchema,
} from './meal-schemas';

export interface MealsRepositoryDeps {
  now?: () => number;
  newId?: () => string;
  /** Whether a USDA NDB number exists in the bundled table (loads it lazily). */
  usdaFoodExists: (id: string) => Promise<boolean>;
}

export function createMealsRepository(db: SteadyweekDb, deps: MealsRepositoryDeps) {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());

  async function foodExists(food: FoodRef): Promise<boolean> {
    if (food.source === 'usda') return deps.usdaFoodExists(food.id);
    if (food.source === 'custom') return (await db.customFoods.get(food.id)) !== undefined;
    return (await db.recipes.get(food.id)) !== undefined;
  }

  async function requireFood(food: FoodRef, field: string) {
    if (!(await foodExists(food))) {
      throw new ValidationError('That food is not in the food list; nothing was saved.', {
        [field]: 'Unknown food: choose one from the list.',
      });
    }
  }

  const weekItems = (weekStart: LocalDate) =>
    db.mealPlan.where('date').between(weekStart, addDays(weekStart, 6), true, true).toArray();

  return {
    async listBetween(from: LocalDate, to: LocalDate): Promise<MealPlanRow[]> {
      const rows = await db.mealPlan.where('date').between(from, to, true, true).toArray();
      return rows.sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);
    },

    async addItem(input: unknown): Promise<MealPlanRow> {
      const parsed = parseOrThrow(mealItemInputSchema, input, 'meal');
      await requireFood(parsed.food, 'food');
      const at = now();
      const row: MealPlanRow = {
        ...parsed,
        id: newId(),
        order: at,
        createdAtEpochMs: at,
        updatedAtEpochMs: at,
      };
      await db.mealPlan.add(row);
      return row;
    },

    /** Removes an item and returns it, so the screen can offer Undo. */
    async removeItem(id: string): Promise<MealPlanRow | null> {
      return db.transaction('rw', ['mealPlan', 'deletions'], async () => {
        const row = await db.mealPlan.get(id);
        if (row) await deleteRows(db, 'mealPlan', [id], now());
        return row ?? null;
      });
    },

    /** Puts removed items back exactly as they were (Undo). */
    async restoreItems(rows: MealPlanRow[]): Promise<void> {
      const at = now();
      await db.transaction('rw', ['mealPlan', 'deletions'], async () => {
        await db.mealPlan.bulkPut(rows.map((row) => ({ ...row, updatedAtEpochMs: at })));
        // Back again: the deletion no longer travels.
        await db.deletions.bulkDelete(rows.map((row): ['mealPlan', string] => ['mealPlan', row.id]));
      });
    },

    /** Copies the previous week's items into this week (added to what is there), in one transaction. */
    async copyPreviousWeek(weekStart: LocalDate): Promise<number> {
      return db.transaction('rw', db.mealPlan, async () => {
        const previous = await weekItems(addDays(weekStart, -7));
        const at = now();
        await db.mealPlan.bulkAdd(
          previous.map((row, i) => ({
            ...row,
            id: newId(),
            date: addDays(row.date, 7),
            order: at + i,
            createdAtEpochMs: at,
            updatedAtEpochMs: at,
          })),
        );
        return previous.length;
      });
    },

    /** Deletes the week's items in one transaction and returns them for Undo. */
    async clearWeek(weekStart: LocalDate): Promise<MealPlanRow[]> {
      return db.transaction('rw', ['mealPlan', 'deletions'], async () => {
        const rows = await weekItems(weekStart);
        await deleteRows(
          db,
          'mealPlan',
          rows.map((r) => r.id),
          now(),
        );
        return rows;
      });
    },

    /**
     * The foods this person planned (in their latest 2,000 planned items, so it stays quick with years
     * of history), each with when it was last added and how often: the food search ranks them first.
     */
    async recentFoods(): Promise<{ food: FoodRef; lastUsedEpochMs: number; count: number }[]> {
      const rows = await db.mealPlan.orderBy('date').reverse().limit(2000).toArray();
      const byFood = new Map<string, { food: FoodRef; lastUsedEpochMs: number; count: number }>();
      for (const row of rows) {
        const key = foodRefKey(row.food);
        const use = byFood.get(key) ?? { food: row.food, lastUsedEpochMs: 0, count: 0 };
        use.count += 1;
        use.lastUsedEpochMs = Math.max(use.lastUsedEpochMs, row.createdAtEpochMs);
        byFood.set(key, use);
      }
      return [...byFood.values()];
    },

    async listTemplates(): Promise<MealTemplateRow[]> {
      return db.mealTemplates.orderBy('name').toArray();
    },

    async saveTemplate(input: unknown, weekStart: LocalDate): Promise<MealTemplateRow> {
      const { name } = parseOrThrow(templateNameSchema, input, 'template');
      return db.transaction('rw', db.mealPlan, db.mealTemplates, async () => {
        const rows = await weekItems(weekStart);
        if (rows.length === 0) {
          throw new ValidationError('This week has no meals to save yet.', {
            name: 'Plan some meals first.',
          });
        }
        const days = weekDates(weekStart);
        const template: MealTemplateRow = {
          id: newId(),
          name,
          items: rows.map((r) => ({
            dayOffset: days.indexOf(r.date),
            slot: r.slot,
            food: r.food,
            grams: r.grams,
            portion: r.portion,
          })),
          createdAtEpochMs: now(),
          updatedAtEpochMs: now(),
        };
        await db.mealTemplates.add(template);
        return template;
      });
    },

    /** Adds a template's items to the week, in one transaction. */
    async applyTemplate(templateId: string, weekStart: LocalDate): Promise<number> {
      return db.transaction('rw', db.mealPlan, db.mealTemplates, async () => {
        const template = await db.mealTemplates.get(templateId);
        if (!template) throw new Error('That template no longer exists.');
        const at = now();
        await db.mealPlan.bulkAdd(
          template.items.map((item, i) => ({
            id: newId(),
            date: addDays(weekStart, item.dayOffset),
            slot: item.slot,
            food: item.food,
            grams: item.grams,
            portion: item.portion,
            order: at + i,
            createdAtEpochMs: at,
            updatedAtEpochMs: at,
          })),
        );
        return template.items.length;
      });
    },

    async deleteTemplate(id: string): Promise<void> {
      await db.transaction('rw', ['mealTemplates', 'deletions'], () =>
        deleteRows(db, 'mealTemplates', [id], now()),
      );
    },

    async listCustomFoods(): Promise<CustomFoodRow[]> {
      return db.customFoods.orderBy('name').toArray();
    },

    async addCustomFood(input: unknown): Promise<CustomFoodRow> {
      const parsed = parseOrThrow(customFoodInputSchema, input, 'food');
      const row: CustomFoodRow = {
        ...parsed,
        group: parsed.group || 'My foods',
        id: newId(),
        createdAtEpochMs: now(),
        updatedAtEpochMs: now(),
      };
      await db.customFoods.add(row);
      return row;
    },

    async deleteCustomFood(id: string): Promise<void> {
      await db.transaction('rw', ['customFoods', 'deletions'], () =>
        deleteRows(db, 'customFoods', [id], now()),
      );
    },

    async listRecipes(): Promise<RecipeRow[]> {
      return db.recipes.orderBy('name').toArray();
    },

    async addRecipe(input: unknown): Promise<RecipeRow> {
      const parsed = parseOrThrow(recipeInputSchema, input, 'recipe');
      for (const [i, ingredient] of parsed.ingredients.entries()) {
        if (ingredient.food.source === 'recipe') {
          throw new ValidationError('A recipe cannot contain another recipe.', {
            [`ingredients.${i}.food`]: 'Choose a food, not a recipe.',
          });
        }
        await requireFood(ingredient.food, `ingredients.${i}.food`);
      }
      const at = now();
      const row: RecipeRow = { ...parsed, id: newId(), createdAtEpochMs: at, updatedAtEpochMs: at };
      await db.recipes.add(row);
      return row;
    },

    async deleteRecipe(id: string): Promise<void> {
      await db.transaction('rw', ['recipes', 'deletions'], () => deleteRows(db, 'recipes', [id], now()));
    },

    async listShoppingItems(weekStart: LocalDate): Promise<ShoppingItemRow[]> {
      return db.shoppingItems.where('weekStart').equals(weekStart).toArray();
    },

    /** Ticks or unticks a generated item (keyed by food) or an extra item. */
    async setChecked(weekStart: LocalDate, key: string, checked: boolean): Promise<void> {
      await db.transaction('rw', db.shoppingItems, async () => {
        const existing = await db.shoppingItems.where('[weekStart+key]').equals([weekStart, key]).first();
        const updatedAtEpochMs = now();
        if (existing) await db.shoppingItems.update(existing.id, { checked, updatedAtEpochMs });
        else
          await db.shoppingItems.add({ id: newId(), weekStart, key, text: null, checked, updatedAtEpochMs });
      });
    },

    async addExtraItem(weekStart: LocalDate, input: unknown): Promise<ShoppingItemRow> {
      const { text } = parseOrThrow(extraShoppingItemSchema, input, 'shopping item');
      const row: ShoppingItemRow = {
        id: newId(),
        weekStart,
        key: `extra:${newId()}`,
        text,
        checked: false,
        updatedAtEpochMs: now(),
      };
      await db.shoppingItems.add(row);
      return row;
    },

    async removeExtraItem(id: string): Promise<void> {
      await db.transaction('rw', ['shoppingItems', 'deletions'], () =>
        deleteRows(db, 'shoppingItems', [id], now()),
      );
    },
  };
}
export type MealsRepository = ReturnType<typeof createMealsRepository>;

export const foodRefKey = (food: FoodRef) => foodKey(food.source, food.id);
