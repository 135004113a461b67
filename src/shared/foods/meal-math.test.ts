import { describe, expect, it } from 'vitest';
import type { Food, FoodNutrients, Portion } from './food-data';
import { createFoodCatalog, recipeAsFood } from './food-catalog';
import {
  formatFraction,
  formatGrams,
  friendlyRound,
  householdMeasure,
  pluralizeMeasure,
  portionLabel,
  shoppingLine,
} from './household-measure';
import { totalMagnesiumMg, totalsByDate } from './meal-totals';
import {
  gramsForPortion,
  magnesiumForGrams,
  magnesiumPer100Kcal,
  nutrientsForGrams,
  roundMg,
} from './portion-math';
import { mergeShopping, sectionOf } from './shopping-list';
import { suggestAdditions } from './suggestions';

const nutrients = (magnesiumMg: number, kcal: number | null = 100): FoodNutrients => ({
  kcal,
  magnesiumMg,
  proteinG: 1,
  fiberG: null,
  calciumMg: 10,
  potassiumMg: null,
  zincMg: null,
  vitaminB6Mg: null,
});
const food = (id: string, name: string, group: string, mg: number, portions: Portion[] = []): Food => ({
  key: `usda:${id}`,
  source: 'usda',
  id,
  name,
  group,
  per100g: nutrients(mg),
  portions,
});
const spinach = food('11457', 'Spinach, raw', 'Vegetables and Vegetable Products', 79, [
  { seq: 1, amount: 1, description: 'cup', grams: 30 },
  { seq: 2, amount: 1, description: 'bunch', grams: 340 },
]);
const seeds = food('12014', 'Seeds, pumpkin and squash seed kernels, dried', 'Nut and Seed Products', 592, [
  { seq: 1, amount: 1, description: 'cup', grams: 129 },
  { seq: 2, amount: 1, description: 'oz', grams: 28.35 },
]);
const butter = food(
  '16098',
  'Peanut butter, smooth style, without salt',
  'Legumes and Legume Products',
  154,
  [{ seq: 1, amount: 2, description: 'tbsp', grams: 32 }],
);
const milk = food('01077', 'Milk, whole', 'Dairy and Egg Products', 10, [
  { seq: 1, amount: 1, description: 'cup', grams: 244 },
]);
const banana = food('09040', 'Bananas, raw', 'Fruits and Fruit Juices', 27, [
  { seq: 1, amount: 1, description: 'cup, mashed', grams: 225 },
  { seq: 5, amount: 1, description: 'medium (7" to 7-7/8" long)', grams: 118 },
]);
const catalog = createFoodCatalog([spinach, seeds, butter, milk]);

describe('portion and gram math', () => {
  it.each([
    // [mg per 100 g, grams, mg]
    [79, 30, 23.7], // 1 cup raw spinach (the data README's worked example)
    [592, 28.35, 167.832], // 1 oz pumpkin seeds
    [270, 0, 0], // zero grams
    [0, 250, 0], // a food with no magnesium (oil)
    [79, 5000, 3950], // the largest allowed amount
  ])('%d mg/100 g × %d g = %d mg', (per100, grams, mg) => {
    expect(magnesiumForGrams(per100, grams)).toBeCloseTo(mg, 6);
  });

  it.each([
    // [portion, count, grams]
    [{ seq: 1, amount: 1, description: 'cup', grams: 30 }, 1, 30],
    [{ seq: 1, amount: 1, description: 'cup', grams: 30 }, 2.5, 75],
    [{ seq: 1, amount: 2, description: 'tbsp', grams: 32 }, 1, 32], // the count multiplies "2 tbsp", not 1 tbsp
    [{ seq: 1, amount: 0.5, description: 'cup', grams: 60 }, 1, 60], // and "½ cup", not a cup
    [{ seq: 1, amount: 3, description: 'oz', grams: 85 }, 0.5, 42.5],
  ])('%o × %d = %d g', (portion, count, grams) => {
    expect(gramsForPortion(portion, count)).toBeCloseTo(grams, 6);
  });

  it('scales every nutrient and keeps a missing one missing', () => {
    const scaled = nutrientsForGrams(nutrients(80, 200), 50);
    expect(scaled.magnesiumMg).toBe(40);
    expect(scaled.kcal).toBe(100);
    expect(scaled.calciumMg).toBe(5);
    expect(scaled.fiberG).toBeNull();
  });

  it.each([
    [nutrients(79, 23), (79 / 23) * 100],
    [nutrients(0, 884), 0],
    [nutrients(5, 0), null], // no energy: no ratio
    [nutrients(5, null), null],
  ])('magnesium per 100 kcal of %o is %s', (per100g, expected) => {
    const value = magnesiumPer100Kcal(per100g);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 6);
  });

  it.each([
    [23.74, 24], // whole mg from 10 up
    [9.46, 9.5], // one decimal below 10
    [0.04, 0],
  ])('roundMg(%d) = %d', (mg, rounded) => {
    expect(roundMg(mg)).toBe(rounded);
  });
});

