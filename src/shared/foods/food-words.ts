// The words of food names and queries: one normal form for both, and the US/UK synonyms people type.

const stopWords = new Set(['and', 'or', 'of', 'in', 'the', 'a', 'an', 'with', 'w', 'to', 'for']);

/** Plurals that do not end in a plain "s" or "es". */
const irregularPlurals: Record<string, string> = {
  leaves: 'leaf',
  loaves: 'loaf',
  halves: 'half',
  knives: 'knife',
  calves: 'calf',
  geese: 'goose',
};

/**
 * A small plural folding so "almonds" finds "almond", "berries" finds "berry" and "tomatoes" finds
 * "tomato". Both the index and the query go through it, so it only has to be consistent.
 * (The npm stemmer package, Porter's algorithm, was tried in its place and did worse on the relevance
 * table, 97.8 % against 100 %: "soy" stems to "soi", so "soy milk" no longer meets "soymilk" and
 * "cornflakes" no longer splits, and "generic" and "general" become one word. Food names need plurals.)
 */
export function foldPlural(word: string): string {
  if (word.length <= 3) return word;
  const irregular = irregularPlurals[word];
  if (irregular) return irregular;
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

/**
 * Results by input, for processTerm and splitWords: USDA names repeat their words and segments ("raw",
 * "without salt") thousands of times, and describing a food on first sight must stay cheap.
 */
function remembered<T>(work: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let result = seen.get(text);
    if (result === undefined && !seen.has(text)) {
      if (seen.size > 50_000) seen.clear();
      seen.set(text, (result = work(text)));
    }
    return result as T;
  };
}

/** One word in its normal form (lower case, no accents or apostrophes, plural folded); null for stop words. */
export const processTerm = remembered(normalizeTerm);

function normalizeTerm(term: string): string | null {
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

/** Characters between words: white space and , ; : / ( ) [ ] " & + . - */
const separators = new Set([...' \t\n\r,;:/()[]"&+.-'].map((c) => c.charCodeAt(0)));

/** The words of a text, as typed (not yet normalised). The same array for the same text: do not change it. */
export const splitWords: (text: string) => readonly string[] = remembered(scanWords);

function scanWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i += 1) {
    const between = i === text.length || separators.has(text.charCodeAt(i));
    if (between && start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    } else if (!between && start < 0) start = i;
  }
  return words;
}

export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const word of splitWords(text)) {
    const term = processTerm(word);
    if (term) out.push(term);
  }
  return out;
}

/**
 * Words that say how a food is prepared. In a query they only narrow the results: where they sit in a
 * USDA name says nothing about how likely the food is meant, so they add nothing to its score
 * (and adding "raw" to a query can only lift a raw food, never push it down).
 */
export const preparationWords = new Set(
  ['raw', 'cooked', 'boiled', 'baked', 'roasted', 'fried', 'steamed', 'grilled', 'broiled', 'dried', 'fresh']
    .map((w) => processTerm(w)!)
    .filter(Boolean),
);

/**
 * Groups of words and phrases that name the same food, US and UK. A query containing one is also
 * read with each of the others.
 */
const synonymGroups: string[][] = [
  ['chickpea', 'garbanzo'],
  ['courgette', 'zucchini'],
  ['aubergine', 'eggplant'],
  ['porridge', 'oatmeal', 'oats'],
  ['coriander', 'cilantro'],
  ['rocket', 'arugula'],
  ['swede', 'rutabaga'],
  ['beetroot', 'beet'],
  ['prawn', 'shrimp'],
  ['mince', 'minced beef', 'ground beef'],
  ['spring onion', 'green onion', 'scallion'],
  ['crisps', 'potato chips'],
  ['yoghurt', 'yogurt'],
  ['capsicum', 'bell pepper', 'sweet pepper'],
  ['mangetout', 'mange tout', 'snow peas', 'edible podded peas'],
  ['broad beans', 'fava beans'],
  ['runner beans', 'green beans', 'string beans', 'snap beans'],
  ['maize', 'corn'],
  ['jacket potato', 'baked potato'],
  ['double cream', 'heavy cream'],
  ['single cream', 'light cream'],
  ['icing sugar', 'powdered sugar'],
  ['caster sugar', 'granulated sugar'],
  ['rapeseed oil', 'canola oil'],
  ['ketchup', 'catsup'],
  ['gammon', 'ham'],
  ['cos lettuce', 'romaine'],
  ['pak choi', 'bok choy', 'chinese cabbage'],
  ['semi skimmed milk', 'reduced fat milk'],
  ['skimmed milk', 'skim milk', 'nonfat milk'],
  ['wholemeal', 'whole wheat'],
  ['fizzy drink', 'soda', 'carbonated beverage'],
  ['sultana', 'golden raisins'],
  ['soya', 'soy'],
  ['filo', 'phyllo'],
  ['chilli', 'chili'],
  ['liquorice', 'licorice'],
  ['treacle', 'molasses'],
  ['cornflour', 'cornstarch'],
  ['kipper', 'kippered herring'],
  ['clementine', 'tangerine', 'mandarin'],
  ['groundnut', 'peanut'],
  ['lolly', 'candy'],
  ['kiwi', 'kiwifruit'],
  ['french fries', 'french fried potatoes'],
  ['jelly', 'gelatin dessert'],
];

export interface Synonym {
  /** The phrase as normalised words. */
  words: string[];
  /** The phrases it can be replaced by. */
  alternatives: string[][];
}

/** Synonyms by their first word, so a query looks up only the ones that can start at each of its words. */
export const synonymsByFirstWord = new Map<string, Synonym[]>();
for (const group of synonymGroups) {
  const phrases = group.map(tokenize);
  phrases.forEach((words, i) => {
    const list = synonymsByFirstWord.get(words[0]!) ?? [];
    list.push({ words, alternatives: phrases.filter((_, j) => j !== i) });
    synonymsByFirstWord.set(words[0]!, list);
  });
}

/**
 * First segments USDA uses as a shelf label rather than the food ("Fish, tuna, …", "Nuts, walnuts, …",
 * "Beverages, tea, …"): the next segment is then the food's head.
 */
export const categoryHeads = new Set([
  'alcoholic beverage',
  'alcoholic beverages',
  'babyfood',
  'beverages',
  'candies',
  'cereals',
  'cereals ready-to-eat',
  'crustaceans',
  'fast food',
  'fast foods',
  'fish',
  'formulated bar',
  'frozen novelties',
  'game meat',
  'infant formula',
  'leavening agents',
  'mollusks',
  'nuts',
  'restaurant',
  'school lunch',
  'seeds',
  'snacks',
  'spices',
  'sweeteners',
  'usda commodity',
  'vegetables',
]);

/** A brand or trade name: USDA prints them in capitals ("KELLOGG'S", "McDONALD'S"). */
export const isBrandWord = (word: string) => /[A-Z]{3,}/.test(word);
