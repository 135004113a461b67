// Accessibility: axe on every route in light and dark, and the app used by keyboard alone.
import AxeBuilder from '@axe-core/playwright';
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

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('onboarding has no serious or critical axe violations', async ({ page }) => {
      await page.goto('./');
      await expect(page.getByRole('heading', { name: 'Welcome to Steadyweek' })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('every route has no serious or critical axe violations', async ({ page }) => {
      // Nine axe scans in one test: over a minute on a loaded 2-core machine (CI runs two workers).
      test.setTimeout(150_000);
      await onboard(page);
      for (const route of routes) {
        await page.goto(`./#/${route}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(
          serious.map((v) => `${route} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      }
    });
  });
}

test('onboarding can be completed with the keyboard alone', async ({ page, consoleErrors }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Welcome to Steadyweek' })).toBeVisible();
  // Age: focus the first control and pick a band with the arrow keys.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Age')).toBeFocused();
  await page.getByLabel('Age').selectOption('19-30'); // native select: keyboard selection is the browser's own
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Female', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Female', exact: true })).toBeChecked();
  // Tab on through every remaining control to the disclaimer checkbox, then the submit button.
  for (let i = 0; i < 20; i += 1) {
    await page.keyboard.press('Tab');
    if (
      await page
        .getByRole('checkbox', { name: /I have read this/ })
        .evaluate((el) => el === el.ownerDocument.activeElement)
    )
      break;
  }
  await expect(page.getByRole('checkbox', { name: /I have read this/ })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start planning' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('every screen is reachable from the sidebar by keyboard, and focus lands on its heading', async ({
  page,
}) => {
  await onboard(page);
  await page.goto('./#/today');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  // Start away from Today (following the current screen's own link changes nothing) and come back to it.
  for (const route of [...routes.slice(1), 'today']) {
    const link = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: new RegExp(`^${route}$`, 'i') });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/${route}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
});
