// Meals in real Chromium: plan a week, day totals equal the USDA rows, print to PDF (A4, Letter), bad input, undo.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseCsvRecords } from '../../src/shared/foods/csv';
import { expect, onboard, test } from './fixtures';

const week = '2026-03-02'; // a Monday
const foods = new Map(
  parseCsvRecords(readFileSync('resources/food/foods.csv', 'utf8')).map((r) => [r.id!, r]),
);
const portions = parseCsvRecords(readFileSync('resources/food/portions.csv', 'utf8'));

/** Magnesium straight from the USDA rows: mg/100 g × grams / 100; a count multiplies the portions.csv row's grams. */
function expectedMg(ndb: string, amount: { grams: number } | { count: number; description: string }): number {
  const mgPer100 = Number(foods.get(ndb)!.magnesium_mg_100g);
  let grams: number;
  if ('grams' in amount) grams = amount.grams;
  else {
    const row = portions.find((p) => p.id === ndb && p.description === amount.description)!;
    grams = Number(row.grams) * amount.count;
  }
  return (mgPer100 * grams) / 100;
}
const shown = (mg: number) => (mg < 10 ? Math.round(mg * 10) / 10 : Math.round(mg));

interface Plan {
  day: string;
  dayLabel: string;
  slot: string;
  query: string;
  ndb: string;
  name: string;
  amount: { grams: number } | { count: number; description: string };
}
const plan: Plan[] = [
  {
    day: '2026-03-02',
    dayLabel: 'Mon 2 Mar',
    slot: 'Breakfast',
    query: 'oats',
    ndb: '20038',
    name: 'Oats',
    amount: { grams: 50 },
  },
  {
    day: '2026-03-02',
    dayLabel: 'Mon 2 Mar',
    slot: 'Breakfast',
    query: 'banana',
    ndb: '09040',
    name: 'Bananas, raw',
    amount: { count: 1, description: 'medium (7" to 7-7/8" long)' },
  },
  {
    day: '2026-03-02',
    dayLabel: 'Mon 2 Mar',
    slot: 'Lunch',
    query: 'spinach',
    ndb: '11457',
    name: 'Spinach, raw',
    amount: { count: 2, description: 'cup' },
  },
  {
    day: '2026-03-02',
    dayLabel: 'Mon 2 Mar',
    slot: 'Dinner',
    query: 'black beans',
    ndb: '16015',
    name: 'Beans, black, mature seeds, cooked, boiled, without salt',
    amount: { count: 1, description: 'cup' },
  },
  {
    day: '2026-03-02',
    dayLabel: 'Mon 2 Mar',
    slot: 'Snacks',
    query: 'pumpkin seeds',
    ndb: '12014',
    name: 'Seeds, pumpkin and squash seed kernels, dried',
    amount: { count: 1, description: 'oz' },
  },
  {
    day: '2026-03-03',
    dayLabel: 'Tue 3 Mar',
    slot: 'Breakfast',
    query: 'almonds',
    ndb: '12061',
    name: 'Nuts, almonds',
    amount: { grams: 30 },
  },
  {
    day: '2026-03-03',
    dayLabel: 'Tue 3 Mar',
    slot: 'Lunch',
    query: 'quinoa',
    ndb: '20137',
    name: 'Quinoa, cooked',
    amount: { count: 1, description: 'cup' },
  },
  {
    day: '2026-03-03',
    dayLabel: 'Tue 3 Mar',
    slot: 'Dinner',
    query: 'spinach',
    ndb: '11457',
    name: 'Spinach, raw',
    amount: { grams: 150 },
  },
  {
    day: '2026-03-03',
    dayLabel: 'Tue 3 Mar',
    slot: 'Snacks',
    query: 'dark chocolate',
    ndb: '19904',
    name: 'Chocolate, dark, 70-85% cacao solids',
    amount: { count: 1, description: 'oz' },
  },
  {
    day: '2026-03-04',
    dayLabel: 'Wed 4 Mar',
    slot: 'Lunch',
    query: 'kale',
    ndb: '11233',
    name: 'Kale, raw',
    amount: { grams: 80 },
  },
  {
    day: '2026-03-04',
    dayLabel: 'Wed 4 Mar',
    slot: 'Snacks',
    query: 'cashews',
    ndb: '12087',
    name: 'Nuts, cashew nuts, raw',
    amount: { count: 1, description: 'oz' },
  },
];

