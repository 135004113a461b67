// Everyday food queries (US and UK, as people type them) with the USDA foods that answer them, for the test and the bench.
import type { FoodSearchIndex } from './food-search';

export interface RelevanceCase {
  query: string;
  /** A USDA name that is a right answer; the query passes if one of its first three results matches. */
  accept: RegExp;
}

export const relevanceCases: RelevanceCase[] = [
  // The examples: the everyday food, not a dish, oil or flour that contains the word.
  { query: 'tuna', accept: /^Fish, tuna, (fresh|light|white|skipjack|yellowfin)/ },
  { query: 'yogurt', accept: /^Yogurt, (Greek, )?plain/ },
  { query: 'oatmeal', accept: /^(Oats$|Cereals, oats)/ },
  { query: 'tea', accept: /^Beverages, tea, (black|green|Oolong).*brewed/ },
  { query: 'apple', accept: /^Apples, raw/ },
  { query: 'soy milk', accept: /^Soymilk/ },
  { query: 'flax seeds', accept: /^Seeds, flaxseed$/ },
  { query: 'peanuts', accept: /^Peanuts, all types, (raw|.*without salt)/ },
  { query: 'corn flakes', accept: /Corn Flakes$/ },
  { query: 'cornflakes', accept: /Corn Flakes$/ },
  { query: 'beer', accept: /^Alcoholic beverages?, beer/ },
  { query: 'water', accept: /^(Beverages, water, tap|Water, bottled, generic)/ },
  { query: 'walnuts', accept: /^Nuts, walnuts/ },
  { query: 'sweet potato', accept: /^Sweet potato, (raw|cooked)/ },
  // Plain fruit and vegetables, singular and plural.
  { query: 'banana', accept: /^Bananas, raw/ },
  { query: 'bananas', accept: /^Bananas, raw/ },
  { query: 'spinach', accept: /^Spinach, (raw|cooked)/ },
  { query: 'broccoli', accept: /^Broccoli, (raw|cooked)/ },
  { query: 'carrots', accept: /^Carrots, (raw|cooked)/ },
  { query: 'carrot', accept: /^Carrots, (raw|cooked)/ },
  { query: 'potato', accept: /^Potatoes, (flesh and skin, raw|.*baked|boiled)/ },
  { query: 'onion', accept: /^Onions, (raw|cooked)/ },
  { query: 'garlic', accept: /^Garlic, raw/ },
  { query: 'tomatoes', accept: /^Tomatoes, (red, )?.*raw/ },
  { query: 'avocado', accept: /^Avocados, raw/ },
  { query: 'orange', accept: /^Oranges, raw/ },
  { query: 'orange juice', accept: /^Orange juice, (raw|chilled)/ },
  { query: 'blueberries', accept: /^Blueberries, (raw|wild)/ },
  { query: 'strawberries', accept: /^Strawberries, raw/ },
  { query: 'grapes', accept: /^Grapes, (red or green|american)/ },
  { query: 'kale', accept: /^Kale, raw/ },
  { query: 'mushrooms', accept: /^Mushrooms, (white|brown)/ },
  { query: 'peas', accept: /^Peas, green, (raw|frozen|cooked)/ },
  { query: 'green beans', accept: /^Beans, snap, green/ },
  { query: 'sweetcorn', accept: /^Corn, sweet/ },
  // US and UK words for the same food.
  { query: 'courgette', accept: /^Squash, summer, zucchini/ },
  { query: 'zucchini', accept: /^Squash, summer, zucchini/ },
  { query: 'aubergine', accept: /^Eggplant, (raw|cooked)/ },
  { query: 'porridge', accept: /^(Oats$|Cereals, oats)/ },
  { query: 'cilantro', accept: /^Coriander \(cilantro\) leaves/ },
  { query: 'coriander', accept: /^(Coriander \(cilantro\) leaves|Spices, coriander)/ },
  { query: 'rocket', accept: /^Arugula, raw/ },
  { query: 'prawns', accept: /^Crustaceans, shrimp/ },
  { query: 'mince', accept: /^Beef, ground/ },
  { query: 'ground beef', accept: /^Beef, ground/ },
  { query: 'crisps', accept: /^Snacks, potato chips, plain/ },
  { query: 'yoghurt', accept: /^Yogurt, (Greek, )?plain/ },
  { query: 'chickpeas', accept: /^Chickpeas/ },
  { query: 'garbanzo beans', accept: /^Chickpeas/ },
  { query: 'beetroot', accept: /^Beets, (raw|cooked)/ },
  { query: 'swede', accept: /^Rutabagas, (raw|cooked)/ },
  { query: 'spring onions', accept: /^Onions, spring or scallions/ },
  { query: 'semi skimmed milk', accept: /^Milk, reduced fat/ },
  { query: 'wholemeal bread', accept: /^Bread, whole-wheat/ },
  // Compound spellings and nuts.
  { query: 'soymilk', accept: /^Soymilk/ },
  { query: 'flaxseed', accept: /^Seeds, flaxseed$/ },
  { query: 'brazil nuts', accept: /^Nuts, brazilnuts/ },
  { query: 'filberts', accept: /^Nuts, hazelnuts or filberts/ },
  { query: 'hazelnuts', accept: /^Nuts, hazelnuts or filberts/ },
  { query: 'almonds', accept: /^Nuts, almonds$/ },
  { query: 'cashews', accept: /^Nuts, cashew nuts/ },
  { query: 'pumpkin seeds', accept: /^Seeds, pumpkin/ },
  { query: 'chia seeds', accept: /^Seeds, chia/ },
  { query: 'peanut butter', accept: /^Peanut butter, (smooth|chunk)/ },
  // Everyday staples, dairy, meat and fish.
  { query: 'milk', accept: /^Milk, (whole|reduced fat|lowfat|nonfat)/ },
  { query: 'eggs', accept: /^Egg, whole, (raw|cooked)/ },
  { query: 'cheddar cheese', accept: /^Cheese, cheddar/ },
  { query: 'butter', accept: /^Butter, (salted|without salt)/ },
  { query: 'chicken breast', accept: /^Chicken, broilers? or fryers, breast/ },
  { query: 'salmon', accept: /^Fish, salmon, (Atlantic|pink|sockeye|coho|chinook), (wild, )?raw/ },
  { query: 'brown rice', accept: /^Rice, brown/ },
  { query: 'rice', accept: /^Rice, (white|brown)/ },
  { query: 'bread', accept: /^Bread, (white|whole-wheat|wheat|multi-grain|rye)/ },
  { query: 'pasta', accept: /^Pasta, (cooked|dry|whole-wheat)/ },
  { query: 'black beans', accept: /^Beans, black, mature seeds/ },
  { query: 'lentils', accept: /^Lentils, (mature seeds, cooked|raw)/ },
  { query: 'quinoa', accept: /^Quinoa/ },
  { query: 'tofu', accept: /^Tofu, (raw|firm|soft|extra firm)/ },
  { query: 'oats', accept: /^(Oats$|Cereals, oats)/ },
  { query: 'coffee', accept: /^Beverages, coffee, brewed/ },
  { query: 'olive oil', accept: /^Oil, olive/ },
  { query: 'dark chocolate', accept: /^Chocolate, dark/ },
  { query: 'honey', accept: /^Honey$/ },
  { query: 'hummus', accept: /^Hummus/ },
  { query: 'wine', accept: /^Alcoholic beverages?, wine/ },
  // As typed: typos and words not finished yet.
  { query: 'brocoli', accept: /^Broccoli, (raw|cooked)/ },
  { query: 'avacado', accept: /^Avocados, raw/ },
  { query: 'spinich', accept: /^Spinach, (raw|cooked)/ },
  { query: 'bannana', accept: /^Bananas, raw/ },
  { query: 'chiken breast', accept: /^Chicken, broilers? or fryers, breast/ },
  { query: 'tomatos', accept: /^Tomatoes, (red, )?.*raw/ },
  { query: 'almo', accept: /^Nuts, almonds$/ },
  { query: 'sweet pot', accept: /^Sweet potato, (raw|cooked)/ },
];

export interface RelevanceRow {
  query: string;
  top3: string[];
  passed: boolean;
}

/** Runs every case: the share (in %) whose first three results hold a right answer, and each row. */
export function measureRelevance(
  search: FoodSearchIndex,
  cases: readonly RelevanceCase[] = relevanceCases,
): { top3Pct: number; rows: RelevanceRow[] } {
  const rows = cases.map(({ query, accept }) => {
    const top3 = search.search(query, { limit: 3 }).map((f) => f.name);
    return { query, top3, passed: top3.some((name) => accept.test(name)) };
  });
  return { top3Pct: (100 * rows.filter((r) => r.passed).length) / rows.length, rows };
}

/** The rows as a table for a failure message: every query with its top 3, the misses marked. */
export function formatRelevance(rows: readonly RelevanceRow[]): string {
  return rows
    .map((r) => `${r.passed ? '  ' : '✗ '}${r.query.padEnd(20)} ${r.top3.join(' | ') || '(nothing)'}`)
    .join('\n');
}
