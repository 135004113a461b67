// Travel in Chromium: the system runs in New York, the profile lives in Berlin; both answers to the question.
import type { Page } from '@playwright/test';
import { expect, onboard, test } from './fixtures';

test.use({ timezoneId: 'America/New_York' });

// 23:30 UTC: already Tuesday 16 June, 01:30 in Berlin, still Monday 15 June, 19:30 in New York.
const NOW = new Date('2026-06-15T23:30:00Z');

const question = (page: Page) => page.getByRole('region', { name: 'This computer is in another time zone' });

const TUESDAY_IN_BERLIN = /^Tuesday, 16 June|^Tuesday, June 16/;
const MONDAY_IN_NEW_YORK = /^Monday, 15 June|^Monday, June 15/;

for (const { answer, button, today, zone } of [
  {
    answer: 'following the new zone moves Today and the profile to New York',
    button: 'Follow America/New_York',
    today: MONDAY_IN_NEW_YORK,
    zone: 'America/New_York',
  },
  {
    answer: 'keeping home time leaves Today and the profile in Berlin',
    button: 'Keep home time (Europe/Berlin)',
    today: TUESDAY_IN_BERLIN,
    zone: 'Europe/Berlin',
  },
]) {
  test(`${answer}, and the question does not come back`, async ({ page }) => {
    await page.clock.install({ time: NOW });
    await onboard(page, { timeZone: 'Europe/Berlin' });
    await page.goto('./#/today');
    await expect(question(page)).toContainText('Your reminders use Europe/Berlin (now 01:30)');
    await expect(question(page)).toContainText('This computer is set to America/New_York (now 19:30)');
    await expect(page.getByText(TUESDAY_IN_BERLIN)).toBeVisible();

    await question(page).getByRole('button', { name: button }).click();
    await expect(question(page)).toBeHidden();
    await expect(page.getByText(today)).toBeVisible();

    await page.reload();
    // Settings and the lazily loaded question have had their chance to arrive: its absence now means something.
    await page.waitForLoadState('networkidle');
    await expect(page.getByText(today)).toBeVisible();
    await expect(question(page)).toBeHidden();
    await page.goto('./#/settings');
    await expect(page.getByLabel('Time zone')).toHaveValue(zone);
  });
}
