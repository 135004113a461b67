import { describe, expect, it } from 'vitest';
import { foodKey, type Food } from './food-data';
import { createFoodCatalog } from './food-catalog';
import { combineFoodSearches, createFoodSearch } from './food-search';
import { foodUsageWeights } from './food-usage';
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

  it.each([
    // [query, what it must rank first, what it must rank below it]: the head beats a deeper match,
    // and the plain food beats a dish, oil, flour or salted form that contains the word.
    ['walnuts', 'Nuts, walnuts, english', 'Oil, walnut'],
    ['tuna', 'Fish, tuna, light, canned in water, drained solids', 'Fish, tuna salad'],
    ['peanuts', 'Peanuts, all types, raw', 'Peanuts, all types, cooked, boiled, with salt'],
    ['peanuts', 'Peanuts, all types, raw', 'Peanut flour, defatted'],
    ['sweet potato', 'Sweet potato, raw, unprepared', 'Sweet potato leaves, raw'],
    ['apple', 'Apples, raw, with skin', 'Rose-apples, raw'],
    ['water', 'Beverages, water, tap, drinking', 'Watercress, raw'],
    ['oatmeal', 'Oats', 'Bread, oatmeal'],
  ])('"%s" ranks "%s" above "%s"', (query, first, below) => {
    const names = topNames(query, 10_000);
    expect(names.indexOf(first)).toBeGreaterThanOrEqual(0);
    expect(names.indexOf(first)).toBeLessThan(names.indexOf(below) < 0 ? Infinity : names.indexOf(below));
  });

  it.each([
    // [query, a food it must find in its first 3]: US/UK synonyms and compound spellings.
    ['courgette', 'Squash, summer, zucchini, includes skin, raw'],
    ['aubergine', 'Eggplant, raw'],
    ['garbanzo', 'Chickpeas (garbanzo beans, bengal gram), mature seeds, cooked, boiled, without salt'],
    ['porridge', 'Oats'],
    ['cilantro', 'Coriander (cilantro) leaves, raw'],
    ['soy milk', 'Soymilk, chocolate, unfortified'],
    ['flax seeds', 'Seeds, flaxseed'],
    ['brazil nuts', 'Nuts, brazilnuts, dried, unblanched'],
    ['filberts', 'Nuts, hazelnuts or filberts'],
    ['cornflakes', 'Cereals ready-to-eat, RALSTON Corn Flakes'],
  ])('"%s" finds "%s"', (query, name) => {
    expect(topNames(query, 3)).toContain(name);
  });

  it('forgives one typo in a word of five letters or more, and no typo in shorter words', () => {
    expect(topNames('spinich', 3)).toContain('Spinach, raw'); // one letter wrong
    expect(topNames('spinahc', 3)).toContain('Spinach, raw'); // two letters swapped
    expect(search.search('kael')).toEqual([]); // four letters: "kale" is not guessed
    expect(search.search('spnihc')).toEqual([]); // two typos
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

  it('ranks USDA and own foods together when the searches are combined', () => {
    const both = combineFoodSearches([createFoodSearch(catalog.foods.slice(0, 2)), search]);
    expect(both.search('spinach salad', { limit: 1 })[0]!.key).toBe(foodKey('recipe', 'r1'));
    expect(both.search('spinach', { limit: 1 })[0]!.name).toBe('Spinach, raw');
  });
});

describe("a person's own foods", () => {
  const day = 86_400_000;
  const now = Date.UTC(2026, 2, 10);
  const key = (id: string) => foodKey('usda', id);
  const usage = foodUsageWeights(
    [
      { key: key('09040'), lastUsedEpochMs: now - day, count: 2 }, // bananas, raw: yesterday
      { key: key('11458'), lastUsedEpochMs: now - 3 * day, count: 5 }, // spinach, cooked, boiled, without salt
      { key: key('12061'), lastUsedEpochMs: now - 200 * day, count: 30 }, // almonds, long ago
    ],
    now,
  );

  it('rank first among equally good matches', () => {
    expect(topNames('spinach', 1)).toEqual(['Spinach, raw']);
    expect(search.search('spinach', { usage, limit: 1 })[0]!.id).toBe('11458');
    expect(search.search('spi', { usage, limit: 1 })[0]!.id).toBe('11458'); // while typing, too
  });

  it('do not outrank a better match: used spinach does not come first for "banana"', () => {
    expect(search.search('banana', { usage, limit: 1 })[0]!.id).toBe('09040');
    expect(search.search('bananas raw', { usage, limit: 1 })[0]!.id).toBe('09040');
    expect(search.search('almond milk', { usage, limit: 1 })[0]!.name).toMatch(/almond milk/);
  });

  it('are what an empty query shows, most used recently first', () => {
    expect(search.search('', { usage }).map((f) => f.id)).toEqual(['11458', '09040', '12061']);
    expect(search.search('', { usage: new Map() })).toEqual([]);
    // Ordered by magnesium, an empty query still browses every food.
    expect(search.search('', { usage, sort: 'magnesiumPer100g', limit: 3 })).toHaveLength(3);
  });

  it('weigh a use by how recent it is: half after two weeks', () => {
    const weights = foodUsageWeights(
      [
        { key: 'a', lastUsedEpochMs: now, count: 1 },
        { key: 'b', lastUsedEpochMs: now - 14 * day, count: 1 },
        { key: 'c', lastUsedEpochMs: now - 14 * day, count: 4 },
        { key: 'd', lastUsedEpochMs: now - 5000 * day, count: 1 }, // long ago, still above never used
        { key: 'e', lastUsedEpochMs: now + 3 * day, count: 1 }, // planned ahead counts as today
      ],
      now,
    );
    expect(Object.fromEntries(weights)).toEqual({ a: 1, b: 0.5, c: 2, d: 1e-9, e: 1 });
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
    ['leaves', 'leaf'], // irregular plural
    ["KELLOGG'S", 'kellogg'], // apostrophes dropped
  ])('"%s" → %s', (word, expected) => {
    expect(processTerm(word)).toBe(expected);
  });

  it('leaves short words alone', () => {
    expect(foldPlural('gas')).toBe('gas');
  });
});
