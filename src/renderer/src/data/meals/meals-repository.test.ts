import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation';
import { createDb } from '../../db/schema';
import { createMealsRepository } from './meals-repository';

let counter = 0;
function setup() {
  const db = createDb({ name: `meals-${++counter}`, indexedDB: new IDBFactory(), IDBKeyRange });
  let id = 0;
  const repo = createMealsRepository(db, {
    now: () => 1_000 + id,
    newId: () => `id-${++id}`,
    usdaFoodExists: async (ndb) => ['11457', '12014'].includes(ndb),
  });
  return { db, repo };
}
const spinach = { source: 'usda', id: '11457' };
const item = (date: string, grams = 30) => ({ date, slot: 'lunch', food: spinach, grams, portion: null });

async function fieldErrors(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('meal plan items', () => {
  it('saves a valid item', async () => {
    const { db, repo } = setup();
    await repo.addItem(item('2026-03-02'));
    expect(await db.mealPlan.count()).toBe(1);
  });

  it.each([
    // [grams, message]
    [0, 'The amount must be more than 0 g.'],
    [-5, 'The amount must be more than 0 g.'],
    [5000.1, 'That is more than 5 kg; check the amount.'],
    [Number.NaN, 'Enter an amount in grams.'],
  ])('rejects %d g with "%s" and saves nothing', async (grams, message) => {
    const { db, repo } = setup();
    expect((await fieldErrors(repo.addItem(item('2026-03-02', grams)))).grams).toBe(message);
    expect(await db.mealPlan.count()).toBe(0);
  });

  it('lists each planned food once, with how often it was planned and when it was last added', async () => {
    const { repo } = setup();
    await repo.addItem(item('2026-03-02')); // added at 1 000
    await repo.addItem({ ...item('2026-03-05'), food: { source: 'usda', id: '12014' } }); // at 1 001
    await repo.addItem(item('2026-03-01')); // at 1 002, for an earlier day
    const uses = await repo.recentFoods();
    expect(uses.sort((a, b) => a.food.id.localeCompare(b.food.id))).toEqual([
      { food: spinach, lastUsedEpochMs: 1_002, count: 2 },
      { food: { source: 'usda', id: '12014' }, lastUsedEpochMs: 1_001, count: 1 },
    ]);
  });

  it('accepts exactly 5 kg', async () => {
    const { repo } = setup();
    await expect(repo.addItem(item('2026-03-02', 5000))).resolves.toMatchObject({ grams: 5000 });
  });

  it.each([
    [{ source: 'usda', id: '99999' }], // not in the USDA table
    [{ source: 'custom', id: 'nope' }], // no such custom food
    [{ source: 'recipe', id: 'nope' }],
  ])('rejects unknown food %o and saves nothing', async (food) => {
    const { db, repo } = setup();
    const errors = await fieldErrors(repo.addItem({ ...item('2026-03-02'), food }));
    expect(errors.food).toBe('Unknown food: choose one from the list.');
    expect(await db.mealPlan.count()).toBe(0);
  });

  it('removes an item and puts it back on undo', async () => {
    const { db, repo } = setup();
    const row = await repo.addItem(item('2026-03-02'));
    const removed = await repo.removeItem(row.id);
    expect(await db.mealPlan.count()).toBe(0);
    expect(await db.deletions.get(['mealPlan', row.id])).toMatchObject({ table: 'mealPlan', id: row.id });
    await repo.restoreItems([removed!]);
    const restored = await db.mealPlan.get(row.id);
    expect(restored).toEqual({ ...row, updatedAtEpochMs: restored!.updatedAtEpochMs });
    expect(restored!.updatedAtEpochMs).toBeGreaterThan(row.updatedAtEpochMs);
    // Back again: its deletion no longer travels.
    expect(await db.deletions.get(['mealPlan', row.id])).toBeUndefined();
  });
});

describe('whole-week actions', () => {
  it('copies the previous week seven days on, keeping what is there', async () => {
    const { repo } = setup();
    await repo.addItem(item('2026-02-23'));
    await repo.addItem(item('2026-03-01', 60)); // Sunday of the previous week
    await repo.addItem(item('2026-03-03', 90)); // already in this week
    expect(await repo.copyPreviousWeek('2026-03-02')).toBe(2);
    const week = await repo.listBetween('2026-03-02', '2026-03-08');
    expect(week.map((r) => [r.date, r.grams])).toEqual([
      ['2026-03-02', 30],
      ['2026-03-03', 90],
      ['2026-03-08', 60],
    ]);
  });

  it('clears a week in one go and returns the rows for undo', async () => {
    const { db, repo } = setup();
    await repo.addItem(item('2026-03-02'));
    await repo.addItem(item('2026-03-08'));
    await repo.addItem(item('2026-03-09')); // next week: untouched
    const removed = await repo.clearWeek('2026-03-02');
    expect(removed).toHaveLength(2);
    expect(await db.mealPlan.count()).toBe(1);
    await repo.restoreItems(removed);
    expect(await db.mealPlan.count()).toBe(3);
  });

  it('saves a week as a template and applies it to another week', async () => {
    const { repo } = setup();
    await repo.addItem(item('2026-03-02', 30));
    await repo.addItem(item('2026-03-04', 45));
    const template = await repo.saveTemplate({ name: 'Green week' }, '2026-03-02');
    expect(template.items.map((i) => i.dayOffset)).toEqual([0, 2]);
    expect(await repo.applyTemplate(template.id, '2026-04-06')).toBe(2);
    const applied = await repo.listBetween('2026-04-06', '2026-04-12');
    expect(applied.map((r) => [r.date, r.grams])).toEqual([
      ['2026-04-06', 30],
      ['2026-04-08', 45],
    ]);
  });

  it('will not save an empty week or a nameless template', async () => {
    const { db, repo } = setup();
    expect((await fieldErrors(repo.saveTemplate({ name: 'Empty' }, '2026-03-02'))).name).toBe(
      'Plan some meals first.',
    );
    expect((await fieldErrors(repo.saveTemplate({ name: ' ' }, '2026-03-02'))).name).toBe(
      'Give the template a name.',
    );
    expect(await db.mealTemplates.count()).toBe(0);
  });
});

describe('custom foods and recipes', () => {
  const per100g = {
    kcal: 400,
    magnesiumMg: 150,
    proteinG: null,
    fiberG: null,
    calciumMg: null,
    potassiumMg: null,
    zincMg: null,
    vitaminB6Mg: null,
  };

  it('saves a custom food with nutrients per 100 g and portions', async () => {
    const { repo } = setup();
    const row = await repo.addCustomFood({
      name: 'Granola',
      per100g,
      portions: [{ amount: 1, description: 'bowl', grams: 60 }],
    });
    expect(row).toMatchObject({ name: 'Granola', group: 'My foods' });
  });

  it.each([
    // [per100g change, field, message]
    [{ magnesiumMg: undefined }, 'per100g.magnesiumMg', 'Enter magnesium (mg) per 100 g.'],
    [{ kcal: undefined }, 'per100g.kcal', 'Enter energy (kcal) per 100 g.'],
    [{ magnesiumMg: -1 }, 'per100g.magnesiumMg', 'Magnesium (mg) cannot be negative.'],
  ])('rejects a custom food with %o (%s) and saves nothing', async (change, field, message) => {
    const { db, repo } = setup();
    const errors = await fieldErrors(
      repo.addCustomFood({ name: 'Granola', per100g: { ...per100g, ...change } }),
    );
    expect(errors[field]).toBe(message);
    expect(await db.customFoods.count()).toBe(0);
  });

  it('saves a recipe of known foods and refuses an unknown ingredient', async () => {
    const { db, repo } = setup();
    await repo.addRecipe({ name: 'Salad', servings: 2, ingredients: [{ food: spinach, grams: 100 }] });
    const errors = await fieldErrors(
      repo.addRecipe({
        name: 'Bad',
        servings: 2,
        ingredients: [{ food: { source: 'usda', id: '00000' }, grams: 100 }],
      }),
    );
    expect(errors['ingredients.0.food']).toBe('Unknown food: choose one from the list.');
    expect(await db.recipes.count()).toBe(1);
  });
});

describe('shopping check-offs', () => {
  it('ticks, unticks and keeps extra items per week', async () => {
    const { repo } = setup();
    await repo.setChecked('2026-03-02', 'usda:11457', true);
    await repo.setChecked('2026-03-02', 'usda:11457', false);
    await repo.addExtraItem('2026-03-02', { text: 'Dish soap' });
    const rows = await repo.listShoppingItems('2026-03-02');
    expect(rows.map((r) => [r.key.split(':')[0], r.checked, r.text])).toEqual([
      ['usda', false, null],
      ['extra', false, 'Dish soap'],
    ]);
    expect(await repo.listShoppingItems('2026-03-09')).toEqual([]);
  });
});
