// Food search and portions in real Chromium: the first result for "tuna" × its first measure adds what USDA says.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseCsvRecords } from '../../src/shared/foods/csv';
import { expect, onboard, test } from './fixtures';

const week = '2026-03-02'; // a Monday
const foods = new Map(
  parseCsvRecords(readFileSync('resources/food/foods.csv', 'utf8')).map((r) => [r.id!, r]),
);
const portions = parseCsvRecords(readFileSync('resources/food/portions.csv', 'utf8'));
const shown = (mg: number) => (mg < 10 ? Math.round(mg * 10) / 10 : Math.round(mg));

async function openWeek(page: Page) {
  await page.goto(`./#/meals?week=${week}`);
  await expect(page.getByRole('table')).toBeVisible({ timeout: 15_000 });
}

test('the first result for "tuna" with its first measure × 2 adds the USDA row × those grams to the day', async ({
  page,
}) => {
  await onboard(page);
  await openWeek(page);
  const search = page.getByRole('combobox', { name: 'Food', exact: true });
  await search.fill('tuna');
  const first = page.getByRole('listbox', { name: 'Food results' }).getByRole('option').first();
  const [, ndb] = /USDA NDB (\d{5})/.exec((await first.textContent())!)!;
  const food = foods.get(ndb!)!;
  const name = food.name!;
  expect(name).toMatch(/^Fish, tuna, /); // the fish, not tuna salad
  await search.press('Enter');
  await expect(search).toHaveValue(name);

  // The form starts on USDA's first measure for the food; its grams are shown beside it.
  const measure = portions.find((p) => p.id === ndb)!;
  const portion = page.getByLabel('Portion');
  await expect(portion.locator('option:checked')).toHaveText(
    new RegExp(`\\(${Math.round(Number(measure.grams))} g\\)$`),
  );
  await page.getByLabel('How many').fill('2');
  const grams = 2 * Number(measure.grams);
  const mg = (Number(food.magnesium_mg_100g) * grams) / 100;
  await expect(
    page.getByText(new RegExp(`= ${Math.round(grams)} g · ${shown(mg)} mg magnesium`)),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText(`Added ${name}`)).toBeVisible();
  await expect(page.getByTestId('day-total-2026-03-02')).toHaveText(`${shown(mg)} mg`);

  // A measure that covers more than one unit, with a fraction as typed: ½ × "3 oz (85 g)" is 42.5 g (shown as 43 g).
  await search.fill('bluefin tuna');
  await search.press('Enter');
  const bluefin = foods.get('15117')!;
  await expect(search).toHaveValue(bluefin.name!);
  await expect(portion.locator('option:checked')).toHaveText('3 oz (85 g)');
  await page.getByLabel('How many').fill('½');
  await expect(page.getByText(/^1½ oz = 43 g · /)).toBeVisible();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const bluefinMg = (Number(bluefin.magnesium_mg_100g) * 42.5) / 100;
  await expect(page.getByTestId('day-total-2026-03-02')).toHaveText(`${shown(mg + bluefinMg)} mg`);

  // The empty box now lists the foods just planned, the latest first.
  await search.fill('');
  const listed = page.getByRole('listbox', { name: 'Food results' }).getByRole('option');
  await expect(listed).toHaveCount(2);
  await expect(listed.nth(0)).toContainText('USDA NDB 15117');
  await expect(listed.nth(1)).toContainText(`USDA NDB ${ndb}`);
});

test('a count that is not a number says what it accepts and adds nothing', async ({ page }) => {
  await onboard(page);
  await openWeek(page);
  const search = page.getByRole('combobox', { name: 'Food', exact: true });
  await search.fill('spinach');
  await search.press('Enter');
  await page.getByLabel('How many').fill('two');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText('Enter how many as a number, e.g. 2, 0.5, ½ or 1 1/2.')).toBeVisible();
  await expect(page.getByLabel('How many')).toHaveValue('two');
  await expect(page.getByTestId('week-total')).toHaveText('0 mg');
});

test("an infant's print view names the target an Adequate Intake (AI), not an RDA", async ({ page }) => {
  await onboard(page, { ageBand: '0-6m' });
  await page.goto(`./#/meals/print?week=${week}`);
  await page.waitForFunction(() => document.body.dataset.printReady === 'true');
  const plan = page.locator('.print-plan');
  await expect(plan).toContainText('Daily magnesium target 30 mg (AI, NIH ODS)');
  await expect(plan).toContainText('Adequate Intake (AI)');
  await expect(plan).not.toContainText('RDA');
});
