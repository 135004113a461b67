import { describe, expect, it } from 'vitest';
import { measureLabel, parseCount, portionLabel } from './household-measure';
import { loadUsdaFoods } from './load-usda-foods';
import { gramsForPortion, plannedPortion } from './portion-math';

const foods = await loadUsdaFoods();
const byId = new Map(foods.map((f) => [f.id, f]));
// Every USDA portion row (scripts/build-food-data.test.ts checks they are portions.csv's rows, in order).
const portionRows = foods.flatMap((food) => food.portions.map((portion) => ({ id: food.id, ...portion })));
const portionOf = (id: string, seq: number) => byId.get(id)!.portions.find((p) => p.seq === seq)!;

describe('a count multiplies the household measure shown', () => {
  it.each([
    // [NDB, seq, count, the measure as listed, grams added, planned as]
    ['05000', 1, 1, '3 oz (85 g)', 85, '3 oz'], // a 3 oz row: × 1 is 85 g, not 28 g
    ['05000', 1, 2, '3 oz (85 g)', 170, '6 oz'],
    ['01164', 1, 1, '2 tbsp (30 g)', 30, '2 tbsp'], // a 2 tbsp row: × 1 is 30 g, not 15 g
    ['01036', 1, 1, '½ cup (124 g)', 124, '½ cup'], // a half-cup row: × 1 is 124 g, not 248 g
    ['01036', 1, 3, '½ cup (124 g)', 372, '1½ cups'],
    ['01090', 1, 2, '¼ cup (32 g)', 64, '½ cup'],
    ['11009', 1, 3, '⅓ package (84 g)', 252, '1 package'], // USDA's 0.33 is a third
    ['18944', 1, 1, '⅛ pie (1 pie (1/8 of 9" pie)) (131 g)', 131, '⅛ pie (1 pie (1/8 of 9" pie))'],
    ['11457', 1, 2, '1 cup (30 g)', 60, '2 cups'], // amount 1 rows were right before and stay so
  ])('USDA %s #%d × %d: "%s" adds %d g, planned as %s', (id, seq, count, label, grams, planned) => {
    const portion = portionOf(id, seq);
    expect(measureLabel(portion)).toBe(label);
    expect(gramsForPortion(portion, count)).toBeCloseTo(grams, 6);
    expect(portionLabel(plannedPortion(portion, count))).toBe(planned);
  });

  it('holds for all 14,608 USDA portions: grams = count × measure grams, = planned units × grams ÷ amount', () => {
    expect(portionRows).toHaveLength(14608);
    const wrong: string[] = [];
    const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    let checked = 0;
    for (const row of portionRows) {
      const portion = portionOf(row.id, row.seq);
      const { amount, grams } = row;
      for (const count of [0.5, 1, 2, 3]) {
        const planned = plannedPortion(portion, count);
        const added = gramsForPortion(portion, count);
        if (!near(planned.amount, count * amount) || !near(added, count * grams))
          wrong.push(`${row.id} #${row.seq} × ${count}: ${added} g as ${planned.amount} ${row.description}`);
        if (!near(added, (planned.amount * grams) / amount)) wrong.push(`${row.id} #${row.seq} × ${count}`);
      }
      // The weight is always shown beside the measure.
      if (!/\(\d+(\.\d+)? k?g\)$/.test(measureLabel(portion))) wrong.push(measureLabel(portion));
      checked += 1;
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe(14608);
  });
});

describe('how many, as people type it', () => {
  it.each([
    ['2', 2],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['1,5', 1.5], // a decimal comma
    ['1/2', 0.5],
    ['½', 0.5],
    ['1½', 1.5],
    ['1 1/2', 1.5],
    ['1 ½', 1.5],
    [' 3 ', 3],
    ['¾', 0.75],
    ['-1', -1], // read, so the amount check can say it must be more than 0
  ])('"%s" is %d', (text, value) => {
    expect(parseCount(text)).toBeCloseTo(value, 9);
  });

  it.each(['', 'two', '1/0', '3 oz', '--1', '11/2', '½½'])('"%s" is not a count', (text) => {
    expect(parseCount(text)).toBeNull();
  });
});
