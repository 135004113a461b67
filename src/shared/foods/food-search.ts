// Search as you type over foods (USDA + own): the everyday food first, then the person's own among equals.
import type { Food } from './food-data';
import { brandTestFor, describeFoodName, foodPlainness, plainnessFor, type FoodPlainness } from './food-name';
import { preparationWords, processTerm, splitWords, synonymsByFirstWord } from './food-words';
import { magnesiumPer100Kcal, magnesiumPerTypicalPortion } from './portion-math';
import { buildTermIndexData, createTermIndex, type TermIndex, type TermIndexData } from './term-index';

export type FoodSort = 'relevance' | 'magnesiumPer100g' | 'magnesiumPerPortion' | 'magnesiumPer100Kcal';

export interface FoodSearchOptions {
  group?: string | null;
  sort?: FoodSort;
  limit?: number;
  /**
   * The person's foods: food key → weight (see foodUsageWeights). They rank first among equally good
   * matches, and an empty query in relevance order lists them (without it, the richest foods).
   */
  usage?: ReadonlyMap<string, number>;
}

/**
 * A match and its rank, compared element by element (higher first): the share of the query's words
 * found; how much of the food's head the query covers (all, part, none); the person's use (their
 * foods first among equals); the name typed out (and then the fewest words beyond it); and last how
 * well the words sit (head beats deeper, a whole word beats a prefix or typo) times how plain the food is.
 */
export interface RankedFood {
  food: Food;
  rank: number[];
}

export interface FoodSearchIndex {
  search(query: string, options?: FoodSearchOptions): Food[];
  /** Every match with its rank, unsorted: for ranking several food lists together. */
  rank(query: string, options?: FoodSearchOptions): RankedFood[];
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

export function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return b[i]! - a[i]!;
  return 0;
}

/** The index as arrays; the build script ships the USDA one prebuilt so loading skips this work. */
export function buildFoodIndexData(foods: readonly Food[]): TermIndexData {
  return buildTermIndexData(foods.map((food) => describeFoodName(food.name, brandTestFor(food)).terms));
}

interface QueryWord {
  term: string;
  /** Also match longer words starting with it (the word may still be being typed). */
  prefix: boolean;
  /** Forgive one typo (words of five letters or more). */
  typo: boolean;
  /** A preparation word: it narrows the results and adds nothing to the score. */
  filter: boolean;
}

const maxReadings = 8;
const maxPartialCandidates = 60;
/** A word's match: whole word 1, one typo away 0.8 (surely meant), a longer word it starts ½ (one of many). */
const typoMatch = 0.8;
const prefixMatch = 0.5;

/** The query's words, then its other readings: synonyms, and compounds joined ("soy milk") or split ("cornflakes"). */
function queryReadings(query: string, index: TermIndex): QueryWord[][] {
  const words: QueryWord[] = [];
  for (const word of splitWords(query)) {
    const term = processTerm(word);
    if (!term || words.some((w) => w.term === term)) continue;
    const filter = preparationWords.has(term);
    words.push({ term, prefix: !filter && term.length >= 2, typo: !filter && word.length >= 5, filter });
  }
  if (words.length === 0) return [];
  const readings = [words];
  const seen = new Set([words.map((w) => w.term).join(' ')]);
  const add = (reading: QueryWord[]) => {
    const key = reading.map((w) => w.term).join(' ');
    if (readings.length < maxReadings && !seen.has(key)) {
      seen.add(key);
      readings.push(reading);
    }
  };
  const plain = (term: string, like: QueryWord): QueryWord => ({ ...like, term, typo: false });

  for (const word of words) {
    for (const synonym of synonymsByFirstWord.get(word.term) ?? []) {
      for (const reading of [...readings]) {
        const at = findPhrase(reading, synonym.words);
        if (at < 0) continue;
        const last = reading[at + synonym.words.length - 1]!;
        for (const alternative of synonym.alternatives) {
          add([
            ...reading.slice(0, at),
            ...alternative.map((term) => plain(term, last)),
            ...reading.slice(at + synonym.words.length),
          ]);
        }
      }
    }
  }
  for (const reading of [...readings]) {
    for (let i = 0; i + 1 < reading.length; i += 1) {
      const [a, b] = [reading[i]!, reading[i + 1]!];
      if (a.filter || b.filter) continue;
      const joined = a.term + b.term;
      const known = index.termId(joined) !== undefined || (b.prefix && index.hasCompletions(joined));
      if (known) add([...reading.slice(0, i), plain(joined, b), ...reading.slice(i + 2)]);
    }
    reading.forEach((word, i) => {
      if (word.filter || word.term.length < 6 || index.termId(word.term) !== undefined) return;
      for (let cut = 3; cut <= word.term.length - 3; cut += 1) {
        const [head, tail] = [word.term.slice(0, cut), foldPlural2(word.term.slice(cut))];
        if (index.termId(head) !== undefined && index.termId(tail) !== undefined) {
          add([...reading.slice(0, i), plain(head, word), plain(tail, word), ...reading.slice(i + 1)]);
          break;
        }
      }
    });
  }
  return readings;
}

