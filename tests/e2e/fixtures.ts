// Shared end-to-end helpers: fail on console errors, and finish first-run onboarding.
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
