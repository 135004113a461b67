import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFoodCatalog, type CustomFoodInput } from './food-catalog';
import { combineFoodSearches, createFoodSearch } from './food-search';
import { formatRelevance, measureRelevance, relevanceCases } from './food-search-relevance';
import { splitWords, tokenize } from './food-words';
import { loadUsdaFoodData } from './load-usda-foods';

const { foods: usda, searchIndex } = await loadUsdaFoodData();
const search = createFoodSearch(usda, searchIndex);
/** Two names read the same when they have the same words (USDA has a few names differing only in punctuation). */
const sameWords = (a: string, b: string) =>
  [...new Set(tokenize(a))].sort().join(' ') === [...new Set(tokenize(b))].sort().join(' ');

describe('the relevance table of everyday queries', () => {
  it('has at least 60 queries, each once', () => {
    expect(relevanceCases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(relevanceCases.map((c) => c.query)).size).toBe(relevanceCases.length);
  });

  it('puts a right answer among the first three results of every query', () => {
    const { rows } = measureRelevance(search);
    expect(
      rows.filter((r) => !r.passed).map((r) => r.query),
      `Every query's top 3 (✗ marks a query without a right answer there):\n${formatRelevance(rows)}`,
    ).toEqual([]);
  });
});

// Hundreds of searches each: generous time on a busy machine (the bench measures speed, not these).
describe('search properties over the USDA table', { timeout: 30_000 }, () => {
  it('finds a food first by its exact name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...usda), (food) => {
        const first = search.search(food.name, { limit: 1 })[0];
        expect(first && sameWords(first.name, food.name), `"${food.name}" found "${first?.name}"`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("finds a person's own food first by its exact name, even when it is made of USDA words", () => {
    const usdaWord = fc.constantFrom(...usda.slice(0, 2000).flatMap((f) => splitWords(f.name)));
    fc.assert(
      fc.property(fc.array(usdaWord, { minLength: 1, maxLength: 5 }), (words) => {
        const name = words.join(' ');
        fc.pre(tokenize(name).length > 0);
        const mine: CustomFoodInput = {
          id: 'c1',
          name,
          group: 'My foods',
          per100g: { ...usda[0]!.per100g },
          portions: [],
        };
        const catalog = createFoodCatalog([], [mine]);
        const both = combineFoodSearches([createFoodSearch(catalog.foods), search]);
        const first = both.search(name, { limit: 1 })[0]!;
        expect(first.source === 'custom' || sameWords(first.name, name), `"${name}" → "${first.name}"`).toBe(
          true,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('never pushes a raw food down when "raw" is added to a query that finds it', () => {
    const rawFoods = usda.filter((f) => tokenize(f.name).includes('raw'));
    const query = fc.constantFrom(...rawFoods).chain((food) => {
      const words = splitWords(food.name).filter((w) => w.length >= 2 && w.toLowerCase() !== 'raw');
      // Words of its name in any order, some cut short as while typing.
      const typed = fc
        .constantFrom(...words)
        .chain((w) => fc.integer({ min: 2, max: w.length }).map((n) => w.slice(0, n)));
      return fc.tuple(fc.constant(food), fc.array(typed, { minLength: 1, maxLength: 3 }));
    });
    fc.assert(
      fc.property(query, ([food, words]) => {
        const position = (q: string) =>
          search.search(q, { limit: Infinity }).findIndex((f) => f.key === food.key);
        const before = position(words.join(' '));
        fc.pre(before >= 0);
        const after = position(`${words.join(' ')} raw`);
        expect(after, `"${words.join(' ')}": ${food.name} was #${before + 1}`).toBeGreaterThanOrEqual(0);
        expect(after).toBeLessThanOrEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});
