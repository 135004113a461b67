// The shell in real Chromium with real IndexedDB: first run, reload, every route, no Node in the page.
import { expect, onboard, test } from './fixtures';

const routes = [
  'today',
  'week',
  'supplement',
  'meals',
  'sleep',
  'exercise',
  'stress',
  'insights',
  'settings',
];

test('first run asks for the profile, and after a reload the app opens on Today with it kept', async ({
  page,
  consoleErrors,
}) => {
  await onboard(page);
  await expect(page).toHaveURL(/#\/today$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.goto('./#/settings');
  await expect(page.getByLabel('Age')).toHaveValue('31-50');
  await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Berlin');
  expect(consoleErrors).toEqual([]);
});

test('onboarding without the required answers shows messages and saves nothing', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('./');
  await page.getByRole('checkbox', { name: /I have read this/ }).check();
  await page.getByRole('button', { name: 'Start planning' }).click();
  await expect(page.getByText('Choose an age band.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Steadyweek' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('every route renders its screen without console errors, and the page has no Node', async ({
  page,
  consoleErrors,
}) => {
  await onboard(page);
  for (const route of routes) {
    await page.goto(`./#/${route}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(`^${route}$`, 'i') })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }
  expect(
    await page.evaluate(() => [
      typeof (globalThis as Record<string, unknown>).process,
      typeof (globalThis as Record<string, unknown>).require,
    ]),
  ).toEqual(['undefined', 'undefined']);
  expect(consoleErrors).toEqual([]);
});
