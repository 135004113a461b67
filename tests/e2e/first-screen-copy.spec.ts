// The localStorage copy of Today's rows in real Chromium: index.html's build-rendered script hands it over
// under the page's CSP, Today opens from it without waiting for IndexedDB, a copy that has gone stale is
// put right from IndexedDB, and writes keep it in step. Any console error (a CSP refusal) fails a test.
import type { Page } from '@playwright/test';
import { addDailyRoutine, expect, onboard, test } from './fixtures';

const COPY_KEY = 'steadyweek:first-screen';

interface Copy {
  settings: { hideStreaks: boolean } | null;
  routines: { title: string }[];
  completions: { status: string }[];
}

const readCopy = (page: Page) =>
  page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as Copy);
  }, COPY_KEY);

test('Today opens from the copy of its rows, and a stale copy is put right from IndexedDB', async ({
  page,
  consoleErrors,
}) => {
  await onboard(page);
  await addDailyRoutine(page, 'Evening walk', '00:01');
  await page.goto('./#/today');
  const walk = page.getByRole('listitem').filter({ hasText: 'Evening walk' });
  await walk.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('1 of 1 done')).toBeVisible();
  // Every write reaches the copy once the writes pause.
  await expect
    .poll(async () => {
      const copy = await readCopy(page);
      return [copy?.routines.map((routine) => routine.title), copy?.completions.map((row) => row.status)];
    })
    .toEqual([['Evening walk'], ['done']]);

  const hint = page.getByText(/^Habit strength: /);
  await expect(hint).toBeVisible();

  // A copy that missed writes: another title, no completion, streaks hidden. Hold back the check the app
  // makes once the screen is up (it runs from an idle callback), to see what the copy alone shows.
  expect((await readCopy(page))?.settings?.hideStreaks).toBe(false);
  await page.evaluate((key) => {
    const copy = JSON.parse(localStorage.getItem(key)!) as Copy;
    copy.routines[0]!.title = 'Stale title';
    copy.completions = [];
    copy.settings!.hideStreaks = true;
    localStorage.setItem(key, JSON.stringify(copy));
  }, COPY_KEY);
  await page.addInitScript(() => {
    const held: IdleRequestCallback[] = [];
    Object.assign(window, { __heldIdle: held });
    window.requestIdleCallback = (callback) => held.push(callback);
  });
  await page.reload();
  // Shown straight from the copy, before IndexedDB has been read.
  await expect(page.getByText('Stale title')).toBeVisible();
  await expect(page.getByText('0 of 1 done')).toBeVisible();
  await expect(hint).toHaveCount(0);

  await page.evaluate(() => {
    const held = (window as unknown as { __heldIdle: IdleRequestCallback[] }).__heldIdle;
    for (const callback of held.splice(0)) callback({ didTimeout: false, timeRemaining: () => 50 });
  });
  // IndexedDB is the truth: the screen and the copy follow it.
  await expect(walk).toBeVisible();
  await expect(page.getByText('Stale title')).toHaveCount(0);
  await expect(page.getByText('1 of 1 done')).toBeVisible();
  await expect(hint).toBeVisible();
  await expect
    .poll(async () => {
      const copy = await readCopy(page);
      return [copy?.routines.map((routine) => routine.title), copy?.settings?.hideStreaks];
    })
    .toEqual([['Evening walk'], false]);
  expect(consoleErrors).toEqual([]);
});

test('without a copy, Today opens from IndexedDB and the copy is written for the next start', async ({
  page,
  consoleErrors,
}) => {
  await onboard(page);
  await addDailyRoutine(page, 'Breathing', '00:02');
  await page.evaluate((key) => localStorage.removeItem(key), COPY_KEY);
  await page.goto('./#/today');
  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: 'Breathing' })).toBeVisible();
  await expect
    .poll(async () => (await readCopy(page))?.routines.map((routine) => routine.title))
    .toEqual(['Breathing']);
  expect(consoleErrors).toEqual([]);
});
