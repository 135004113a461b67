// The bundled USDA SR28 food table: its compact build-time form, and decoding it into foods with portions.
import type { PackedTermIndex } from './term-index';

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
  /** The USDA foods' search index, prebuilt at build time (see food-search.ts and term-index.ts). */
  searchIndex?: PackedTermIndex;
  citation: string;
  groups: string[];
  ids: string[];
  names: string[];
  groupIndex: number[];
  nutrients: Record<(typeof nutrientKeys)[number], (number | null)[]>;
  /** How many portions food i has; they follow those of food i - 1 in the portion columns. */
  portionCount: number[];
  portionSeq: number[];
  portionAmount: number[];
  /** Each distinct description once ("cup", "oz", …); portionDescriptionIndex points into it. */
  portionDescriptions: string[];
  portionDescriptionIndex: number[];
  portionGrams: number[];
}

export const foodKey = (source: FoodSource, id: string) => `${source}:${id}`;

/**
 * A USDA food read from the columnar table. Nutrients and portions are built on first access: at
 * start-up only the 8,050 small shells are made, which keeps loading the table well under budget.
 */
class UsdaFood implements Food {
  readonly source = 'usda' as const;
  readonly key: string;
  readonly name: string;
  readonly group: string;
  #per100g: FoodNutrients | null = null;
  #portions: Portion[] | null = null;

  constructor(
    private readonly data: CompactFoodData,
    private readonly index: number,
    private readonly firstPortion: number,
    readonly id: string,
  ) {
    this.key = foodKey('usda', id);
    this.name = data.names[index]!;
    this.group = data.groups[data.groupIndex[index]!]!;
  }

  get per100g(): FoodNutrients {
    if (!this.#per100g) {
      const n = this.data.nutrients;
      const i = this.index;
      this.#per100g = {
        kcal: n.kcal[i] ?? null,
        magnesiumMg: n.magnesiumMg[i] ?? 0,
        proteinG: n.proteinG[i] ?? null,
        fiberG: n.fiberG[i] ?? null,
        calciumMg: n.calciumMg[i] ?? null,
        potassiumMg: n.potassiumMg[i] ?? null,
        zincMg: n.zincMg[i] ?? null,
        vitaminB6Mg: n.vitaminB6Mg[i] ?? null,
      };
    }
    return this.#per100g;
  }

  get portions(): Portion[] {
    if (!this.#portions) {
      const d = this.data;
      const portions: Portion[] = [];
      const end = this.firstPortion + d.portionCount[this.index]!;
      for (let p = this.firstPortion; p < end; p += 1) {
        portions.push({
          seq: d.portionSeq[p]!,
          amount: d.portionAmount[p]!,
          description: d.portionDescriptions[d.portionDescriptionIndex[p]!]!,
          grams: d.portionGrams[p]!,
        });
      }
      this.#portions = portions;
    }
    return this.#portions;
  }
}

/** Turns the columnar table into Food objects, in file order. */
export function decodeFoodData(data: CompactFoodData): Food[] {
  const foods: Food[] = new Array(data.ids.length);
  let firstPortion = 0;
  for (let i = 0; i < data.ids.length; i += 1) {
    foods[i] = new UsdaFood(data, i, firstPortion, data.ids[i]!);
    firstPortion += data.portionCount[i]!;
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
  const descriptionIds = new Map<string, number>();
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
    portionCount: [],
    portionSeq: [],
    portionAmount: [],
    portionDescriptions: [],
    portionDescriptionIndex: [],
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
      const description = portion.description!;
      if (!descriptionIds.has(description)) {
        descriptionIds.set(description, data.portionDescriptions.length);
        data.portionDescriptions.push(description);
      }
      data.portionDescriptionIndex.push(descriptionIds.get(description)!);
      data.portionGrams.push(csvNumber(portion.grams)!);
    }
    data.portionCount.push(byFood.get(food.id!)?.length ?? 0);
  }
  return data;
}
