// Search as you type over foods (USDA + own): a term index for matching, a food-aware quality factor for ranking.
import type { Food } from './food-data';
import { magnesiumPer100Kcal, magnesiumPerTypicalPortion } from './portion-math';
import { buildTermIndexData, createTermIndex, type TermIndexData } from './term-index';

const stopWords = new Set(['and', 'or', 'of', 'in', 'the', 'a', 'an', 'with', 'w']);

/**
 * A tiny plural folding so "almonds" finds "almond", "berries" finds "berry" and "tomatoes" finds
 * "tomato". Both the index and the query go through it, so it only has to be consistent.
 */
export function foldPlural(word: string): string {
  if (word.length <= 3) return word;
  const last = word[word.length - 1];
  if (last !== 's' && last !== 'y') return word;
  if (word.endsWith('ies')) return word.slice(0, -1); // berries → berrie
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ie`; // berry → berrie
  if (/(oes|ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2); // tomatoes → tomato
  if (/(ss|us|is)$/.test(word)) return word; // asparagus, hummus, molasses stay
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

const plainWord = /^[a-z0-9%]+$/;

export function processTerm(term: string): string | null {
  let word = term.toLowerCase();
  if (!plainWord.test(word)) {
    word = word
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9%]/g, '');
  }
  if (!word || stopWords.has(word)) return null;
  return foldPlural(word);
}

/** Groups people rarely mean when they type a plain food word. */
const lessLikelyGroups = new Set([
  'Baby Foods',
  'Fast Foods',
  'Restaurant Foods',
  'American Indian/Alaska Native Foods',
  'Meals, Entrees, and Side Dishes',
]);
/** Groups usually eaten cooked: prefer the boiled/cooked entry over the dry raw one. */
const eatenCookedGroups = new Set(['Legumes and Legume Products', 'Cereal Grains and Pasta']);

/**
 * How likely a food is the one meant, independent of the query: plain, short, generic names first;
 * raw (or cooked for beans and grains); own foods above USDA; and, among near-equal matches, the one
 * richer in magnesium (this is a magnesium planner).
 */
export function foodQuality(food: Food): number {
  const name = food.name.toLowerCase();
  const segments = food.name.split(',').length;
  let q = 1 / (1 + 0.12 * (segments - 1)) / (1 + 0.006 * food.name.length);
  if (food.source !== 'usda') q *= 1.5;
  if (lessLikelyGroups.has(food.group)) q *= 0.55;
  if (/\b[A-Z]{3,}/.test(food.name)) q *= 0.7; // brand names are printed in capitals
  if (eatenCookedGroups.has(food.group)) {
    if (/\b(cooked|boiled)\b/.test(name)) q *= 1.35;
    else if (/\b(raw|uncooked|dry)\b/.test(name)) q *= 0.75;
  } else if (/\braw\b/.test(name)) q *= 1.35;
  if (/\bwith salt\b/.test(name)) q *= 0.9;
  q *= 1 + 0.02 * Math.log10(1 + food.per100g.magnesiumMg);
  return q;
}

export type FoodSort = 'relevance' | 'magnesiumPer100g' | 'magnesiumPerPortion' | 'magnesiumPer100Kcal';

export interface FoodSearchOptions {
  group?: string | null;
  sort?: FoodSort;
  limit?: number;
}

export interface FoodSearchIndex {
  search(query: string, options?: FoodSearchOptions): Food[];
  foods: readonly Food[];
}

export function sortValue(food: Food, sort: Exclude<FoodSort, 'relevance'>): number {
  if (sort === 'magnesiumPer100g') return food.per100g.magnesiumMg;
  if (sort === 'magnesiumPerPortion') return magnesiumPerTypicalPortion(food) ?? -1;
  return magnesiumPer100Kcal(food.per100g) ?? -1;
}

/** Sorts by a magnesium measure, highest first (foods without the measure last). Stable. */
export function sortFoods(foods: readonly Food[], sort: FoodSort): Food[] {
  if (sort === 'relevance') return [...foods];
  const values = new Map(foods.map((f) => [f, sortValue(f, sort)]));
  return [...foods].sort((a, b) => values.get(b)! - values.get(a)!);
}

/** What is indexed for a food: its first comma segment (the USDA category: "Spinach", "Nuts") and the rest. */
function indexFields(food: Food) {
  const comma = food.name.indexOf(',');
  const head = comma < 0 ? food.name : food.name.slice(0, comma);
  // A one-word category ("Rice, brown") is a stronger match than a phrase ("Rice noodles").
  const headWeight = 2 + 2 / head.trim().split(/\s+/).length;
  return comma < 0
    ? [{ text: head, weight: headWeight }]
    : [
        { text: head, weight: headWeight },
        { text: food.name.slice(comma + 1), weight: 1 },
      ];
}

/** The index as arrays; the build script ships the USDA one prebuilt so loading skips this work. */
export function buildFoodIndexData(foods: readonly Food[]): TermIndexData {
  return buildTermIndexData(foods.map(indexFields), processTerm);
}

/** A search over `foods`, from a prebuilt index of exactly these foods if given. */
export function createFoodSearch(foods: readonly Food[], prebuilt?: TermIndexData): FoodSearchIndex {
  // Quality is only needed for matched foods: computed on first use, so building stays fast.
  const qualityCache = new Float64Array(foods.length).fill(Number.NaN);
  const quality = (doc: number) => {
    let q = qualityCache[doc]!;
    if (Number.isNaN(q)) q = qualityCache[doc] = foodQuality(foods[doc]!);
    return q;
  };
  const index = createTermIndex(prebuilt ?? buildFoodIndexData(foods), { processTerm });

  const run = (query: string, group: string | null, combineWith: 'AND' | 'OR', fuzzy: boolean) =>
    index.match(query, {
      combineWith,
      prefixLast: true,
      fuzzy,
      ...(group ? { filter: (doc: number) => foods[doc]!.group === group } : {}),
    });

  return {
    foods,
    search(query, options = {}) {
      const group = options.group ?? null;
      const limit = options.limit ?? 50;
      const sort = options.sort ?? 'relevance';
      if (!query.trim()) {
        const pool = group ? foods.filter((f) => f.group === group) : foods;
        return sortFoods(pool, sort === 'relevance' ? 'magnesiumPer100g' : sort).slice(0, limit);
      }
      let scores = run(query, group, 'AND', false);
      // Nothing with every word: forgive a typo, then accept foods matching most of the words.
      if (scores.size === 0) scores = run(query, group, 'AND', true);
      if (scores.size === 0) scores = run(query, group, 'OR', true);
      const ranked = [...scores].map(([doc, score]) => [doc, score * quality(doc)] as const);
      ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      const matched = ranked.map(([doc]) => foods[doc]!);
      return (sort === 'relevance' ? matched : sortFoods(matched, sort)).slice(0, limit);
    },
  };
}