describe('totals per item, meal, day and week', () => {
  const items = [
    { date: '2026-03-02', slot: 'breakfast', food: { source: 'usda' as const, id: '12014' }, grams: 28.35 },
    { date: '2026-03-02', slot: 'breakfast', food: { source: 'usda' as const, id: '01077' }, grams: 244 },
    { date: '2026-03-02', slot: 'lunch', food: { source: 'usda' as const, id: '11457' }, grams: 60 },
    { date: '2026-03-03', slot: 'dinner', food: { source: 'usda' as const, id: '11457' }, grams: 100 },
    { date: '2026-03-03', slot: 'snack', food: { source: 'custom' as const, id: 'gone' }, grams: 50 }, // deleted food
  ];
  const days = totalsByDate(items, catalog.get);

  it('sums each slot of a day', () => {
    expect(days['2026-03-02']!.bySlot.breakfast).toBeCloseTo(167.832 + 24.4, 6);
    expect(days['2026-03-02']!.bySlot.lunch).toBeCloseTo(47.4, 6);
  });

  it('sums each day and counts its items', () => {
    expect(days['2026-03-02']!.magnesiumMg).toBeCloseTo(167.832 + 24.4 + 47.4, 6);
    expect(days['2026-03-02']!.itemCount).toBe(3);
  });

  it('counts an item whose food is gone without adding to the total', () => {
    expect(days['2026-03-03']).toMatchObject({ magnesiumMg: 79, itemCount: 2, unknownCount: 1 });
  });

  it('sums the week', () => {
    expect(totalMagnesiumMg(days)).toBeCloseTo(167.832 + 24.4 + 47.4 + 79, 6);
  });

  it('has no entry for an empty day', () => {
    expect(days['2026-03-04']).toBeUndefined();
  });
});

describe('recipes', () => {
  const recipe = {
    id: 'r1',
    name: 'Spinach with seeds',
    servings: 2,
    ingredients: [
      { food: { source: 'usda' as const, id: '11457' }, grams: 200 },
      { food: { source: 'usda' as const, id: '12014' }, grams: 50 },
    ],
  };

  it('gives nutrients per serving through a serving portion', () => {
    const dish = recipeAsFood(recipe, catalog.get)!;
    const serving = dish.portions[0]!;
    expect(serving).toMatchObject({ description: 'serving', grams: 125 });
    const perServing = magnesiumForGrams(dish.per100g.magnesiumMg, serving.grams);
    expect(perServing).toBeCloseTo((79 * 2 + 592 * 0.5) / 2, 6);
  });

  it('keeps a nutrient missing when any ingredient lacks it', () => {
    expect(recipeAsFood(recipe, catalog.get)!.per100g.fiberG).toBeNull();
  });

  it('cannot be made from an unknown ingredient', () => {
    const broken = {
      ...recipe,
      ingredients: [{ food: { source: 'usda' as const, id: '99999' }, grams: 10 }],
    };
    expect(recipeAsFood(broken, catalog.get)).toBeNull();
  });
});

