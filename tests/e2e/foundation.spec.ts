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

test('once the first screen is up and idle, moving to another screen never shows its loading fallback', async ({
  page,
  consoleErrors,
}) => {
  await onboard(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  // The other screens' code is fetched when the page is idle after the first screen.
  await page.waitForFunction(() =>
    performance.getEntriesByType('resource').some((e) => /insights-screen-[^/]*\.js$/.test(e.name)),
  );
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { fallbacks: string[] }).fallbacks = []);
    new MutationObserver(() => {
      for (const status of document.querySelectorAll('[role="status"]')) {
        if (/^Loading (Insights|Settings|Meals)…$/.test(status.textContent ?? ''))
          seen.push(status.textContent!);
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  for (const name of ['Insights', 'Meals', 'Settings']) {
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
  expect(await page.evaluate(() => (window as unknown as { fallbacks: string[] }).fallbacks)).toEqual([]);
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
