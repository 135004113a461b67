// Data safety in web mode (Chromium): export a backup as a download, wipe the site's data (IndexedDB and
// localStorage), import the file from the first-run screen, and Today shows the same day.
import { readFile, writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addDailyRoutine, expect, onboard, test } from './fixtures';

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('export, wipe the site’s data, import: Today shows the same day', async ({
  page,
  consoleErrors,
}, info) => {
  await onboard(page);
  await addDailyRoutine(page, 'Evening walk', '00:01');
  await addDailyRoutine(page, 'Stretch', '00:02');
  await page.goto('./#/today');
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Evening walk' })
    .getByRole('button', { name: 'Done' })
    .click();
  await expect(page.getByText('1 of 2 done')).toBeVisible();

  await page.goto('./#/settings');
  const data = page.getByRole('region', { name: 'Your data' });
  const downloaded = page.waitForEvent('download');
  await data.getByRole('button', { name: 'Export everything (JSON)' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/^steadyweek-\d{4}-\d\d-\d\d\.json$/);
  const path = info.outputPath('export.json');
  await download.saveAs(path);
  const file = JSON.parse(await readFile(path, 'utf8')) as { format: string; counts: Record<string, number> };
  expect(file).toMatchObject({ format: 'steadyweek', counts: { routines: 2, completions: 1, profile: 1 } });
  // The settings owner remembers the download (for the weekly reminder), not localStorage.
  await expect(data.getByText(/^Last backup downloaded/)).toBeVisible();

  // Wipe: Dexie closes its connection when the database is deleted, so the deletion is not blocked.
  await page.evaluate(async () => {
    localStorage.clear();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('steadyweek');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
  });
  await page.goto('about:blank');
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Welcome to Steadyweek' })).toBeVisible();

  const restore = page.getByRole('region', { name: 'Coming back?' });
  await expect(restore.getByRole('radio', { name: /Replace everything/ })).toBeChecked();
  const chooser = page.waitForEvent('filechooser');
  await restore.getByRole('button', { name: 'Choose a file to import…' }).click();
  await (await chooser).setFiles(path);
  await expect(restore.getByRole('heading', { name: 'Replace everything?' })).toBeVisible();
  await restore.getByRole('button', { name: 'Replace everything' }).click();

  // The profile came back, so the app leaves the first-run screen for Today, as it was.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.goto('./#/today');
  await expect(page.getByText('1 of 2 done')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Evening walk' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Stretch' })).toBeVisible();
  // The reminder sync read the imported rows through the live map: its summary names the same day.
  await expect(page).toHaveTitle('(1/2) Steadyweek');
  expect(consoleErrors).toEqual([]);
});

test('a bad file is refused with its message and nothing changes', async ({ page }, info) => {
  await onboard(page);
  await page.goto('./#/settings');
  const data = page.getByRole('region', { name: 'Your data' });
  const path = info.outputPath('not-ours.json');
  await writeFile(path, '{"app":"another-tracker","entries":[]}');
  const chooser = page.waitForEvent('filechooser');
  await data.getByRole('button', { name: 'Choose a file to import…' }).click();
  await (await chooser).setFiles(path);
  await expect(data.getByRole('alert')).toHaveText(/This is not a Steadyweek export.*your data is as it was/);
  await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Berlin');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the import's confirmation and report have no serious axe violations (${colorScheme})`, async ({
    page,
  }, info) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme });
    await onboard(page);
    await page.goto('./#/settings');
    const data = page.getByRole('region', { name: 'Your data' });
    const downloaded = page.waitForEvent('download');
    await data.getByRole('button', { name: 'Export everything (JSON)' }).click();
    const path = info.outputPath('export.json');
    await (await downloaded).saveAs(path);
    const chooser = page.waitForEvent('filechooser');
    await data.getByRole('button', { name: 'Choose a file to import…' }).click();
    await (await chooser).setFiles(path);
    await expect(data.getByRole('heading', { name: 'Merge this file?' })).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await data.getByRole('button', { name: 'Merge' }).click();
    await expect(data.getByRole('heading', { name: 'What came in' })).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
}

test('spreadsheets download one CSV per log and the calendar one .ics', async ({ page }) => {
  await onboard(page);
  await addDailyRoutine(page, 'Evening walk', '18:30');
  await page.goto('./#/settings');
  const data = page.getByRole('region', { name: 'Your data' });
  const names: string[] = [];
  page.on('download', (download) => names.push(download.suggestedFilename()));
  await data.getByRole('button', { name: 'Export spreadsheets (CSV)' }).click();
  await expect.poll(() => names.length, { timeout: 20_000 }).toBe(7);
  const calendar = page.waitForEvent('download');
  await data.getByRole('button', { name: 'Export routines to a calendar (.ics)' }).click();
  const ics = await calendar;
  expect(names.filter((name) => name.endsWith('.csv')).sort()).toEqual(
    ['check-ins', 'completions', 'doses', 'exercise', 'meal-plan', 'sleep', 'stress-practices'].map(
      (name) => `steadyweek-${name}.csv`,
    ),
  );
  expect(ics.suggestedFilename()).toBe('steadyweek-routines.ics');
  const text = await readFile((await ics.path())!, 'utf8');
  expect(text).toMatch(/SUMMARY:Evening walk\r\n/);
  expect(text).toMatch(/DTSTART;TZID=Europe\/Berlin:\d{8}T183000\r\nRRULE:FREQ=DAILY;BYHOUR=18;BYMINUTE=30/);
});
