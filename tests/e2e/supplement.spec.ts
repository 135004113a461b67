// The supplement plan in real Chromium: label → product, titration steps, a dose, side effects → step back, limits, bad input.
import type { Page } from '@playwright/test';
import { expect, onboard, test } from './fixtures';

async function addProduct(
  page: Page,
  values: {
    name: string;
    form?: string;
    serving: string;
    compound: string;
    elemental: string;
    stock?: string;
  },
) {
  const product = page.getByRole('form', { name: 'Product' });
  await product.getByLabel('Product name').fill(values.name);
  if (values.form !== undefined) await product.getByLabel('Magnesium form').selectOption(values.form);
  await product.getByLabel(/Serving size/).fill(values.serving);
  await product.getByLabel('Compound per serving (mg)').fill(values.compound);
  await product.getByLabel('Elemental magnesium per serving (mg)').fill(values.elemental);
  await product.getByRole('radio', { name: 'Yes' }).check();
  await product.getByLabel(/Stock on hand/).fill(values.stock ?? '90');
  return product;
}

async function answerMedicationCheck(page: Page) {
  await page.getByRole('button', { name: 'Save answers' }).click();
  await expect(page.getByText('you said you take none of the listed medicines')).toBeVisible();
}

async function planOneToThree(page: Page) {
  const plan = page.getByRole('form', { name: 'Titration plan' });
  await plan.getByLabel('Start (capsules a day)').fill('1');
  await plan.getByLabel('Target (capsules a day)').fill('3');
  await plan.getByLabel('Step (capsules added or removed)').fill('1');
  await plan.getByLabel('Days per step').fill('7');
  return plan;
}

test('a Magtein plan from the label: steps of 48, 96, 144 mg, a dose, and a step back after two bad days', async ({
  page,
  consoleErrors,
}) => {
  await onboard(page);
  await page.goto('./#/supplement');
  await answerMedicationCheck(page);
  const product = await addProduct(page, {
    name: 'Magtein',
    form: 'l-threonate',
    serving: '3',
    compound: '2,000',
    elemental: '144',
  });
  await expect(
    product.getByText('3 capsules = 2,000 mg compound = 144 mg elemental magnesium'),
  ).toBeVisible();
  await product.getByRole('button', { name: 'Save product' }).click();
  await expect(
    page.getByRole('region', { name: 'Your product', exact: true }).getByText('From the label'),
  ).toBeVisible();

  const plan = await planOneToThree(page);
  const rows = plan.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('1 capsule');
  await expect(rows.nth(0)).toContainText('48 mg');
  await expect(rows.nth(0)).toContainText('336 mg');
  await expect(rows.nth(1)).toContainText('2 capsules');
  await expect(rows.nth(1)).toContainText('96 mg');
  await expect(rows.nth(2)).toContainText('3 capsules');
  await expect(rows.nth(2)).toContainText('144 mg');
  await expect(rows.nth(2)).toContainText('onwards');
  await expect(plan.getByText('Above the upper limit')).toHaveCount(0);
  await plan.getByRole('button', { name: 'Save plan' }).click();

  const planCard = page.getByRole('region', { name: 'Your plan', exact: true });
  await expect(planCard.locator('tbody tr')).toHaveCount(3);
  await page.screenshot({ path: '/tmp/h3-supplement-light.png', fullPage: true });

  // Log today's dose (week 1: 1 capsule, 48 mg).
  const doses = page.getByRole('region', { name: 'Today’s doses' });
  await expect(doses).toContainText('1 capsule · 48 mg elemental');
  await doses.getByRole('button', { name: 'Taken', exact: true }).click();
  await expect(doses.getByRole('status')).toContainText(/Taken( late)? at \d\d:\d\d · 1 capsule · 48 mg/);
  await expect(page.getByRole('region', { name: 'Refill' })).toContainText('89 capsules on hand');
  // Today lists the plan's dose with its item (the dose module loads after Today's first paint).
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.locator('.today-detail').first()).toHaveText(/^1 capsule · 48 mg elemental · /);
  await page.getByRole('link', { name: 'Supplement' }).click();

  // Moderate diarrhoea yesterday and today → the step-back suggestion (week 1 is the lowest step, so move the plan back a week first).
  await planCard.getByRole('button', { name: 'Edit plan' }).click();
  const editForm = page.getByRole('form', { name: 'Titration plan' });
  const today = await editForm.getByLabel('Start date').inputValue();
  const minusDays = (date: string, days: number) => {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - days);
    return d.toISOString().slice(0, 10);
  };
  await editForm.getByLabel('Start date').fill(minusDays(today, 14));
  await editForm.getByRole('button', { name: 'Save changes to the plan' }).click();
  await expect(editForm, 'the editor closes once the change is saved').toHaveCount(0);
  await expect(doses).toContainText('3 capsules · 144 mg elemental');

  const sideEffects = page.getByRole('form', { name: 'Side effects' });
  await sideEffects.getByLabel('Day').fill(minusDays(today, 1));
  await sideEffects.getByLabel('Diarrhoea').selectOption('moderate');
  await sideEffects.getByRole('button', { name: 'Save side effects' }).click();
  await expect(sideEffects.getByRole('status')).toContainText('Saved');
  await expect(page.getByRole('heading', { name: 'Step back to the previous step?' })).toHaveCount(0);
  await sideEffects.getByLabel('Day').fill(today);
  await sideEffects.getByLabel('Diarrhoea').selectOption('moderate');
  await sideEffects.getByRole('button', { name: 'Save side effects' }).click();

  const suggestion = page.getByRole('region', { name: 'Step back to the previous step?' });
  await expect(suggestion).toContainText('2 of the last 3 days');
  await suggestion.getByRole('button', { name: 'Step back to 2 capsules a day' }).click();
  await expect(suggestion).toHaveCount(0);
  await expect(doses).toContainText('2 capsules · 96 mg elemental');
  await expect(planCard.locator('tbody tr').last()).toContainText('Held (digestive side effects)');
  await page.screenshot({ path: '/tmp/h3-supplement-stepback.png', fullPage: true });
  expect(consoleErrors).toEqual([]);
});

