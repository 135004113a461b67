// Web mode with two tabs open: one reminder engine (the tab holding the Web Lock), so a reminder shows once;
// the other tab takes over when the first closes, and a pause set in either tab holds in both.
import type { BrowserContext, Page } from '@playwright/test';
import { addDailyRoutine, expect, onboard, test } from './fixtures';

const at = (time: string) => new Date(`2026-06-15T${time}:00+02:00`);
const banners = (page: Page) =>
  page.getByRole('region', { name: 'Reminders', exact: true }).getByRole('status');

/**
 * Onboards in `page` and adds a routine at 08:00 and 08:05 on a clock from 07:50 (Berlin), then opens a
 * second tab on its own clock from 07:50. Both end on `route` once their reminder sync has handed the
 * engine its rules (the sync also sets the title, the page's stand-in for the tray). The first tab leads.
 */
async function twoTabs(page: Page, context: BrowserContext, route: string): Promise<Page> {
  await page.clock.install({ time: at('07:50') });
  await onboard(page);
  await addDailyRoutine(page, 'Magnesium glycinate', '08:00, 08:05');
  const second = await context.newPage();
  await second.clock.install({ time: at('07:50') });
  for (const tab of [page, second]) {
    await tab.goto('./#/today');
    await expect(tab).toHaveTitle('(0/2) Steadyweek');
    await tab.goto(route);
  }
  return second;
}

test('two tabs show a reminder once, and the second takes over when the first closes', async ({
  page,
  context,
}) => {
  const second = await twoTabs(page, context, './#/today');
  for (const tab of [page, second]) await tab.clock.pauseAt(at('07:59'));
  for (const tab of [page, second]) await tab.clock.runFor(2 * 60_000);
  await expect(banners(page)).toHaveCount(1);
  await expect(banners(page)).toContainText('Planned for 08:00.');
  await expect(banners(second)).toHaveCount(0);

  // One tab holds the engine's lock, the other waits for it.
  const lockQueue = async () => {
    const { held = [], pending = [] } = await second.evaluate(() => navigator.locks.query());
    return { held: held.length, pending: pending.length };
  };
  expect(await lockQueue()).toEqual({ held: 1, pending: 1 });
  await page.close();
  // The browser hands the lock over once the closed tab is gone; then nothing waits for it any more.
  await expect.poll(lockQueue).toEqual({ held: 1, pending: 0 });
  await second.clock.runFor(5 * 60_000);
  await expect(banners(second)).toHaveCount(1);
  await expect(banners(second)).toContainText('Planned for 08:05.');
});

test('a pause set in one tab shows in the other tab’s Settings at once and keeps both quiet', async ({
  page,
  context,
}) => {
  const second = await twoTabs(page, context, './#/settings');
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