/** The second half of a split word is a word of its own ("cornflakes" → "flakes" → "flake"). */
const foldPlural2 = (term: string) => processTerm(term) ?? term;

function findPhrase(reading: readonly QueryWord[], phrase: readonly string[]): number {
  for (let i = 0; i + phrase.length <= reading.length; i += 1) {
    if (phrase.every((term, k) => reading[i + k]!.term === term)) return i;
  }
  return -1;
}

/**
 * One query word's matches: per document its best score there (place × match) and the term it matched
 * (-1: none), with the documents touched. Reused between queries, so typing allocates little.
 */
interface WordHits {
  score: Float64Array;
  term: Int32Array;
  /** How much the match says the term was meant: 1 a whole word or a typo of one, ½ a prefix. */
  match: Float64Array;
  /** Only longer words start with it: a word still being typed ("sp"), which can match thousands. */
  prefixOnly: boolean;
  /** A preparation word: it narrows the matches. */
  filter: boolean;
  docs: number[];
}

/** The terms that say what a food is (preparation words left out), as one comparable key. */
const contentKey = (terms: Iterable<string>) =>
  [...new Set([...terms].filter((t) => !preparationWords.has(t)))].sort().join(' ');

/** A search over `foods`, from a prebuilt index of exactly these foods if given. */
export function createFoodSearch(foods: readonly Food[], prebuilt?: TermIndexData): FoodSearchIndex {
  const index = createTermIndex(prebuilt ?? buildFoodIndexData(foods));
  // What a name says is only needed for matched foods: worked out on first use, so building stays fast.
  const described: (
    | {
        plainness: FoodPlainness;
        /** The name's distinct terms, and those that are not preparation words, sorted. */
        terms: string[];
        contentKey: string;
        headTermIds: number[][];
        nextTermIds: number[];
      }
    | undefined
  )[] = new Array(foods.length);
  const describe = (doc: number) => {
    let entry = described[doc];
    if (!entry) {
      const food = foods[doc]!;
      const parts = describeFoodName(food.name, brandTestFor(food));
      entry = described[doc] = {
        plainness: foodPlainness(food, parts),
        terms: [...new Set(parts.terms.map(([t]) => t))],
        contentKey: contentKey(parts.terms.map(([t]) => t)),
        headTermIds: parts.head.map((reading) => reading.map((t) => index.termId(t) ?? -1)),
        nextTermIds: parts.next.map((t) => index.termId(t) ?? -1),
      };
    }
    return entry;
  };

  const pool: WordHits[] = [];
  const freshHits = (): WordHits => {
    const hits = pool.pop() ?? {
      score: new Float64Array(foods.length),
      match: new Float64Array(foods.length),
      term: new Int32Array(foods.length).fill(-1),
      docs: [],
      prefixOnly: false,
      filter: false,
    };
    return hits;
  };
  const release = (hits: WordHits) => {
    for (const doc of hits.docs) {
      hits.term[doc] = -1;
      hits.score[doc] = 0;
    }
    hits.docs.length = 0;
    pool.push(hits);
  };

  function matchWord(word: QueryWord, accept: (doc: number) => boolean): WordHits {
    const hits = freshHits();
    const visit = (term: number, match: number) => {
      const [from, to] = index.postingRange(term);
      for (let k = from; k < to; k += 1) {
        const doc = index.docs[k]!;
        const score = word.filter ? 0 : index.weights[k]! * match;
        if (hits.term[doc] === -1) {
          if (!accept(doc)) continue;
          hits.docs.push(doc);
        } else if (hits.score[doc]! >= score) continue;
        hits.term[doc] = term;
        hits.score[doc] = score;
        hits.match[doc] = match === prefixMatch ? prefixMatch : 1;
      }
    };
    const exact = index.termId(word.term);
    if (exact !== undefined) visit(exact, 1);
    if (word.prefix) for (const term of index.completions(word.term)) visit(term, prefixMatch);
    const near = exact === undefined && word.typo ? index.nearTerms(word.term) : [];
    for (const term of near) visit(term, typoMatch);
    hits.prefixOnly = exact === undefined && near.length === 0;
    hits.filter = word.filter;
    return hits;
  }

  function rank(query: string, options: FoodSearchOptions = {}): RankedFood[] {
    const group = options.group ?? null;
    const usage = options.usage;
    const accept = (doc: number) => !group || foods[doc]!.group === group;
    const own = (food: Food) => usage?.get(food.key) ?? (food.source === 'usda' ? 0 : 1e-12);
    const readings = queryReadings(query, index);
    if (readings.length === 0) {
      // Ordered by a magnesium measure, an empty query browses every food; by relevance, the person's.
      const theirs = usage && (options.sort ?? 'relevance') === 'relevance';
      const pool = foods.filter((f, doc) => accept(doc) && (!theirs || own(f) > 0));
      return pool.map((food) => ({ food, rank: [0, 0, own(food), 0, 0, food.per100g.magnesiumMg] }));
    }
    const queryTerms = new Set(readings.flat().map((w) => w.term));
    const typed = new Set(readings[0]!.map((w) => w.term));
    const typedKey = contentKey(typed);
    const best = new Map<number, number[]>();
    /** How surely the query named a term of the document: 1 as a word (or its typo), ½ as a prefix, 0 not. */
    const matchedBy = (words: readonly WordHits[], doc: number, term: number) => {
      let match = 0;
      for (let w = 0; w < words.length; w += 1) {
        if (words[w]!.term[doc] === term) match = Math.max(match, words[w]!.match[doc]!);
      }
      return match;
    };

    const consider = (doc: number, words: readonly WordHits[]) => {
      const info = describe(doc);
      let found = 0;
      let score = 0;
      let scored = 0;
      for (let w = 0; w < words.length; w += 1) {
        const hits = words[w]!;
        if (hits.term[doc] === -1) continue;
        found += 1;
        if (hits.score[doc]! > 0) {
          score += hits.score[doc]!;
          scored += 1;
        }
      }
      let cover = 0;
      for (let r = 0; r < info.headTermIds.length; r += 1) {
        const reading = info.headTermIds[r]!;
        let covered = 0;
        for (let k = 0; k < reading.length; k += 1) covered += matchedBy(words, doc, reading[k]!);
        cover = Math.max(cover, covered / reading.length);
      }
      // "parmesan" covers the variety of "Cheese, parmesan, hard": part of what the food is.
      const next = info.nextTermIds;
      if (cover < 1 && next.length > 0 && next.every((t) => matchedBy(words, doc, t) > 0))
        cover = Math.max(cover, 0.5);
      const food = foods[doc]!;
      // The name typed out: preparation words aside (so adding "raw" cannot reorder raw foods),
      // and then the name with the fewest words the query lacks.
      const typedOut = found === words.length && info.contentKey === typedKey;
      const rankKey = [
        found / words.length,
        cover === 1 ? 2 : cover > 0 ? 1 : 0,
        own(food),
        typedOut ? 1 : 0,
        typedOut ? -info.terms.filter((t) => !typed.has(t)).length : 0,
        (scored ? score / scored : 1) * plainnessFor(info.plainness, queryTerms),
      ];
      const previous = best.get(doc);
      if (!previous || compareRanks(rankKey, previous) < 0) best.set(doc, rankKey);
    };

    // The same word in several readings is matched once.
    const byWord = new Map<string, WordHits>();
    const hitsFor = (word: QueryWord) => {
      const key = `${word.term} ${word.prefix} ${word.typo} ${word.filter}`;
      let hits = byWord.get(key);
      if (!hits) byWord.set(key, (hits = matchWord(word, accept)));
      return hits;
    };
    try {
      const perReading = readings.map((reading) => reading.map(hitsFor));
      for (const words of perReading) {
        const naming = words.some((hits) => !hits.filter) ? words.filter((hits) => !hits.filter) : words;
        const narrowing = words.filter((hits) => !naming.includes(hits));
        const [smallest, ...rest] = [...naming].sort((a, b) => a.docs.length - b.docs.length);
        let matched: number[] = [];
        for (const doc of smallest!.docs) {
          let inAll = true;
          for (let w = 0; w < rest.length && inAll; w += 1) inAll = rest[w]!.term[doc] !== -1;
          if (inAll) matched.push(doc);
        }
        // A word still being typed ("sp") can match thousands: rank fully only those where the
        // words sit best (a prefix of the head first), so each keystroke stays within a frame.
        // Chosen before preparation words narrow them, so adding "raw" cannot change the choice.
        if (matched.length > maxPartialCandidates && naming.some((hits) => hits.prefixOnly)) {
          const placed = (doc: number) => naming.reduce((sum, hits) => sum + hits.score[doc]!, 0);
          const scores = new Map(matched.map((doc) => [doc, placed(doc)]));
          matched = matched.sort((a, b) => scores.get(b)! - scores.get(a)!).slice(0, maxPartialCandidates);
        }
        for (const doc of matched) {
          if (narrowing.every((hits) => hits.term[doc] !== -1)) consider(doc, words);
        }
      }
      if (best.size === 0) {
        // Nothing has every word: foods with most of them (the rest may be typos or words USDA lacks).
        for (const words of perReading) {
          const seen = new Set(words.flatMap((hits) => hits.docs));
          for (const doc of seen) consider(doc, words);
        }
      }
    } finally {
      for (const hits of byWord.values()) release(hits);
    }
    return [...best].map(([doc, rankKey]) => ({ food: foods[doc]!, rank: rankKey }));
  }

  return { foods, rank, search: (query, options) => rankedFoods([rank(query, options)], options) };
}

