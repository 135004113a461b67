// The reminder rules sync in Chromium: a routine whose rule the engine refuses is named on screen.
import type { Page } from '@playwright/test';
import { expect, onboard, test } from './fixtures';

async function addDailyRoutine(page: Page, name: string) {
  await page.getByRole('button', { name: 'Add routine' }).click();
  const dialog = page.getByRole('dialog', { name: 'New routine' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('radio', { name: 'Every day' }).check();
  await dialog.getByRole('button', { name: 'Add routine' }).click();
  await expect(dialog).toBeHidden();
}

test('a routine whose reminder cannot be set is named in a banner, once, and the page keeps working', async ({
  page,
}) => {
  await onboard(page);
  await page.goto('./#/week');
  await addDailyRoutine(page, 'Magnesium');
  await addDailyRoutine(page, 'Evening walk');
  // Data an older version could have written: a nag interval of 0 minutes, which the engine refuses.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('steadyweek');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('routines', 'readwrite');
          const store = tx.objectStore('routines');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const routine of all.result as { title: string; reminder: Record<string, unknown> }[]) {
              if (routine.title !== 'Evening walk') continue;
              routine.reminder = {
                ...routine.reminder,
                enabled: true,
                nag: { intervalMinutes: 0, maxCount: 3 },
              };
              store.put(routine);
            }
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  const banner = page.getByRole('region', { name: 'Reminders' }).getByRole('status');
  await expect(
    banner.filter({ hasText: "This routine's reminder could not be set: Evening walk" }),
  ).toBeVisible();
  await expect(banner).toHaveCount(1);
  await expect(banner).toContainText('the other reminders are set');
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByText('Magnesium').first()).toBeVisible();
});
