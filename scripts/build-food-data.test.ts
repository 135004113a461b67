import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../src/shared/foods/csv';
import { decodeFoodData, nutrientCsvColumns, nutrientKeys } from '../src/shared/foods/food-data';
import { buildFoodIndexData } from '../src/shared/foods/food-search';
import { foodData } from '../src/shared/foods/generated/food-data';
import { unpackTermIndex } from '../src/shared/foods/term-index';
import { buildFoodDataModule, foodDataModulePath, foodsCsvPath, portionsCsvPath } from './build-food-data';

const committed = readFileSync(foodDataModulePath, 'utf8');
const foods = decodeFoodData(foodData);
const foodRows = parseCsvRecords(readFileSync(foodsCsvPath, 'utf8'));
const portionRows = parseCsvRecords(readFileSync(portionsCsvPath, 'utf8'));

describe('the committed food data', () => {
  it('is exactly what the build script makes from the CSV files today', () => {
    expect(committed).toBe(buildFoodDataModule());
  });

  it('ships a search index built from exactly these foods', () => {
    expect(unpackTermIndex(foodData.searchIndex!)).toEqual(buildFoodIndexData(foods));
  });

  it('has every foods.csv row, in order, with the same id, name, group and nutrient values', () => {
    expect(foodRows).toHaveLength(8050);
    expect(foods).toHaveLength(foodRows.length);
    foodRows.forEach((row, i) => {
      const food = foods[i]!;
      expect([food.id, food.name, food.group]).toEqual([row.id, row.name, row.group]);
      for (const key of nutrientKeys) {
        const cell = row[nutrientCsvColumns[key]]!;
        // A blank cell is "no value": it must decode to null, never 0.
        expect(food.per100g[key], `${row.id} ${key}`).toBe(cell === '' ? null : Number(cell));
      }
    });
  });

  it('has every portions.csv row under its food, in USDA order', () => {
    expect(portionRows).toHaveLength(14608);
    const decoded = foods.flatMap((food) =>
      food.portions.map((p) => [food.id, p.seq, p.amount, p.description, p.grams]),
    );
    expect(decoded).toEqual(
      portionRows.map((r) => [r.id, Number(r.seq), Number(r.amount), r.description, Number(r.grams)]),
    );
  });

  it.each([
    // [NDB, name, Mg per 100 g]
    ['12014', 'Seeds, pumpkin and squash seed kernels, dried', 592],
    ['12061', 'Nuts, almonds', 270],
    ['11457', 'Spinach, raw', 79],
    ['19904', 'Chocolate, dark, 70-85% cacao solids', 228],
    ['16015', 'Beans, black, mature seeds, cooked, boiled, without salt', 70],
    ['01001', 'Butter, salted', 2], // leading zero of the NDB number kept
  ])('keeps USDA food %s "%s" at %d mg magnesium per 100 g', (id, name, mg) => {
    const food = foods.find((f) => f.id === id)!;
    expect(food.name).toBe(name);
    expect(food.per100g.magnesiumMg).toBe(mg);
  });

  it('keeps blank fiber as missing rather than zero', () => {
    const blank = foodRows.find((r) => r.fiber_g_100g === '')!;
    expect(foods.find((f) => f.id === blank.id)!.per100g.fiberG).toBeNull();
  });
});