/** The best `limit` foods from ranked lists, in rank order (or all matches by the magnesium measure asked for). */
function rankedFoods(lists: RankedFood[][], options: FoodSearchOptions = {}): Food[] {
  const sort = options.sort ?? 'relevance';
  const limit = options.limit ?? 50;
  if (sort !== 'relevance')
    return sortFoods(
      lists.flat().map((r) => r.food),
      sort,
    ).slice(0, limit);
  // Keep only the best `limit` while going through the matches: most are turned away by one comparison.
  const top: RankedFood[] = [];
  for (const list of lists) {
    for (const entry of list) {
      if (top.length >= limit && compareRanks(entry.rank, top[top.length - 1]!.rank) >= 0) continue;
      let at = top.length;
      while (at > 0 && compareRanks(entry.rank, top[at - 1]!.rank) < 0) at -= 1;
      top.splice(at, 0, entry);
      if (top.length > limit) top.pop();
    }
  }
  return top.map((r) => r.food);
}

/** One search over several food lists (the USDA table and the person's own foods), ranked together. */
export function combineFoodSearches(searches: readonly FoodSearchIndex[]): FoodSearchIndex {
  const rank = (query: string, options?: FoodSearchOptions) =>
    searches.flatMap((s) => s.rank(query, options));
  return {
    foods: searches.flatMap((s) => s.foods),
    rank,
    search: (query, options) => rankedFoods([rank(query, options)], options),
  };
}