test('a product that would exceed 350 mg elemental a day shows the upper-limit warning, which must be acknowledged', async ({
  page,
  consoleErrors,
}) => {
  await onboard(page);
  await page.goto('./#/supplement');
  await answerMedicationCheck(page);
  const product = await addProduct(page, {
    name: 'Strong',
    form: 'glycinate',
    serving: '1',
    compound: '1000',
    elemental: '141',
  });
  await product.getByRole('button', { name: 'Save product' }).click();
  const plan = await planOneToThree(page);
  await expect(plan.getByRole('alert').filter({ hasText: 'Above the upper limit' })).toContainText(
    'From step 3 this plan gives 423 mg of elemental magnesium a day',
  );
  await expect(plan.getByRole('alert').filter({ hasText: 'Above the upper limit' })).toContainText(
    'applies to magnesium from supplements and medicines only, not to magnesium in food',
  );
  await plan.getByRole('button', { name: 'Save plan' }).click();
  await expect(plan.getByText(/Tick the box to confirm/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your plan', exact: true })).toHaveCount(0);
  // The box names the figure it confirms, so it can never stand for another one.
  await plan
    .getByRole('checkbox', { name: 'I have read this and want to keep this plan at 423 mg a day' })
    .check();
  await plan.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('region', { name: 'Your plan', exact: true })).toContainText(
    'This plan reaches 423 mg a day, above the 350 mg upper limit; you confirmed that figure on',
  );
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/h3-supplement-dark.png', fullPage: true });
  expect(consoleErrors).toEqual([]);
});

test('bad label input shows a message beside the field and saves nothing', async ({
  page,
  consoleErrors,
}) => {
  await onboard(page);
  await page.goto('./#/supplement');
  await answerMedicationCheck(page);
  const product = page.getByRole('form', { name: 'Product' });
  const save = () => product.getByRole('button', { name: 'Save product' }).click();
  const cases: [string, Record<string, string>, string, RegExp][] = [
    ['zero compound', { compound: '0' }, 'Compound per serving (mg)', /more than 0 mg/],
    ['negative compound', { compound: '-5' }, 'Compound per serving (mg)', /more than 0 mg|as a number/],
    ['non-numeric compound', { compound: 'lots' }, 'Compound per serving (mg)', /as a number/],
    ['absurd compound', { compound: '50000' }, 'Compound per serving (mg)', /looks like a typo/],
    [
      'elemental above compound',
      { compound: '200', elemental: '300' },
      'Elemental magnesium per serving (mg)',
      /cannot be more than the compound/,
    ],
  ];
  for (const [, override, field, message] of cases) {
    await addProduct(page, {
      name: 'Bad',
      form: 'l-threonate',
      serving: '3',
      compound: '2000',
      elemental: '144',
      ...override,
    });
    await save();
    await expect(product.getByLabel(field)).toHaveAttribute('aria-invalid', 'true');
    await expect(product.getByRole('alert').filter({ hasText: message })).toBeVisible();
  }
  // No elemental figure on the label: an estimate from the commercial L-threonate fraction, with its source.
  await addProduct(page, {
    name: 'Unlabelled',
    form: 'l-threonate',
    serving: '3',
    compound: '2000',
    elemental: '',
  });
  await expect(product.getByText('Estimate', { exact: true })).toBeVisible();
  await expect(
    product.getByText(/3 capsules = 2,000 mg compound = ≈ 144 mg elemental magnesium/),
  ).toBeVisible();
  await expect(product.getByText(/Source:.*2,000 mg MgT provides 144 mg Mg/)).toBeVisible();
  // A missing form.
  await addProduct(page, { name: 'No form', form: '', serving: '3', compound: '2000', elemental: '' });
  await save();
  await expect(product.getByLabel('Magnesium form')).toHaveAttribute('aria-invalid', 'true');
  await expect(product.getByText('Choose the magnesium form printed on the label.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('form', { name: 'Product' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your product', exact: true })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Your product, from the label' })).toBeVisible();
  await expect(page.getByLabel('Product name')).toHaveValue('');
  expect(consoleErrors).toEqual([]);
});
