// Web mode with two tabs open: one reminder engine (the tab holding the Web Lock), so a reminder shows once;
// the other tab takes over when the first closes, and a pause set in either tab holds in both.
import type { Page } from '@playwright/test';
import { expect, onboard, test } from './fixtures';

const at = (time: string) => new Date(`2026-06-15T${time}:00+02:00`);
const banners = (page: Page) =>
  page.getByRole('region', { name: 'Reminders', exact: true }).getByRole('status');

async function addDailyRoutine(page: Page, name: string, times: string) {
  await page.goto('./#/week');
  await page.getByRole('button', { name: 'Add routine' }).click();
  const dialog = page.getByRole('dialog', { name: 'New routine' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('radio', { name: 'Every day' }).check();
  await dialog.getByRole('textbox', { name: 'Times' }).fill(times);
  await dialog.getByRole('button', { name: 'Add routine' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Added “${name}”.` })).toBeVisible();
}

/** Opens a tab of the app on Today, on a clock that starts at `time`, once its reminder sync runs. */
async function openTab(page: Page, time: Date) {
  await page.clock.install({ time });
  await page.goto('./#/today');
  // The page's tray stand-in (the title) is set by the reminder sync, which hands rules to the engine.
  await expect(page).toHaveTitle('(0/2) Steadyweek');
}

test('two tabs show a reminder once, and the second takes over when the first closes', async ({
  page,
  context,
}) => {
  await page.clock.install({ time: at('07:50') });
  await onboard(page);
  await addDailyRoutine(page, 'Magnesium glycinate', '08:00, 08:05');
  await page.goto('./#/today');
  await expect(page).toHaveTitle('(0/2) Steadyweek');
  const second = await context.newPage();
  await openTab(second, at('07:50'));

  for (const tab of [page, second]) await tab.clock.pauseAt(at('07:59'));
  for (const tab of [page, second]) await tab.clock.runFor(2 * 60_000);
  // The first tab to start its engine leads; the banner shows there, and only there.
  const leader = page;
  const follower = second;
  await expect(banners(leader)).toHaveCount(1);
  await expect(banners(leader)).toContainText('Planned for 08:00.');
  await expect(banners(follower)).toHaveCount(0);

  // One tab holds the engine's lock, the other waits for it.
  const lockQueue = async () => {
    const { held = [], pending = [] } = await follower.evaluate(() => navigator.locks.query());
    return { held: held.length, pending: pending.length };
  };
  expect(await lockQueue()).toEqual({ held: 1, pending: 1 });
  await leader.close();
  // The browser hands the lock over once the closed tab is gone; then nothing waits for it any more.
  await expect.poll(lockQueue).toEqual({ held: 1, pending: 0 });
  await follower.clock.runFor(5 * 60_000);
  await expect(banners(follower)).toHaveCount(1);
  await expect(banners(follower)).toContainText('Planned for 08:05.');
});

test('a pause set in one tab shows in the other tab’s Settings at once and keeps both quiet', async ({
  page,
  context,
}) => {
  await page.clock.install({ time: at('07:50') });
  await onboard(page);
  await addDailyRoutine(page, 'Magnesium glycinate', '08:00, 08:05');
  await page.goto('./#/settings');
  const second = await context.newPage();
  await openTab(second, at('07:50'));
  await second.goto('./#/settings');

  await second.getByRole('button', { name: 'Pause for 1 hour' }).click();
  const pausedNote = /Reminders are paused until 08:5\d\./;
  await expect(second.getByRole('status').filter({ hasText: pausedNote })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: pausedNote })).toBeVisible();

  for (const tab of [page, second]) await tab.clock.pauseAt(at('07:59'));
  for (const tab of [page, second]) await tab.clock.runFor(7 * 60_000);
  await expect(banners(page)).toHaveCount(0);
  await expect(banners(second)).toHaveCount(0);

  // The clocks run again (a paused clock would also hold back the screens' scheduled updates).
  for (const tab of [page, second]) await tab.clock.resume();
  await page.getByRole('button', { name: 'Resume reminders' }).click();
  await expect(page.getByText('Reminders are on again.')).toBeVisible();
  await expect(second.getByText(/Reminders are paused/)).toHaveCount(0);
});
