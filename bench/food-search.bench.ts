// food_search_p95_ms: p95 latency of one search over all 8,050 USDA foods, across a fixed list of realistic queries.
// food_search_relevance_top3_pct: share of the everyday queries in food-search-relevance.ts with a right answer in the top 3.
import { createFoodSearch } from '../src/shared/foods/food-search';
import { formatRelevance, measureRelevance } from '../src/shared/foods/food-search-relevance';
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

const relevance = measureRelevance(search);
const misses = relevance.rows.filter((row) => !row.passed);
if (misses.length > 0)
  console.error(`Queries without a right answer in the top 3:\n${formatRelevance(misses)}`);
console.log(`food_search_relevance_top3_pct: ${relevance.top3Pct.toFixed(1)} %`);
