// What a food's name tells search: where each word sits (head, next segment, deeper) and how plain the food is.
import type { Food } from './food-data';
import { categoryHeads, isBrandWord, preparationWords, processTerm, splitWords } from './food-words';

/** Weight of a word by where it sits: the food's head ("Spinach"), the next segment ("raw"), deeper. */
export const wordPlace = { head: 3, next: 2, deep: 1 } as const;

/** The name's comma segments; commas inside parentheses do not split ("Chickpeas (garbanzo beans, bengal gram)"). */
export function nameSegments(name: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < name.length; i += 1) {
    const c = name[i];
    if (c === '(') depth += 1;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      out.push(name.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(name.slice(start).trim());
  return out.filter(Boolean);
}

export interface FoodNameParts {
  /** Every term of the name with its place weight (brand and shelf-label words count as deep). */
  terms: [string, number][];
  /**
   * The head's terms, without brand and preparation words. "Nuts, hazelnuts or filberts" and
   * "Coriander (cilantro) leaves" have several readings: each is one list.
   */
  head: string[][];
  /** The next segment's terms: "Cheese, parmesan" is parmesan cheese, so a query covering them covers part of the food. */
  next: string[];
  /** The segments that say what the food is (shelf labels and brand-only segments left out). */
  segmentCount: number;
}

type BrandTest = (word: string) => boolean;

/** USDA prints brands in capitals; a person's own food names are theirs to write. */
export const brandTestFor = (food: Pick<Food, 'source'>): BrandTest =>
  food.source === 'usda' ? isBrandWord : () => false;

const contentTerms = (text: string, isBrand: BrandTest) =>
  splitWords(text)
    .filter((word) => !isBrand(word))
    .map(processTerm)
    .filter((term): term is string => term !== null && !preparationWords.has(term));

/** How the head reads: the text outside parentheses split at "or", and each parenthesis split at commas. */
function headReadings(head: string, isBrand: BrandTest): string[][] {
  const asides = [...head.matchAll(/\(([^)]*)\)/g)].flatMap((m) => m[1]!.split(','));
  const main = head.replace(/\([^)]*\)/g, ' ').split(/\bor\b/);
  return [...main, ...asides].map((text) => contentTerms(text, isBrand)).filter((terms) => terms.length > 0);
}

export function describeFoodName(name: string, isBrand: BrandTest = isBrandWord): FoodNameParts {
  const segments = nameSegments(name);
  const terms: [string, number][] = [];
  const addTerms = (text: string, place: number) => {
    for (const word of splitWords(text)) {
      const term = processTerm(word);
      if (term) terms.push([term, isBrand(word) ? wordPlace.deep : place]);
    }
  };
  let i = 0;
  while (i < segments.length - 1 && categoryHeads.has(segments[i]!.toLowerCase())) {
    addTerms(segments[i]!, wordPlace.deep);
    i += 1;
  }
  const meaningful: string[] = [];
  for (; i < segments.length; i += 1) {
    const segment = segments[i]!;
    if (contentTerms(segment, isBrand).length === 0 && meaningful.length === 0)
      addTerms(segment, wordPlace.deep);
    else meaningful.push(segment);
  }
  // A name of brand words only ("QUAKER, CAP'N CRUNCH"): its last segment is what the food is called.
  if (meaningful.length === 0 && segments.length > 0) {
    const last = segments[segments.length - 1]!;
    for (const word of splitWords(last)) {
      const term = processTerm(word);
      if (term) terms.push([term, wordPlace.head]);
    }
    return { terms, head: headReadings(last, () => false), next: [], segmentCount: 1 };
  }
  meaningful.forEach((segment, k) =>
    addTerms(segment, k === 0 ? wordPlace.head : k === 1 ? wordPlace.next : wordPlace.deep),
  );
  return {
    terms,
    head: meaningful[0] ? headReadings(meaningful[0], isBrand) : [],
    next: meaningful[1] ? contentTerms(meaningful[1], isBrand) : [],
    segmentCount: meaningful.length,
  };
}

/** A factor for something in the name people rarely mean, unless the query asks for one of its words. */
export interface NamePenalty {
  factor: number;
  /** The words that, typed, lift the penalty ("oil" for "Oil, walnut"). Empty: it always applies. */
  terms: string[];
}

const termList = (words: string) => words.split(' ').map((w) => processTerm(w)!);
/** The word lists foodPlainness checks, normalised once. */
const knownLists = new Map<string, string[]>();

/** Processed, mixed, flavoured or otherwise not the plain food (checked on the name's terms). */
const penaltyRules: { terms: string[]; factor: number; unless?: string[]; exceptIn?: string }[] = [
  { terms: termList('salt salted'), factor: 0.8, unless: termList('without unsalted') },
  { terms: termList('oil'), factor: 0.6 },
  { terms: termList('flour'), factor: 0.6 },
  { terms: termList('spread paste butter'), factor: 0.75 },
  { terms: termList('imitation substitute replacement analog like'), factor: 0.5 },
  {
    terms: termList(
      'salad sandwich soup stew casserole pie pizza burrito taco lasagna dinner entree dish sauce gravy crust cake cookie bread muffin bar pudding',
    ),
    factor: 0.7,
  },
  { terms: termList('breaded battered batter coated'), factor: 0.7 },
  { terms: termList('fried'), factor: 0.85 },
  { terms: termList('cured smoked'), factor: 0.85 },
  {
    terms: termList('liver heart gizzard giblets kidney tongue brain tripe spleen lung pancreas by-products'),
    factor: 0.6,
  },
  {
    terms: termList('dehydrated dried dry powder powdered instant concentrate mix evaporated condensed'),
    factor: 0.8,
    // USDA's "dried" nut or seed is the raw kernel.
    exceptIn: 'Nut and Seed Products',
  },
  { terms: termList('sweetened frosted glazed candied honey syrup sugared'), factor: 0.85 },
  {
    terms: termList(
      'vanilla chocolate strawberry fruit flavor flavored lemon cinnamon blueberry raspberry peach cherry',
    ),
    factor: 0.85,
  },
  { terms: termList('diet calorie sweetener sodium'), factor: 0.85 },
];

