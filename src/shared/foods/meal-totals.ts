// Magnesium totals for planned meal items: per item, per meal slot, per day and per week.
import { foodKey, type Food, type FoodSource } from './food-data';
import { magnesiumForGrams } from './portion-math';

export interface PlannedItem {
  date: string;
  slot: string;
  food: { source: FoodSource; id: string };
  grams: number;
}

/** Magnesium in one planned item; null when the food is unknown (deleted custom food, say). */
export function itemMagnesiumMg(item: PlannedItem, lookup: (key: string) => Food | undefined): number | null {
  const food = lookup(foodKey(item.food.source, item.food.id));
  return food ? magnesiumForGrams(food.per100g.magnesiumMg, item.grams) : null;
}

export interface DayTotals {
  magnesiumMg: number;
  itemCount: number;
  bySlot: Record<string, number>;
  /** Items whose food could not be found (counted, not summed). */
  unknownCount: number;
}

/** Sums items by date, and within a date by slot. */
export function totalsByDate(
  items: readonly PlannedItem[],
  lookup: (key: string) => Food | undefined,
): Record<string, DayTotals> {
  const out: Record<string, DayTotals> = {};
  for (const item of items) {
    const day = (out[item.date] ??= { magnesiumMg: 0, itemCount: 0, bySlot: {}, unknownCount: 0 });
    day.itemCount += 1;
    const mg = itemMagnesiumMg(item, lookup);
    if (mg === null) {
      day.unknownCount += 1;
      continue;
    }
    day.magnesiumMg += mg;
    day.bySlot[item.slot] = (day.bySlot[item.slot] ?? 0) + mg;
  }
  return out;
}

/** The week (or any range) total over days. */
export function totalMagnesiumMg(days: Record<string, DayTotals>): number {
  return Object.values(days).reduce((sum, day) => sum + day.magnesiumMg, 0);
}