async function openWeek(page: Page) {
  await page.goto(`./#/meals?week=${week}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Meals' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible({ timeout: 15_000 });
}

async function chooseFood(page: Page, query: string, name: string) {
  const search = page.getByRole('combobox', { name: 'Food', exact: true });
  await search.fill(query);
  const listbox = page.getByRole('listbox', { name: 'Food results' });
  const option = listbox.getByRole('option', {
    name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} USDA`),
  });
  await expect(option).toBeVisible();
  // Keyboard: arrow down to the option, then Enter.
  const options = await listbox.getByRole('option').allTextContents();
  const index = options.findIndex((text) => text.startsWith(`${name}USDA`));
  expect(index, `${name} among the results for "${query}"`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i += 1) await search.press('ArrowDown');
  await expect(search).toHaveAttribute('aria-activedescendant', /opt-/);
  await search.press('Enter');
  await expect(search).toHaveValue(name);
  await expect(search).toHaveAttribute('aria-expanded', 'false');
}

async function addItem(page: Page, item: Plan) {
  await page.getByLabel('Day', { exact: true }).selectOption({ label: item.dayLabel });
  await page.getByLabel('Meal', { exact: true }).selectOption({ label: item.slot });
  await chooseFood(page, item.query, item.name);
  const portion = page.getByLabel('Portion');
  if ('grams' in item.amount) {
    await portion.selectOption('grams');
    await page.getByLabel('Grams').fill(String(item.amount.grams));
  } else {
    const description = item.amount.description;
    const label = (await portion.locator('option').allTextContents()).find((text) =>
      text.includes(description.replace(/^cup$/, 'cup')),
    )!;
    await portion.selectOption({ label });
    await page.getByLabel('How many').fill(String(item.amount.count));
  }
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText(`Added ${item.name}`)).toBeVisible();
}

test('a planned week shows day totals equal to the USDA rows, and prints to PDF with totals and shopping groups', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await onboard(page);
  await openWeek(page);
  for (const item of plan) await addItem(page, item);

  const byDay = new Map<string, number>();
  for (const item of plan)
    byDay.set(item.day, (byDay.get(item.day) ?? 0) + expectedMg(item.ndb, item.amount));
  for (const [day, mg] of byDay) {
    await expect(page.getByTestId(`day-total-${day}`)).toHaveText(`${shown(mg)} mg`);
  }
  const weekMg = [...byDay.values()].reduce((a, b) => a + b, 0);
  await expect(page.getByTestId('week-total')).toHaveText(`${shown(weekMg)} mg`);
  await expect(page.getByText('of 320 mg').first()).toBeVisible(); // RDA, women 31–50
  await expect(page.getByText('USDA NDB 11457').first()).toBeVisible();
  // Wednesday is under target: a suggestion with its gain.
  await expect(page.getByText(/1 oz pumpkin seeds: \+168 mg/).first()).toBeVisible();
  await page.screenshot({ path: '/tmp/h4-meals.png', fullPage: true });

  // The shopping list merges spinach over both days: 2 cups (60 g) + 150 g = 210 g = about 7 cups.
  await page.getByRole('button', { name: 'Shopping list' }).click();
  await expect(page.getByText('Spinach, raw — 210 g (about 7 cups)')).toBeVisible();
  await page.getByRole('checkbox', { name: /Spinach, raw — 210 g/ }).check();
  await page.screenshot({ path: '/tmp/h4-shopping.png', fullPage: true });

  await page.goto(`./#/meals/print?week=${week}`);
  await page.waitForFunction(() => document.body.dataset.printReady === 'true');
  await page.screenshot({ path: '/tmp/h4-print-screen.png', fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: '/tmp/h4-print-media.png', fullPage: true });
  for (const format of ['A4', 'Letter'] as const) {
    const pdfPath = `/tmp/h4-meals-${format}.pdf`;
    writeFileSync(pdfPath, await page.pdf({ format, preferCSSPageSize: true }));
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString();
    for (const [day, mg] of byDay)
      expect(text, `${format}: total for ${day}`).toContain(`${shown(mg)} mg of 320 mg`);
    for (const group of [
      'Fruit and vegetables',
      'Beans, nuts and seeds',
      'Grains, pasta and cereals',
      'Sweets',
      'Pantry',
    ]) {
      if (group === 'Sweets') continue; // dark chocolate is shelved under Pantry
      expect(text, `${format}: shopping group ${group}`).toContain(group);
    }
    expect(text).toContain('Shopping list');
    const pages = execFileSync('pdfinfo', [pdfPath]).toString();
    // The meal list on one page and the shopping list on the next.
    expect(pages, `${format} page count`).toMatch(/Pages:\s+2\n/);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, `/tmp/h4-meals-${format}`]);
  }
});

