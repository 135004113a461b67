// Routines end to end in Chromium: create in the week view by keyboard, see it on Today, mark it done, reload.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, onboard, test } from './fixtures';

async function seriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a routine created by keyboard in the week view shows on Today, and its completion survives a reload', async ({
  page,
}) => {
  test.setTimeout(60_000); // four axe scans: ~20 s on a loaded 2-core machine
  await onboard(page);
  await page.goto('./#/week');
  await expect(page.getByRole('heading', { name: 'Week', level: 1 })).toBeVisible();

  // Keyboard only: focus "Add routine", open the dialog, fill it in, save.
  await page.getByRole('button', { name: 'Add routine' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New routine' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Magnesium glycinate');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Area')).toBeFocused();
  await page.keyboard.press('ArrowUp'); // Custom → Stress practice
  await expect(dialog.getByLabel('Area')).toHaveValue('stress');
  await dialog.getByRole('radio', { name: 'Every day' }).focus();
  await page.keyboard.press('Space');
  await dialog.getByRole('textbox', { name: 'Times' }).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('00:01, 23:59');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Added “Magnesium glycinate”.' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^00:01 Magnesium glycinate ?, \w+day, edit$/ }).first(),
  ).toBeVisible();

  await page.screenshot({ path: '/tmp/h2-week.png', fullPage: true });
  expect(await seriousViolations(page, 'week light')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/h2-week-dark.png', fullPage: true });
  expect(await seriousViolations(page, 'week dark')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('link', { name: 'Today' }).click();
  const items = page.getByRole('listitem').filter({ hasText: 'Magnesium glycinate' });
  await expect(items).toHaveCount(2);
  await expect(page.getByText('0 of 2 done')).toBeVisible();
  await items.first().getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('1 of 2 done')).toBeVisible();

  await page.reload();
  await expect(page.getByText('1 of 2 done')).toBeVisible();
  await expect(items.first().getByRole('button', { name: 'Undo' })).toBeVisible();
  await page.screenshot({ path: '/tmp/h2-today.png', fullPage: true });
  expect(await seriousViolations(page, 'today light')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page, 'today dark')).toEqual([]);
});

test('a validation error is shown beside the field and nothing is saved', async ({ page }) => {
  await onboard(page);
  await page.goto('./#/week');
  await page.getByRole('button', { name: 'Add routine' }).click();
  const dialog = page.getByRole('dialog', { name: 'New routine' });
  await dialog.getByRole('button', { name: 'Add routine' }).click();
  await expect(dialog.getByText('Give the routine a name.')).toBeVisible();
  await expect(dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/h2-dialog-dark.png' });
  expect(await seriousViolations(page, 'dialog dark')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('Today scrolls to and highlights the item named in the address', async ({ page }) => {
  await onboard(page);
  await page.goto('./#/week');
  await page.getByRole('button', { name: 'Add routine' }).click();
  const dialog = page.getByRole('dialog', { name: 'New routine' });
  await dialog.getByLabel('Name').fill('Wind down');
  await dialog.getByRole('radio', { name: 'Every day' }).check();
  await dialog.getByRole('textbox', { name: 'Times' }).fill('21:30');
  await dialog.getByRole('button', { name: 'Add routine' }).click();
  await expect(dialog).toBeHidden();
  const routineId = await page.evaluate(async () => {
    const request = indexedDB.open('steadyweek');
    const db = await new Promise<IDBDatabase>(
      (resolve) => (request.onsuccess = () => resolve(request.result)),
    );
    const all = db.transaction('routines').objectStore('routines').getAll();
    return new Promise<string>((resolve) => (all.onsuccess = () => resolve(all.result[0].id)));
  });
  const today = await page.evaluate(() =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date()),
  );
  await page.goto(`./#/today?item=${encodeURIComponent(`${routineId}|${today}|21:30`)}`);
  await expect(page.locator('.today-item.highlighted')).toContainText('Wind down');
});

test('dragging a routine to another day moves it there, every week', async ({ page, consoleErrors }) => {
  await onboard(page);
  await page.goto('./#/week');
  await page.getByRole('button', { name: 'Add routine' }).click();
  const dialog = page.getByRole('dialog', { name: 'New routine' });
  await dialog.getByLabel('Name').fill('Evening stretch');
  await dialog.getByRole('radio', { name: 'On chosen days' }).check();
  // The form starts on today's weekday (in Berlin); this routine is on Mondays only, whatever today is.
  for (const day of ['Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
    await dialog.getByRole('checkbox', { name: day }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Monday' }).check();
  await dialog.getByRole('textbox', { name: 'Times' }).fill('18:00');
  // Started well before this week, so Monday shows whichever day today is.
  await dialog.getByLabel('Starts on').fill('2026-01-05');
  await dialog.getByRole('button', { name: 'Add routine' }).click();
  await expect(dialog).toBeHidden();

  const onMonday = page.getByRole('button', { name: /^18:00 Evening stretch ?, Monday, edit$/ });
  const onWednesday = page.getByRole('button', { name: /^18:00 Evening stretch ?, Wednesday, edit$/ });
  await expect(onMonday).toBeVisible();
  await expect(onWednesday).toHaveCount(0);

  // The week starts on Monday (onboarding), so Wednesday is the third day cell of the Evening lane.
  const evening = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Evening/ }) });
  await page.getByRole('listitem').filter({ has: onMonday }).dragTo(evening.getByRole('cell').nth(2));
  await expect(page.getByRole('status').filter({ hasText: 'Moved, every week.' })).toBeVisible();
  await expect(onWednesday).toBeVisible();
  await expect(onMonday).toHaveCount(0);

  await page.reload();
  await expect(onWednesday).toBeVisible();
  await expect(onMonday).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
