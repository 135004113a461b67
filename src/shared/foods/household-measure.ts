// Grams as a household measure with a friendly fraction: 240 g of raw spinach → "about 8 cups".
import type { Portion } from './food-data';

/** Rounds to ¼ under 3, to ½ under 10, to whole numbers above. */
export function friendlyRound(count: number): number {
  if (count < 3) return Math.round(count * 4) / 4;
  if (count < 10) return Math.round(count * 2) / 2;
  return Math.round(count);
}

/** Fractions USDA measures use (½ cup, ⅓ package, ⅛ pie), as people write them. */
const fractionGlyphs: [number, string][] = [
  [1 / 8, '⅛'],
  [1 / 4, '¼'],
  [1 / 3, '⅓'],
  [3 / 8, '⅜'],
  [1 / 2, '½'],
  [5 / 8, '⅝'],
  [2 / 3, '⅔'],
  [3 / 4, '¾'],
  [7 / 8, '⅞'],
];

/** 2.5 → "2½", 0.25 → "¼", 0.333 → "⅓", 8 → "8", 1.2 → "1.2". USDA rounds thirds to 0.33 or 0.333. */
export function formatFraction(value: number): string {
  let whole = Math.floor(value);
  let part = value - whole;
  if (part > 0.985) [whole, part] = [whole + 1, 0];
  if (part < 0.015) return String(whole);
  const glyph = fractionGlyphs.find(([fraction]) => Math.abs(part - fraction) < 0.01)?.[1];
  if (!glyph) return String(Math.round(value * 100) / 100);
  return whole === 0 ? glyph : `${whole}${glyph}`;
}

const glyphValues = new Map(fractionGlyphs.map(([fraction, glyph]) => [glyph, fraction]));

/**
 * How many, as people type it: "2", "0.5", ".5", "1,5", "1/2", "½", "1½", "1 1/2", "1 ½" (or "-1").
 * Null when the text is not a number of that kind (the form then says what it accepts).
 */
export function parseCount(text: string): number | null {
  // A minus sign is read, so the amount check can say the count must be more than 0.
  const negative = /^\s*-/.test(text);
  if (negative) text = text.replace('-', '');
  const match = /^\s*(\d+(?:[.,]\d*)?|[.,]\d+)?\s*(?:([⅛¼⅓⅜½⅝⅔¾⅞])|(\d+)\s*\/\s*(\d+))?\s*$/.exec(text);
  if (!match || (!match[1] && !match[2] && !match[3])) return null;
  const [, number, glyph, numerator, denominator] = match;
  let value = 0;
  if (numerator && denominator) {
    if (Number(denominator) === 0) return null;
    // "1/2" alone is a fraction; "1 1/2" is one and a half.
    if (number && !/\s/.test(text.trim().slice(number.length, number.length + 1))) return null;
    value += Number(numerator) / Number(denominator);
  }
  if (number) value += Number(number.replace(',', '.'));
  if (glyph) value += glyphValues.get(glyph)!;
  return negative ? -value : value;
}

const plurals: Record<string, string> = {
  cup: 'cups',
  slice: 'slices',
  piece: 'pieces',
  bunch: 'bunches',
  leaf: 'leaves',
  stalk: 'stalks',
  clove: 'cloves',
  package: 'packages',
  can: 'cans',
  bar: 'bars',
  fillet: 'fillets',
  egg: 'eggs',
  fruit: 'fruits',
  pepper: 'peppers',
  head: 'heads',
  spear: 'spears',
  banana: 'bananas',
  avocado: 'avocados',
  potato: 'potatoes',
  carrot: 'carrots',
  tomato: 'tomatoes',
  almond: 'almonds',
  serving: 'servings',
};

/**
 * "cup, chopped" × 2 → "cups, chopped"; units like oz and tbsp do not change. A size USDA writes
 * straight after the unit reads as an aside: "cup 1\" pieces, loosely packed" → "cup (1\" pieces, …)".
 */
export function pluralizeMeasure(description: string, count: number): string {
  const match = /^([a-z]+)(.*)$/i.exec(description);
  if (!match) return description;
  const unit = count > 1 ? (plurals[match[1]!.toLowerCase()] ?? match[1]!) : match[1]!;
  const rest = /^ \d/.test(match[2]!) ? ` (${match[2]!.trim()})` : match[2]!;
  return `${unit}${rest}`;
}

/** Measures that say nothing to a shopper (or are only a label's serving). */
const unhelpful = /^(g|gram|grams|nlea serving|serving|serving.*packet)$/i;

export interface HouseholdMeasure {
  count: number;
  description: string;
  /** "about 8 cups" */
  text: string;
}

/** Measures a shopper counts in the shop ("3 medium bananas") rather than measures at home ("½ cup, mashed"). */
const countable = /^(medium|large|small|extra large|extra small|whole|each|fruit|piece|item)\b/i;

function measureWith(portion: Portion, grams: number, minCount: number): HouseholdMeasure | null {
  if (unhelpful.test(portion.description.trim()) || portion.grams <= 0 || portion.amount <= 0) return null;
  const count = friendlyRound((grams / portion.grams) * portion.amount);
  if (count < minCount || count > 24) return null;
  const description = pluralizeMeasure(portion.description, count);
  return { count, description, text: `about ${formatFraction(count)} ${description}` };
}

/**
 * A household measure for `grams`: a countable one ("medium") when it gives at least ½, else the
 * first USDA measure (USDA lists the primary one first) that gives between ¼ and 24 once rounded.
 * Null if none does.
 */
export function householdMeasure(portions: readonly Portion[], grams: number): HouseholdMeasure | null {
  if (!(grams > 0)) return null;
  for (const portion of portions) {
    const measure = countable.test(portion.description) ? measureWith(portion, grams, 0.5) : null;
    if (measure) return measure;
  }
  for (const portion of portions) {
    const measure = measureWith(portion, grams, 0.25);
    if (measure) return measure;
  }
  return null;
}

/** "240 g", "1.25 kg". */
export function formatGrams(grams: number): string {
  if (grams >= 1000) return `${Math.round(grams / 10) / 100} kg`;
  return `${grams < 10 ? Math.round(grams * 10) / 10 : Math.round(grams)} g`;
}

/** "Spinach, raw — 240 g (about 8 cups)" */
export function shoppingLine(name: string, portions: readonly Portion[], grams: number): string {
  const measure = householdMeasure(portions, grams);
  return `${name} — ${formatGrams(grams)}${measure ? ` (${measure.text})` : ''}`;
}

/** A planned portion as people say it: 1 × "cup, chopped" → "1 cup, chopped"; 2 × "cup" → "2 cups". */
export function portionLabel(portion: { amount: number; description: string }): string {
  return `${formatFraction(portion.amount)} ${pluralizeMeasure(portion.description, portion.amount)}`;
}

/** A household measure with its weight, as the portion list shows it: "3 oz (85 g)", "½ cup (78 g)". */
export function measureLabel(portion: Portion): string {
  return `${portionLabel(portion)} (${formatGrams(portion.grams)})`;
}
