import { describe, expect, it } from 'vitest';
import {
  customFoodInputSchema,
  extraShoppingItemSchema,
  mealItemInputSchema,
  recipeInputSchema,
} from './meal-schemas';

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
const food = (change: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  name: 'Granola',
  per100g: { ...per100g, ...change },
  portions: [],
  ...extra,
});
const portion = (description: string) => ({ amount: 1, description, grams: 60 });
const spinach = { source: 'usda', id: '11457' };
const recipe = (ingredientCount: number) => ({
  name: 'Salad',
  servings: 2,
  ingredients: Array.from({ length: ingredientCount }, () => ({ food: spinach, grams: 10 })),
});
const item = (change: Record<string, unknown>) => ({
  date: '2026-06-10',
  slot: 'lunch',
  food: spinach,
  grams: 100,
  ...change,
});

type Schema = {
  safeParse(input: unknown): { error?: { issues: { path: PropertyKey[]; message: string }[] } };
};

describe('bounds on meal, food and recipe input', () => {
  it.each<[string, Schema, unknown, string | null]>([
    // [what, schema, input, field refused (null: accepted)]
    ['magnesium 100,000 mg per 100 g', customFoodInputSchema, food({ magnesiumMg: 100_000 }), null],
    [
      'magnesium 100,001 mg per 100 g',
      customFoodInputSchema,
      food({ magnesiumMg: 100_001 }),
      'per100g.magnesiumMg',
    ],
    [
      'magnesium 1e308 mg (totals would become Infinity)',
      customFoodInputSchema,
      food({ magnesiumMg: 1e308 }),
      'per100g.magnesiumMg',
    ],
    ['calcium 100,001 mg', customFoodInputSchema, food({ calciumMg: 100_001 }), 'per100g.calciumMg'],
    [
      'vitamin B6 100,001 mg',
      customFoodInputSchema,
      food({ vitaminB6Mg: 100_001, magnesiumMg: 0 }),
      'per100g.vitaminB6Mg',
    ],
    ['900 kcal per 100 g (pure fat)', customFoodInputSchema, food({ kcal: 900 }), null],
    ['901 kcal per 100 g', customFoodInputSchema, food({ kcal: 901 }), 'per100g.kcal'],
    ['protein 100 g per 100 g', customFoodInputSchema, food({ proteinG: 100, magnesiumMg: 0 }), null],
    [
      'protein 101 g per 100 g',
      customFoodInputSchema,
      food({ proteinG: 101, magnesiumMg: 0 }),
      'per100g.proteinG',
    ],
    ['fibre 101 g per 100 g', customFoodInputSchema, food({ fiberG: 101, magnesiumMg: 0 }), 'per100g.fiberG'],
    [
      'protein and fibre 100 g together',
      customFoodInputSchema,
      food({ proteinG: 60, fiberG: 40, magnesiumMg: 0 }),
      null,
    ],
    [
      'protein and fibre 100.5 g together',
      customFoodInputSchema,
      food({ proteinG: 60, fiberG: 40.5, magnesiumMg: 0 }),
      'per100g.proteinG',
    ],
    [
      '99 g protein and 1,000 mg magnesium (100 g)',
      customFoodInputSchema,
      food({ proteinG: 99, magnesiumMg: 1000 }),
      null,
    ],
    [
      '99 g protein and 1,500 mg magnesium (100.5 g)',
      customFoodInputSchema,
      food({ proteinG: 99, magnesiumMg: 1500 }),
      'per100g.proteinG',
    ],
    ['food name at 120', customFoodInputSchema, food({}, { name: 'g'.repeat(120) }), null],
    ['food name at 121', customFoodInputSchema, food({}, { name: 'g'.repeat(121) }), 'name'],
    [
      'portion description at 200',
      customFoodInputSchema,
      food({}, { portions: [portion('p'.repeat(200))] }),
      null,
    ],
    [
      'portion description at 201',
      customFoodInputSchema,
      food({}, { portions: [portion('p'.repeat(201))] }),
      'portions.0.description',
    ],
    [
      '20 portions',
      customFoodInputSchema,
      food({}, { portions: Array.from({ length: 20 }, () => portion('bowl')) }),
      null,
    ],
    [
      '21 portions',
      customFoodInputSchema,
      food({}, { portions: Array.from({ length: 21 }, () => portion('bowl')) }),
      'portions',
    ],
    ['100 ingredients', recipeInputSchema, recipe(100), null],
    ['101 ingredients', recipeInputSchema, recipe(101), 'ingredients'],
    ['10,000 ingredients', recipeInputSchema, recipe(10_000), 'ingredients'],
    ['recipe name at 121', recipeInputSchema, { ...recipe(1), name: 'r'.repeat(121) }, 'name'],
    ['a meal on 2100-12-31', mealItemInputSchema, item({ date: '2100-12-31' }), null],
    ['a meal on 2101-01-01', mealItemInputSchema, item({ date: '2101-01-01' }), 'date'],
    ['a meal on 9999-12-31', mealItemInputSchema, item({ date: '9999-12-31' }), 'date'],
    ['a portion of 1,000', mealItemInputSchema, item({ portion: { amount: 1000, description: 'g' } }), null],
    [
      'a portion of 1,001',
      mealItemInputSchema,
      item({ portion: { amount: 1001, description: 'g' } }),
      'portion.amount',
    ],
    [
      'a portion described in 201 characters',
      mealItemInputSchema,
      item({ portion: { amount: 1, description: 'c'.repeat(201) } }),
      'portion.description',
    ],
    [
      'a food id of 101 characters',
      mealItemInputSchema,
      item({ food: { source: 'usda', id: '1'.repeat(101) } }),
      'food.id',
    ],
    ['a shopping item of 200 characters', extraShoppingItemSchema, { text: 's'.repeat(200) }, null],
    ['a shopping item of 201 characters', extraShoppingItemSchema, { text: 's'.repeat(201) }, 'text'],
  ])('%s', (_what, schema, input, refusedField) => {
    const fields = (schema.safeParse(input).error?.issues ?? []).map((issue) => issue.path.join('.'));
    if (refusedField === null) expect(fields).toEqual([]);
    else expect(fields).toContain(refusedField);
  });

  it('says what the nutrients add up to when they weigh more than the food', () => {
    const issues = customFoodInputSchema.safeParse(food({ proteinG: 60, fiberG: 45, magnesiumMg: 0 })).error
      ?.issues;
    expect(issues?.map((issue) => issue.message)).toEqual([
      'Protein, fibre and minerals add up to 105 g in 100 g of food; together they cannot be more than 100 g. Check the figures.',
    ]);
  });

  it('says the limit for a single nutrient', () => {
    const issues = customFoodInputSchema.safeParse(food({ magnesiumMg: 1e308 })).error?.issues;
    expect(issues?.map((issue) => issue.message)).toEqual([
      'Magnesium (mg) cannot be more than 100,000 mg per 100 g; check the label.',
    ]);
  });
});
