// Live by construction, in real Chromium: a write on one screen (or in another window) shows everywhere
// without a reload, and a label edit that breaks the upper limit holds the plan and says why.
import type { Page } from '@playwright/test';
import { expect, magteinPlan, onboard, test } from './fixtures';

/** Go to a screen the way a person does, through the sidebar: no reload. */
async function open(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

const takenSoFar = (page: Page) =>
  page.getByRole('row', { name: /Supplement \(logged as taken so far\)/ }).getByRole('cell');

test('Done on Today changes the Supplement and Insights figures without a reload', async ({
  page,
  consoleErrors,
}) => {
  await onboard(page);
  await magteinPlan(page);
  await expect(takenSoFar(page)).toHaveText('0 mg');
  await open(page, 'Insights');
  await expect(page.getByText('Supplement doses marked taken: 0.')).toBeVisible();

  await open(page, 'Today');
  const dose = page.getByRole('listitem').filter({ hasText: 'Magtein' });
  await dose.getByRole('button', { name: 'Done' }).click();
  await expect(dose.getByText('Done', { exact: true })).toBeVisible();

  await open(page, 'Supplement');
  await expect(takenSoFar(page)).toHaveText('48 mg');
  await open(page, 'Insights');
  await expect(page.getByText('Supplement doses marked taken: 1.')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a check-in saved in one window shows in the other without a reload', async ({ page, context }) => {
  await onboard(page);
  await open(page, 'Insights');
  const other = await context.newPage();
  await other.goto('./#/insights');
  await expect(other.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await expect(other.getByText(/Show the numbers as a table \(0 days with data\)/)).toBeVisible();

  await page.getByRole('group', { name: 'Focus' }).getByRole('radio', { name: '4', exact: true }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in for today saved.' })).toBeVisible();

  // The other window read nothing itself: Dexie's broadcast of the write refreshed its queries.
  await expect(other.getByText(/Show the numbers as a table \(1 day with data\)/)).toBeVisible();
  await other.close();
});

test('raising the label figure holds the plan, pauses its dose and says why, until the new figure is confirmed', async ({
  page,
  consoleErrors,
}) => {
  await onboard(page);
  await magteinPlan(page);
  await page.getByRole('button', { name: 'Edit product' }).click();
  const product = page.getByRole('form', { name: 'Product' });
  // 423 mg in 3 capsules: the plan's 3 capsules a day now give 423 mg, above the 350 mg limit.
  await product.getByLabel('Elemental magnesium per serving (mg)').fill('423');
  await product.getByLabel('Compound per serving (mg)').fill('5,900');
  await product.getByRole('button', { name: 'Save product' }).click();

  const held = page.getByRole('region', { name: 'Your supplement plan is paused' });
  await expect(held).toContainText('423 mg of elemental magnesium a day, above the upper limit of 350 mg');
  // Its doses are paused, so none is offered and none counts as planned today.
  await expect(page.getByRole('region', { name: 'Today’s doses' })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Supplement \(planned today\)/ }).getByRole('cell')).toHaveText(
    '0 mg',
  );
  await page.screenshot({ path: '/tmp/live-held-supplement.png', fullPage: true });

  await open(page, 'Today');
  await expect(page.getByRole('region', { name: 'Your supplement plan is paused' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Magtein' })).toHaveCount(0);
  await page.screenshot({ path: '/tmp/live-held-today.png', fullPage: true });

  await page.getByRole('button', { name: 'I have read this: keep 423 mg a day' }).click();
  await expect(page.getByRole('region', { name: 'Your supplement plan is paused' })).toHaveCount(0);
  await expect(page.getByRole('listitem').filter({ hasText: 'Magtein' })).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});
