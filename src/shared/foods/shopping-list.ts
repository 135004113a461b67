// Shopping list: planned items merged per food (recipes split into their ingredients), grouped in store order.
import { foodKey, type Food } from './food-data';
import type { RecipeInput } from './food-catalog';
import { householdMeasure, type HouseholdMeasure } from './household-measure';
import type { PlannedItem } from './meal-totals';

/** Store sections in walking order, each with the USDA groups shelved there. */
export const storeSections: { name: string; groups: string[] }[] = [
  { name: 'Fruit and vegetables', groups: ['Vegetables and Vegetable Products', 'Fruits and Fruit Juices'] },
  { name: 'Bakery', groups: ['Baked Products'] },
  {
    name: 'Meat and fish',
    groups: [
      'Beef Products',
      'Pork Products',
      'Lamb, Veal, and Game Products',
      'Poultry Products',
      'Sausages and Luncheon Meats',
      'Finfish and Shellfish Products',
    ],
  },
  { name: 'Dairy and eggs', groups: ['Dairy and Egg Products'] },
  { name: 'Beans, nuts and seeds', groups: ['Legumes and Legume Products', 'Nut and Seed Products'] },
  { name: 'Grains, pasta and cereals', groups: ['Cereal Grains and Pasta', 'Breakfast Cereals'] },
  {
    name: 'Pantry',
    groups: [
      'Fats and Oils',
      'Spices and Herbs',
      'Soups, Sauces, and Gravies',
      'Sweets',
      'Snacks',
      'Baby Foods',
    ],
  },
  { name: 'Drinks', groups: ['Beverages'] },
  {
    name: 'Prepared foods',
    groups: [
      'Meals, Entrees, and Side Dishes',
      'Fast Foods',
      'Restaurant Foods',
      'American Indian/Alaska Native Foods',
    ],
  },
];
export const otherSection = 'Other';

export function sectionOf(group: string): string {
  return storeSections.find((section) => section.groups.includes(group))?.name ?? otherSection;
}

export interface ShoppingEntry {
  key: string;
  food: Food;
  grams: number;
  measure: HouseholdMeasure | null;
}

export interface ShoppingSection {
  name: string;
  entries: ShoppingEntry[];
}

/**
 * Sums grams per food over the items. A recipe item adds its ingredients in proportion
 * (a 250 g helping of a 500 g dish adds half of each ingredient). Unknown foods are skipped
 * and returned so the list can say so.
 */
export function mergeShopping(
  items: readonly Pick<PlannedItem, 'food' | 'grams'>[],
  lookup: (key: string) => Food | undefined,
  recipes: readonly RecipeInput[] = [],
): { sections: ShoppingSection[]; unknownKeys: string[] } {
  const grams = new Map<string, number>();
  const unknown = new Set<string>();
  const add = (key: string, amount: number) => grams.set(key, (grams.get(key) ?? 0) + amount);
  for (const item of items) {
    const key = foodKey(item.food.source, item.food.id);
    if (item.food.source === 'recipe') {
      const recipe = recipes.find((r) => r.id === item.food.id);
      const total = recipe?.ingredients.reduce((sum, i) => sum + i.grams, 0) ?? 0;
      if (!recipe || total <= 0) {
        unknown.add(key);
        continue;
      }
      for (const ingredient of recipe.ingredients) {
        add(foodKey(ingredient.food.source, ingredient.food.id), (item.grams * ingredient.grams) / total);
      }
    } else add(key, item.grams);
  }
  const bySection = new Map<string, ShoppingEntry[]>();
  for (const [key, total] of grams) {
    const food = lookup(key);
    if (!food) {
      unknown.add(key);
      continue;
    }
    const section = sectionOf(food.group);
    const list = bySection.get(section) ?? [];
    list.push({ key, food, grams: total, measure: householdMeasure(food.portions, total) });
    bySection.set(section, list);
  }
  const order = [...storeSections.map((s) => s.name), otherSection];
  const sections = order
    .filter((name) => bySection.has(name))
    .map((name) => ({
      name,
      entries: bySection.get(name)!.sort((a, b) => a.food.name.localeCompare(b.food.name)),
    }));
  return { sections, unknownKeys: [...unknown] };
}