/** Groups people rarely mean when they type a plain food word. */
const lessLikelyGroups = new Set([
  'Baby Foods',
  'Fast Foods',
  'Restaurant Foods',
  'American Indian/Alaska Native Foods',
  'Meals, Entrees, and Side Dishes',
]);

/** Nutrition notes, not qualifiers: "with added vitamin D" does not make milk less everyday. */
const nutritionNote = /^(with|without) added\b|^(fortified|enriched|unenriched|not fortified)\b/i;

/** How long the name is without its nutrition notes and asides in parentheses. */
function describedLength(name: string): { segments: number; characters: number } {
  const kept = nameSegments(name.replace(/\([^)]*\)/g, '')).filter((segment) => !nutritionNote.test(segment));
  return { segments: kept.length, characters: kept.join(', ').length };
}

export interface FoodPlainness {
  /** How likely the food is the one meant whatever the query: plain, short, generic names first. */
  base: number;
  penalties: NamePenalty[];
  /** The base with every penalty applied: the plainness for most queries, worked out once. */
  penalized: number;
  /** Every word that lifts a penalty. */
  liftingTerms: string[];
}

/**
 * Raw (or cooked without salt for beans and grains), plain and short names score high; brands,
 * "with salt", oils, flours, spreads, mixed dishes, flavoured and instant forms carry a penalty that the
 * query can lift by naming it. Among near-equals the food richer in magnesium wins (a magnesium planner).
 */
export function foodPlainness(food: Food, parts: FoodNameParts): FoodPlainness {
  const all = new Set(parts.terms.map(([term]) => term));
  const has = (words: string) => {
    let terms = knownLists.get(words);
    if (!terms) knownLists.set(words, (terms = termList(words)));
    return terms.some((t) => all.has(t));
  };
  const salted = all.has('salt') && !has('without unsalted');
  const described = describedLength(food.name);
  let base = 1 / (1 + 0.1 * Math.max(0, described.segments - 1)) / (1 + 0.004 * described.characters);
  // USDA measured more household portions (cup, slice, medium) of foods people eat often.
  base *= 1 + 0.12 * Math.min(food.portions.length, 6);
  // Dry beans, lentils and grains are eaten cooked (peanuts, tofu and soymilk are legumes too, but not).
  const eatenCooked =
    food.group === 'Cereal Grains and Pasta' ||
    (food.group === 'Legumes and Legume Products' && has('mature lentil'));
  if (eatenCooked) {
    if (has('cooked boiled') && !salted) base *= 1.35;
    else if (has('raw uncooked dry')) base *= 0.75;
  } else if (has('raw')) base *= 1.35;
  if (has('without') && all.has('salt')) base *= 1.1;
  if (has('plain')) base *= 1.15;
  if (has('all')) base *= 1.15; // "all types", "all flavors": the generic entry
  if (has('brewed')) base *= 1.2;
  base *= 1 + 0.02 * Math.log10(1 + food.per100g.magnesiumMg);

  const penalties: NamePenalty[] = [];
  for (const rule of penaltyRules) {
    const found = rule.terms.filter((t) => all.has(t));
    if (rule.exceptIn === food.group) continue;
    if (found.length > 0 && !rule.unless?.some((t) => all.has(t)))
      penalties.push({ factor: rule.factor, terms: found });
  }
  for (const segment of nameSegments(food.name)) {
    // "with vegetables", "made with tofu": another food mixed in (not "with salt", "with skin", "with added …").
    if (/^(made )?with\b/i.test(segment) && !/^with (added|salt|skin|peel|bone)\b/i.test(segment)) {
      const terms = contentTerms(segment, brandTestFor(food)).filter((t) => t !== 'made');
      if (terms.length > 0) penalties.push({ factor: 0.8, terms });
    }
  }
  const brands = splitWords(food.name)
    .filter(brandTestFor(food))
    .map((w) => processTerm(w)!)
    .filter(Boolean);
  if (brands.length > 0) penalties.push({ factor: 0.6, terms: brands });
  if (lessLikelyGroups.has(food.group)) penalties.push({ factor: 0.55, terms: [] });
  return {
    base,
    penalties,
    penalized: penalties.reduce((q, penalty) => q * penalty.factor, base),
    liftingTerms: penalties.flatMap((penalty) => penalty.terms),
  };
}

/** The plainness for one query: penalties whose words the query names do not apply. */
export function plainnessFor(plainness: FoodPlainness, queryTerms: ReadonlySet<string>): number {
  if (!plainness.liftingTerms.some((t) => queryTerms.has(t))) return plainness.penalized;
  let q = plainness.base;
  for (const penalty of plainness.penalties) {
    if (!penalty.terms.some((t) => queryTerms.has(t))) q *= penalty.factor;
  }
  return q;
}
