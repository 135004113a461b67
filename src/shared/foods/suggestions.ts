// Suggestions for a day under its magnesium target: common magnesium-rich foods in everyday portions.
import { foodKey, type Food } from './food-data';
import { formatFraction, pluralizeMeasure } from './household-measure';
import { magnesiumForGrams } from './portion-math';

/** NDB number, a short name, and which USDA measure to offer (matched on its description). */
export const suggestionCandidates: { id: string; label: string; portion: RegExp }[] = [
  { id: '12014', label: 'pumpkin seeds', portion: /^oz$/ },
  { id: '12006', label: 'chia seeds', portion: /^oz$/ },
  { id: '12061', label: 'almonds', portion: /^oz/ },
  { id: '12087', label: 'cashews', portion: /^oz$/ },
  { id: '11458', label: 'spinach, cooked', portion: /^cup$/ },
  { id: '16015', label: 'black beans, cooked', portion: /^cup$/ },
  { id: '11212', label: 'edamame', portion: /^cup$/ },
  { id: '19904', label: 'dark chocolate (70–85%)', portion: /^oz$/ },
  { id: '16098', label: 'peanut butter', portion: /^tbsp$/ },
  { id: '20137', label: 'quinoa, cooked', portion: /^cup$/ },
  { id: '20037', label: 'brown rice, cooked', portion: /^cup$/ },
  { id: '09040', label: 'banana', portion: /^medium/ },
];

export interface Suggestion {
  food: Food;
  portion: { amount: number; description: string };
  grams: number;
  magnesiumMg: number;
  /** "1 oz pumpkin seeds: +168 mg" */
  text: string;
}

/**
 * Up to `limit` additions for a day `shortfallMg` under target, skipping foods already planned that
 * day. Those that close the gap alone come first (smallest such first), then the richest.
 */
export function suggestAdditions(
  lookup: (key: string) => Food | undefined,
  shortfallMg: number,
  options: { exclude?: ReadonlySet<string>; limit?: number } = {},
): Suggestion[] {
  if (!(shortfallMg > 0)) return [];
  const out: Suggestion[] = [];
  for (const candidate of suggestionCandidates) {
    const key = foodKey('usda', candidate.id);
    if (options.exclude?.has(key)) continue;
    const food = lookup(key);
    const portion = food?.portions.find((p) => candidate.portion.test(p.description));
    if (!food || !portion) continue;
    const magnesiumMg = magnesiumForGrams(food.per100g.magnesiumMg, portion.grams);
    const measure = `${formatFraction(portion.amount)} ${pluralizeMeasure(portion.description.replace(/ \(.*\)$/, ''), portion.amount)}`;
    out.push({
      food,
      portion: { amount: portion.amount, description: portion.description },
      grams: portion.grams,
      magnesiumMg,
      text: `${measure} ${candidate.label}: +${Math.round(magnesiumMg)} mg`,
    });
  }
  const closes = (s: Suggestion) => s.magnesiumMg >= shortfallMg;
  out.sort((a, b) => {
    if (closes(a) !== closes(b)) return closes(a) ? -1 : 1;
    return closes(a) ? a.magnesiumMg - b.magnesiumMg : b.magnesiumMg - a.magnesiumMg;
  });
  return out.slice(0, options.limit ?? 4);
}
