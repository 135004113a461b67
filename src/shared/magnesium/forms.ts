// The magnesium supplement forms and product units, with the words people see for them.
export const magnesiumFormIds = [
  'l-threonate',
  'glycinate',
  'citrate',
  'malate',
  'taurate',
  'oxide',
  'chloride',
  'lactate',
  'gluconate',
  'sulfate',
  'carbonate',
  'hydroxide',
  'aspartate',
  'orotate',
  'other',
] as const;
export type MagnesiumFormId = (typeof magnesiumFormIds)[number];

export const magnesiumFormLabels: Record<MagnesiumFormId, string> = {
  'l-threonate': 'L-threonate',
  glycinate: 'Glycinate / bisglycinate',
  citrate: 'Citrate',
  malate: 'Malate',
  taurate: 'Taurate',
  oxide: 'Oxide',
  chloride: 'Chloride',
  lactate: 'Lactate',
  gluconate: 'Gluconate',
  sulfate: 'Sulfate',
  carbonate: 'Carbonate',
  hydroxide: 'Hydroxide',
  aspartate: 'Aspartate',
  orotate: 'Orotate',
  other: 'Other or a blend',
};

export const productUnitIds = ['capsule', 'tablet', 'scoop', 'gram'] as const;
export type ProductUnitId = (typeof productUnitIds)[number];

/** Singular and plural words for an amount of a unit. */
export function unitWord(unit: ProductUnitId, amount: number): string {
  const one = amount === 1;
  switch (unit) {
    case 'capsule':
      return one ? 'capsule' : 'capsules';
    case 'tablet':
      return one ? 'tablet' : 'tablets';
    case 'scoop':
      return one ? 'scoop' : 'scoops';
    case 'gram':
      return one ? 'gram of powder' : 'grams of powder';
  }
}

/** The smallest amount a person can take: whole capsules, tablets and scoops; a tenth of a gram of powder. */
export function unitQuantum(unit: ProductUnitId): number {
  return unit === 'gram' ? 0.1 : 1;
}
