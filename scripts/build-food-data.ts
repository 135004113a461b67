// Regenerates src/shared/foods/generated/food-data.json from resources/food/{foods,portions}.csv.
// Run: npx tsx scripts/build-food-data.ts   (the test in build-food-data.test.ts checks the committed file matches).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsvRecords } from '../src/shared/foods/csv';
import { compactFoodData } from '../src/shared/foods/food-data';

export const foodsCsvPath = resolve(import.meta.dirname, '../resources/food/foods.csv');
export const portionsCsvPath = resolve(import.meta.dirname, '../resources/food/portions.csv');
export const foodDataJsonPath = resolve(import.meta.dirname, '../src/shared/foods/generated/food-data.json');

export function buildFoodDataJson(): string {
  const foods = parseCsvRecords(readFileSync(foodsCsvPath, 'utf8'));
  const portions = parseCsvRecords(readFileSync(portionsCsvPath, 'utf8'));
  return `${JSON.stringify(compactFoodData(foods, portions))}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(foodDataJsonPath, buildFoodDataJson());
  console.log(`Wrote ${foodDataJsonPath}`);
}
