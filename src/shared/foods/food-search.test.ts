import { describe, expect, it } from 'vitest';
import { foodKey, type Food } from './food-data';
import { createFoodCatalog } from './food-catalog';
import { createFoodSearch } from './food-search';
import { foldPlural, processTerm } from './food-words';
import { loadUsdaFoods } from './load-usda-foods';
import { typicalPortion } from './portion-math';

const usda = await loadUsdaFoods();
const search = createFoodSearch(usda);
const topNames = (query: string, n: number) => search.search(query, { limit: n }).map((f) => f.name);

describe('food search ranking over all USDA foods', () => {
  it.each([
    // [query, expected name, within the first n]
    ['spinach', 'Spinach, raw', 3],
    ['almonds', 'Nuts, almonds', 1],
    ['pumpkin seeds', 'Seeds, pumpkin and squash seed kernels, dried', 1],
    ['dark chocolate', 'Chocolate, dark, 70-85% cacao solids', 1],
    ['black beans', 'Beans, black, mature seeds, cooked, boiled, without salt', 1],
    ['seeds pumpkin', 'Seeds, pumpkin and squash seed kernels, dried', 1], // word order does not matter
    ['almond', 'Nuts, almonds', 1], // singular finds the plural
    ['pumpkin seed', 'Seeds, pumpkin and squash seed kernels, dried', 1],
    ['chocolate dark', 'Chocolate, dark, 70-85% cacao solids', 1],
    ['beans black', 'Beans, black, mature seeds, cooked, boiled, without salt', 1],
    ['Spinach', 'Spinach, raw', 3], // case does not matter
    ['spi', 'Spinach, raw', 3], // typing: prefix of the last word
    ['pumpkin se', 'Seeds, pumpkin and squash seed kernels, dried', 1],
    ['spinich', 'Spinach, raw', 3], // a typo
    ['banana', 'Bananas, raw', 1],
    ['kale', 'Kale, raw', 1],
    ['chia', 'Seeds, chia seeds, dried', 1],
    ['cashews', 'Nuts, cashew nuts, raw', 1],
    ['quinoa', 'Quinoa, cooked', 1],
    ['brown rice', 'Rice, brown, long-grain, cooked', 3],
    ['tomatoes', 'Tomatoes, green, raw', 5],
  ])('"%s" finds "%s" among the first %d', (query, name, n) => {
    expect(topNames(query, n)).toContain(name);
  });

  it('returns nothing for words that match no food', () => {
    expect(search.search('xqzv')).toEqual([]);
  });

  it('filters by food group', () => {
    const results = search.search('seeds', { group: 'Nut and Seed Products', limit: 100 });
    expect(results.length).toBeGreaterThan(5);
    expect(results.every((f) => f.group === 'Nut and Seed Products')).toBe(true);
  });

  it('sorts matches by magnesium per 100 g, highest first', () => {
    const results = search.search('seeds', { sort: 'magnesiumPer100g', limit: 20 });
    const values = results.map((f) => f.per100g.magnesiumMg);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(results[0]!.per100g.magnesiumMg).toBeGreaterThan(500);
  });

  it('sorts by magnesium per typical portion and per 100 kcal', () => {
    const perPortion = search.search('nuts', { sort: 'magnesiumPerPortion', limit: 10 });
    const mg = perPortion.map((f) => (f.per100g.magnesiumMg * (typicalPortion(f)?.grams ?? 0)) / 100);
    expect(mg).toEqual([...mg].sort((a, b) => b - a));
    const perKcal = search.search('spinach', { sort: 'magnesiumPer100Kcal', limit: 10 });
    const ratio = perKcal.map((f) => f.per100g.magnesiumMg / f.per100g.kcal!);
    expect(ratio).toEqual([...ratio].sort((a, b) => b - a));
  });

  it("takes 1 oz as the typical portion of nuts and seeds, and USDA's first measure for other foods", () => {
    const byId = (id: string) => search.foods.find((f) => f.id === id)!;
    // Pumpkin seed kernels: USDA lists "cup" (129 g) first, then "oz" (28.35 g).
    expect(typicalPortion(byId('12014'))).toMatchObject({ description: 'oz', grams: 28.35 });
    expect(typicalPortion(byId('12061'))!.description).toMatch(/^oz/); // almonds
    expect(typicalPortion(byId('11457'))).toEqual(byId('11457').portions[0]); // spinach, raw
  });

  it('browses the richest foods of a group with an empty query', () => {
    const results = search.search('', { group: 'Vegetables and Vegetable Products', limit: 5 });
    expect(results).toHaveLength(5);
    expect(results.every((f) => f.group === 'Vegetables and Vegetable Products')).toBe(true);
    expect(results[0]!.per100g.magnesiumMg).toBeGreaterThanOrEqual(results[4]!.per100g.magnesiumMg);
  });
});

describe('own foods and recipes in search', () => {
  const myFood = {
    id: 'c1',
    name: 'Grandma granola',
    group: 'My foods',
    per100g: {
      kcal: 450,
      magnesiumMg: 120,
      proteinG: 10,
      fiberG: null,
      calciumMg: null,
      potassiumMg: null,
      zincMg: null,
      vitaminB6Mg: null,
    },
    portions: [{ amount: 1, description: 'bowl', grams: 60 }],
  };
  const recipe = {
    id: 'r1',
    name: 'Spinach almond salad',
    servings: 2,
    ingredients: [
      { food: { source: 'usda' as const, id: '11457' }, grams: 100 },
      { food: { source: 'usda' as const, id: '12061' }, grams: 30 },
    ],
  };
  const catalog = createFoodCatalog(usda, [myFood], [recipe]);
  const withOwn = createFoodSearch(catalog.foods);

  it('finds a custom food by a word of its name', () => {
    expect(withOwn.search('granola', { limit: 3 }).map((f: Food) => f.key)).toContain(
      foodKey('custom', 'c1'),
    );
  });

  it('finds a recipe next to the USDA foods it shares words with', () => {
    expect(withOwn.search('spinach salad', { limit: 3 })[0]!.key).toBe(foodKey('recipe', 'r1'));
  });
});

describe('query words are normalised the same way as names', () => {
  it.each([
    ['Almonds', 'almond'],
    ['berries', 'berrie'],
    ['berry', 'berrie'], // both plural forms meet in the middle
    ['tomatoes', 'tomato'],
    ['peaches', 'peach'],
    ['asparagus', 'asparagus'], // not a plural
    ['molasses', 'molass'],
    ['and', null], // stop word
    ['Entrée', 'entree'], // accents folded
  ])('"%s" → %s', (word, expected) => {
    expect(processTerm(word)).toBe(expected);
  });

  it('leaves short words alone', () => {
    expect(foldPlural('gas')).toBe('gas');
  });
});
