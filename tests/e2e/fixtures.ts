// Shared end-to-end helpers: fail on console errors, finish first-run onboarding, add a routine.
import { expect, test as base, type Page } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'console errors on the page').toEqual([]);
  },
});

export { expect };

/** Completes onboarding as a 31–50 year-old woman in Europe/Berlin, week starting Monday. */
export async function onboard(
  page: Page,
  options: { timeZone?: string; ageBand?: string; sex?: 'Female' | 'Male' } = {},
) {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Welcome to Steadyweek' })).toBeVisible();
  await page.getByLabel('Age').selectOption(options.ageBand ?? '31-50');
  await page.getByRole('radio', { name: options.sex ?? 'Female', exact: true }).check();
  await page.getByLabel('Time zone').selectOption(options.timeZone ?? 'Europe/Berlin');
  await page.getByLabel('Week starts on').selectOption('1');
  await page.getByRole('checkbox', { name: /I have read this/ }).check();
  await page.getByRole('button', { name: 'Start planning' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** Adds a routine every day at `times` (e.g. "08:00, 08:05") from the week view, reminders on. */
export async function addDailyRoutine(page: Page, title: string, times: string) {
  await page.goto('./#/week');
  await page.getByRole('button', { name: 'Add routine' }).click();
  const dialog = page.getByRole('dialog', { name: 'New routine' });
  await dialog.getByLabel('Name').fill(title);
  await dialog.getByRole('radio', { name: 'Every day' }).check();
  await dialog.getByRole('textbox', { name: 'Times' }).fill(times);
  await dialog.getByRole('button', { name: 'Add routine' }).click();
  await expect(dialog).toBeHidden();
}

/** `date` ("YYYY-MM-DD") moved back by `days`. */
export function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * A Magtein plan of 1 → 3 capsules (48 mg each), morning, through the forms; `startDaysAgo` puts its
 * start in the past (two weeks back: on its third step). Returns the plan's start date.
 */
export async function magteinPlan(page: Page, options: { startDaysAgo?: number } = {}): Promise<string> {
  await page.goto('./#/supplement');
  await page.getByRole('button', { name: 'Save answers' }).click();
  const product = page.getByRole('form', { name: 'Product' });
  await product.getByLabel('Product name').fill('Magtein');
  await product.getByLabel('Magnesium form').selectOption('l-threonate');
  await product.getByLabel(/Serving size/).fill('3');
  await product.getByLabel('Compound per serving (mg)').fill('2,000');
  await product.getByLabel('Elemental magnesium per serving (mg)').fill('144');
  await product.getByRole('radio', { name: 'Yes' }).check();
  await product.getByLabel(/Stock on hand/).fill('90');
  await product.getByRole('button', { name: 'Save product' }).click();
  const plan = page.getByRole('form', { name: 'Titration plan' });
  await plan.getByLabel('Start (capsules a day)').fill('1');
  await plan.getByLabel('Target (capsules a day)').fill('3');
  await plan.getByLabel('Step (capsules added or removed)').fill('1');
  await plan.getByLabel('Days per step').fill('7');
  const start = daysBefore(await plan.getByLabel('Start date').inputValue(), options.startDaysAgo ?? 0);
  if (options.startDaysAgo) await plan.getByLabel('Start date').fill(start);
  await plan.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('region', { name: 'Your plan', exact: true })).toBeVisible();
  return start;
}
