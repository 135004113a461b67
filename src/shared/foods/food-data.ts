// The bundled USDA SR28 food table: its compact build-time form, and decoding it into foods with portions.

/** Nutrients per 100 g edible portion. `null` = USDA has no value (not zero). */
export interface FoodNutrients {
  kcal: number | null;
  magnesiumMg: number;
  proteinG: number | null;
  fiberG: number | null;
  calciumMg: number | null;
  potassiumMg: number | null;
  zincMg: number | null;
  vitaminB6Mg: number | null;
}

export const nutrientKeys = [
  'kcal',
  'magnesiumMg',
  'proteinG',
  'fiberG',
  'calciumMg',
  'potassiumMg',
  'zincMg',
  'vitaminB6Mg',
] as const satisfies readonly (keyof FoodNutrients)[];

/** The foods.csv column behind each nutrient. */
export const nutrientCsvColumns: Record<(typeof nutrientKeys)[number], string> = {
  kcal: 'kcal_100g',
  magnesiumMg: 'magnesium_mg_100g',
  proteinG: 'protein_g_100g',
  fiberG: 'fiber_g_100g',
  calciumMg: 'calcium_mg_100g',
  potassiumMg: 'potassium_mg_100g',
  zincMg: 'zinc_mg_100g',
  vitaminB6Mg: 'vitamin_b6_mg_100g',
};

export interface Portion {
  /** USDA sequence number within the food (custom foods: 1, 2, …). */
  seq: number;
  amount: number;
  description: string;
  grams: number;
}

export type FoodSource = 'usda' | 'custom' | 'recipe';

export interface Food {
  /** `usda:11457`, `custom:<id>`, `recipe:<id>`: unique across sources. */
  key: string;
  source: FoodSource;
  /** USDA NDB number (5 characters, leading zeros kept), or the custom food / recipe id. */
  id: string;
  name: string;
  group: string;
  per100g: FoodNutrients;
  portions: Portion[];
}

/** Columnar form written by scripts/build-food-data.ts; one entry per foods.csv row, in file order. */
export interface CompactFoodData {
  citation: string;
  groups: string[];
  ids: string[];
  names: string[];
  groupIndex: number[];
  nutrients: Record<(typeof nutrientKeys)[number], (number | null)[]>;
  /** Food i's portions are entries portionStart[i] … portionStart[i + 1] - 1. */
  portionStart: number[];
  portionSeq: number[];
  portionAmount: number[];
  portionDescription: string[];
  portionGrams: number[];
}

export const foodKey = (source: FoodSource, id: string) => `${source}:${id}`;

/** Turns the columnar table into Food objects (a few ms for all 8,050). */
export function decodeFoodData(data: CompactFoodData): Food[] {
  const foods: Food[] = new Array(data.ids.length);
  for (let i = 0; i < data.ids.length; i += 1) {
    const id = data.ids[i]!;
    const portions: Portion[] = [];
    for (let p = data.portionStart[i]!; p < data.portionStart[i + 1]!; p += 1) {
      portions.push({
        seq: data.portionSeq[p]!,
        amount: data.portionAmount[p]!,
        description: data.portionDescription[p]!,
        grams: data.portionGrams[p]!,
      });
    }
    const n = data.nutrients;
    foods[i] = {
      key: foodKey('usda', id),
      source: 'usda',
      id,
      name: data.names[i]!,
      group: data.groups[data.groupIndex[i]!]!,
      per100g: {
        kcal: n.kcal[i] ?? null,
        magnesiumMg: n.magnesiumMg[i] ?? 0,
        proteinG: n.proteinG[i] ?? null,
        fiberG: n.fiberG[i] ?? null,
        calciumMg: n.calciumMg[i] ?? null,
        potassiumMg: n.potassiumMg[i] ?? null,
        zincMg: n.zincMg[i] ?? null,
        vitaminB6Mg: n.vitaminB6Mg[i] ?? null,
      },
      portions,
    };
  }
  return foods;
}

/** A CSV number cell: blank means "no value" (null), never 0. */
export function csvNumber(cell: string | undefined): number | null {
  if (cell === undefined || cell.trim() === '') return null;
  const value = Number(cell);
  if (!Number.isFinite(value)) throw new Error(`Not a number: "${cell}"`);
  return value;
}

export const usdaCitation =
  'US Department of Agriculture, Agricultural Research Service, Nutrient Data Laboratory. USDA National Nutrient Database for Standard Reference, Release 28. Version Current: September 2015. Public domain.';

/** Builds the compact form from the two CSV files' records (the build script and its test share this). */
export function compactFoodData(
  foodRecords: Record<string, string>[],
  portionRecords: Record<string, string>[],
): CompactFoodData {
  const groups: string[] = [];
  const groupIds = new Map<string, number>();
  const byFood = new Map<string, Record<string, string>[]>();
  for (const portion of portionRecords) {
    const list = byFood.get(portion.id!) ?? [];
    list.push(portion);
    byFood.set(portion.id!, list);
  }
  const data: CompactFoodData = {
    citation: usdaCitation,
    groups,
    ids: [],
    names: [],
    groupIndex: [],
    nutrients: Object.fromEntries(
      nutrientKeys.map((k) => [k, []]),
    ) as unknown as CompactFoodData['nutrients'],
    portionStart: [0],
    portionSeq: [],
    portionAmount: [],
    portionDescription: [],
    portionGrams: [],
  };
  for (const food of foodRecords) {
    const group = food.group!;
    if (!groupIds.has(group)) {
      groupIds.set(group, groups.length);
      groups.push(group);
    }
    data.ids.push(food.id!);
    data.names.push(food.name!);
    data.groupIndex.push(groupIds.get(group)!);
    for (const key of nutrientKeys) data.nutrients[key].push(csvNumber(food[nutrientCsvColumns[key]]));
    for (const portion of byFood.get(food.id!) ?? []) {
      data.portionSeq.push(csvNumber(portion.seq)!);
      data.portionAmount.push(csvNumber(portion.amount)!);
      data.portionDescription.push(portion.description!);
      data.portionGrams.push(csvNumber(portion.grams)!);
    }
    data.portionStart.push(data.portionSeq.length);
  }
  return data;
}