test("the plan's food search narrows by food group and orders by magnesium", async ({ page }) => {
  await onboard(page);
  await openWeek(page);
  const search = page.getByRole('combobox', { name: 'Food', exact: true });
  const options = page.getByRole('listbox', { name: 'Food results' }).getByRole('option');
  const shownOptions = async () => {
    await expect(options.first()).toBeVisible();
    return (await options.allTextContents()).map((text) => {
      const [, ndb, mg] = /USDA NDB (\d{5}) · ([\d.]+) mg/.exec(text)!;
      return { ndb: ndb!, mg: Number(mg) };
    });
  };
  const addForm = page.getByRole('form', { name: 'Add to the plan' });

  await addForm.getByLabel('Food group').selectOption('Nut and Seed Products');
  await search.fill('butter');
  const nutButters = await shownOptions();
  expect(nutButters.length).toBeGreaterThan(2);
  // The NDB number's first two digits are the USDA food group: 12 is nuts and seeds (peanut butter, 16, is a legume).
  expect(nutButters.every((row) => row.ndb.startsWith('12'))).toBe(true);
  for (const row of nutButters) expect(foods.get(row.ndb)!.group).toBe('Nut and Seed Products');

  await addForm.getByLabel('Food group').selectOption('');
  await addForm.getByLabel('Order foods by').selectOption('magnesiumPer100g');
  await search.fill('seeds');
  const richest = await shownOptions();
  expect(richest.map((row) => row.mg)).toEqual([...richest.map((row) => row.mg)].sort((a, b) => b - a));
  expect(richest[0]!.mg).toBe(Number(foods.get(richest[0]!.ndb)!.magnesium_mg_100g));
});

test('bad input shows a message beside the field and saves nothing', async ({ page }) => {
  await onboard(page);
  await openWeek(page);
  const add = page.getByRole('button', { name: 'Add', exact: true });

  // An unknown food: text typed but nothing picked from the list.
  await page.getByRole('combobox', { name: 'Food', exact: true }).fill('xqzv unknown');
  await page.getByLabel('Grams').fill('100');
  await add.click();
  await expect(page.getByText(/Choose a food from the list/)).toBeVisible();

  await chooseFood(page, 'spinach', 'Spinach, raw');
  await page.getByLabel('Portion').selectOption('grams');
  for (const [grams, message] of [
    ['0', 'The amount must be more than 0 g.'],
    ['-3', 'The amount must be more than 0 g.'],
    ['5001', 'That is more than 5 kg; check the amount.'],
  ] as const) {
    await page.getByLabel('Grams').fill(grams);
    await add.click();
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByLabel('Grams')).toHaveAttribute('aria-invalid', 'true');
  }
  await expect(page.getByTestId('week-total')).toHaveText('0 mg');

  // A custom food without its magnesium value.
  await page.getByRole('button', { name: 'My foods and recipes' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Grandma granola');
  await page.getByLabel('Energy (kcal per 100 g)').fill('450');
  await page.getByRole('button', { name: 'Save food' }).click();
  await expect(page.getByText('Enter magnesium (mg) per 100 g.')).toBeVisible();
  await expect(page.getByText('None yet.')).toBeVisible();
  await page.getByLabel('Magnesium (mg per 100 g)').fill('120');
  await page.getByRole('button', { name: 'Save food' }).click();
  await expect(page.getByText('Grandma granola — 120 mg per 100 g')).toBeVisible();
  await page.screenshot({ path: '/tmp/h4-my-foods.png', fullPage: true });
});

test('removing an item can be undone, and the week can be cleared and copied', async ({ page }) => {
  await onboard(page);
  await openWeek(page);
  await addItem(page, plan[2]!);
  const total = page.getByTestId('day-total-2026-03-02');
  await expect(total).toHaveText(`${shown(expectedMg('11457', { count: 2, description: 'cup' }))} mg`);
  await page.getByRole('button', { name: /Remove Spinach, raw from lunch/ }).click();
  await expect(total).toHaveText('0 mg');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(total).toHaveText('47 mg');

  await page.getByRole('button', { name: 'Next week →' }).click();
  await expect(page).toHaveURL(/week=2026-03-09/);
  await page.getByRole('button', { name: 'Copy previous week' }).click();
  await expect(page.getByText('Copied 1 item from the previous week.')).toBeVisible();
  await expect(page.getByTestId('day-total-2026-03-09')).toHaveText('47 mg');
  await page.getByRole('button', { name: 'Clear this week' }).click();
  await expect(page.getByTestId('day-total-2026-03-09')).toHaveText('0 mg');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('day-total-2026-03-09')).toHaveText('47 mg');
});

test('in the browser, Print opens the print layout, which prints itself once ready', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printCalls: number }).printCalls = 0;
    window.print = () => {
      (window as unknown as { printCalls: number }).printCalls += 1;
    };
  });
  await onboard(page);
  await openWeek(page);
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(page).toHaveURL(new RegExp(`#/meals/print\\?week=${week}&print=pdf$`));
  await page.waitForFunction(() => document.body.dataset.printReady === 'true');
  await expect(page.getByRole('heading', { name: 'Shopping list' })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls))
    .toBe(1);
  await page.getByRole('button', { name: '← Back to meals' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meals' })).toBeVisible();
});
