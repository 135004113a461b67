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
