import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDb, type MealPlanRow } from '../../db/schema';
import { foodMagnesiumByDate } from './food-magnesium';

const row = (id: string, date: string, food: MealPlanRow['food'], grams: number): MealPlanRow => ({
  id,
  date,
  slot: 'lunch',
  food,
  grams,
  portion: null,
  order: 0,
  createdAtEpochMs: 0,
  updatedAtEpochMs: 0,
});

describe('food magnesium by date', () => {
  it('sums USDA foods, own foods and recipes per date within the range', async () => {
    const db = createDb({ name: 'food-mg', indexedDB: new IDBFactory(), IDBKeyRange });
    await db.customFoods.add({
      id: 'granola',
      name: 'Granola',
      group: 'My foods',
      per100g: {
        kcal: 450,
        magnesiumMg: 100,
        proteinG: null,
        fiberG: null,
        calciumMg: null,
        potassiumMg: null,
        zincMg: null,
        vitaminB6Mg: null,
      },
      portions: [],
      createdAtEpochMs: 0,
      updatedAtEpochMs: 0,
    });
    await db.recipes.add({
      id: 'salad',
      name: 'Salad',
      servings: 2,
      ingredients: [{ food: { source: 'usda', id: '11457' }, grams: 200, portion: null }],
      createdAtEpochMs: 0,
      updatedAtEpochMs: 0,
    });
    await db.mealPlan.bulkAdd([
      row('a', '2026-03-02', { source: 'usda', id: '11457' }, 30), // spinach 79 mg/100 g → 23.7
      row('b', '2026-03-02', { source: 'custom', id: 'granola' }, 50), // → 50
      row('c', '2026-03-03', { source: 'recipe', id: 'salad' }, 100), // spinach dish → 79
      row('d', '2026-03-03', { source: 'custom', id: 'deleted' }, 100), // counted, adds nothing
      row('e', '2026-03-09', { source: 'usda', id: '12014' }, 28.35), // outside the range
    ]);
    const result = await foodMagnesiumByDate(db, '2026-03-02', '2026-03-08');
    expect(Object.keys(result).sort()).toEqual(['2026-03-02', '2026-03-03']);
    expect(result['2026-03-02']!.magnesiumMg).toBeCloseTo(73.7, 6);
    expect(result['2026-03-02']!.itemCount).toBe(2);
    expect(result['2026-03-03']).toEqual({ magnesiumMg: 79, itemCount: 2 });
  });

  it('sees a custom food changed or removed since the catalog was built', async () => {
    const db = createDb({ name: 'food-mg-cache', indexedDB: new IDBFactory(), IDBKeyRange });
    const food = (magnesiumMg: number, updatedAtEpochMs: number) => ({
      id: 'seeds',
      name: 'Seeds',
      group: 'My foods',
      per100g: {
        kcal: 550,
        magnesiumMg,
        proteinG: null,
        fiberG: null,
        calciumMg: null,
        potassiumMg: null,
        zincMg: null,
        vitaminB6Mg: null,
      },
      portions: [],
      createdAtEpochMs: 0,
      updatedAtEpochMs,
    });
    await db.customFoods.add(food(300, 1));
    await db.mealPlan.add(row('a', '2026-03-02', { source: 'custom', id: 'seeds' }, 10));
    const read = async () => (await foodMagnesiumByDate(db, '2026-03-02', '2026-03-02'))['2026-03-02'];
    expect(await read()).toEqual({ magnesiumMg: 30, itemCount: 1 });
    await db.customFoods.put(food(500, 2));
    expect(await read()).toEqual({ magnesiumMg: 50, itemCount: 1 });
    await db.customFoods.delete('seeds');
    expect(await read()).toEqual({ magnesiumMg: 0, itemCount: 1 });
  });
});
