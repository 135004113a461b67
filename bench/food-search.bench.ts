// food_search_p95_ms: p95 latency of one search over all 8,050 USDA foods, across a fixed list of realistic queries.
import { createFoodSearch } from '../src/shared/foods/food-search';
import { realisticFoodQueries } from '../src/shared/foods/food-search-queries';
import { loadUsdaFoodData } from '../src/shared/foods/load-usda-foods';

const { foods, searchIndex } = await loadUsdaFoodData();
const search = createFoodSearch(foods, searchIndex);

// Warm up the JIT and the ranking cache the way a session of typing would.
for (let round = 0; round < 5; round += 1) for (const query of realisticFoodQueries) search.search(query);

const samples: number[] = [];
for (let round = 0; round < 20; round += 1) {
  for (const query of realisticFoodQueries) {
    const start = performance.now();
    search.search(query, { limit: 50 });
    samples.push(performance.now() - start);
  }
}
samples.sort((a, b) => a - b);
const p95 = samples[Math.floor(samples.length * 0.95)]!;
console.log(`food_search_p95_ms: ${p95.toFixed(3)} ms`);