describe('household measures', () => {
  it.each([
    // [count, rounded]
    [0.1, 0],
    [0.3, 0.25],
    [1.13, 1.25],
    [2.6, 2.5],
    [2.9, 3], // crosses into halves
    [7.3, 7.5],
    [12.4, 12],
  ])('friendlyRound(%d) = %d', (count, rounded) => {
    expect(friendlyRound(count)).toBe(rounded);
  });

  it.each([
    [0.25, '¼'],
    [0.5, '½'],
    [2.75, '2¾'],
    [8, '8'],
    [1.2, '1.2'],
    [0.33, '⅓'], // USDA writes a third as 0.33 or 0.333
    [0.667, '⅔'],
    [0.125, '⅛'],
    [0.99 * 3 + 0.03, '3'], // float noise around a whole number
  ])('formatFraction(%d) = %s', (value, text) => {
    expect(formatFraction(value)).toBe(text);
  });

  it.each([
    // [food, grams, expected text]
    [spinach, 240, 'about 8 cups'],
    [spinach, 45, 'about 1½ cups'],
    [spinach, 1020, 'about 3 bunches'], // too many cups: the next measure
    [seeds, 28.35, 'about ¼ cup'],
    [butter, 48, 'about 3 tbsp'], // the USDA row is for 2 tbsp
    [milk, 1.5, null], // too little for any measure
    [banana, 354, 'about 3 medium (7" to 7-7/8" long)'], // counted in the shop, not in cups
    [banana, 40, 'about ¼ cup, mashed'], // under half a banana: the kitchen measure
  ])('%s: %d g → %s', (f, grams, text) => {
    expect(householdMeasure(f.portions, grams)?.text ?? null).toBe(text);
  });

  it('writes the shopping line with grams and the measure', () => {
    expect(shoppingLine('Spinach, raw', spinach.portions, 240)).toBe('Spinach, raw — 240 g (about 8 cups)');
    expect(shoppingLine('Milk', [], 1500)).toBe('Milk — 1.5 kg');
  });

  it.each([
    [1234, '1.23 kg'],
    [240, '240 g'],
    [2.25, '2.3 g'],
  ])('formatGrams(%d) = %s', (grams, text) => {
    expect(formatGrams(grams)).toBe(text);
  });

  it.each([
    // [description, count, expected]
    ['cup, chopped', 2, 'cups, chopped'],
    ['cup 1" pieces, loosely packed', 5, 'cups (1" pieces, loosely packed)'], // kale: a size straight after the unit
    ['cup 1" pieces, loosely packed', 1, 'cup (1" pieces, loosely packed)'],
    ['fl oz', 8, 'fl oz'], // not a size: left as it is
    ['large (8" to 8-7/8" long)', 2, 'large (8" to 8-7/8" long)'],
    ['oz', 3, 'oz'],
  ])('reads %j × %d as %j', (description, count, expected) => {
    expect(pluralizeMeasure(description, count)).toBe(expected);
  });

  it('labels a planned portion in words', () => {
    expect(portionLabel({ amount: 2, description: 'cup, chopped' })).toBe('2 cups, chopped');
    expect(portionLabel({ amount: 0.5, description: 'cup' })).toBe('½ cup');
  });
});

describe('shopping list', () => {
  const items = [
    { food: { source: 'usda' as const, id: '11457' }, grams: 120 },
    { food: { source: 'usda' as const, id: '11457' }, grams: 120 },
    { food: { source: 'usda' as const, id: '01077' }, grams: 244 },
    { food: { source: 'usda' as const, id: '12014' }, grams: 28.35 },
    { food: { source: 'recipe' as const, id: 'r1' }, grams: 250 },
    { food: { source: 'usda' as const, id: '00000' }, grams: 5 },
  ];
  const recipes = [
    {
      id: 'r1',
      name: 'Seedy spinach',
      servings: 2,
      ingredients: [
        { food: { source: 'usda' as const, id: '11457' }, grams: 400 },
        { food: { source: 'usda' as const, id: '12014' }, grams: 100 },
      ],
    },
  ];
  const list = mergeShopping(items, catalog.get, recipes);

  it('sums grams per food, splitting recipes into ingredients', () => {
    const entries = list.sections.flatMap((s) => s.entries);
    expect(entries.find((e) => e.key === 'usda:11457')!.grams).toBeCloseTo(240 + 200, 6);
    expect(entries.find((e) => e.key === 'usda:12014')!.grams).toBeCloseTo(28.35 + 50, 6);
  });

  it('groups by store section in walking order', () => {
    expect(list.sections.map((s) => s.name)).toEqual([
      'Fruit and vegetables',
      'Dairy and eggs',
      'Beans, nuts and seeds',
    ]);
  });

  it('reports foods it could not find instead of guessing', () => {
    expect(list.unknownKeys).toEqual(['usda:00000']);
  });

  it.each([
    ['Vegetables and Vegetable Products', 'Fruit and vegetables'],
    ['Finfish and Shellfish Products', 'Meat and fish'],
    ['My foods', 'Other'],
  ])('shelves %s under %s', (group, section) => {
    expect(sectionOf(group)).toBe(section);
  });
});

describe('suggestions for a day under target', () => {
  it('offers pumpkin seeds by the ounce with their gain', () => {
    const suggestions = suggestAdditions(catalog.get, 150);
    expect(suggestions[0]!.text).toBe('1 oz pumpkin seeds: +168 mg');
  });

  it('offers nothing when the day is on target', () => {
    expect(suggestAdditions(catalog.get, 0)).toEqual([]);
    expect(suggestAdditions(catalog.get, -20)).toEqual([]);
  });

  it('skips foods already planned that day', () => {
    const suggestions = suggestAdditions(catalog.get, 150, { exclude: new Set(['usda:12014']) });
    expect(suggestions.map((s) => s.food.id)).not.toContain('12014');
  });

  it('puts additions that close the gap alone first, smallest first', () => {
    const suggestions = suggestAdditions(catalog.get, 20);
    expect(suggestions.map((s) => s.food.id)).toEqual(['16098', '12014']);
  });
});
