// Settings in Chromium: edits are kept, bad values are refused with a message, reminders can be paused.
import { expect, onboard, test } from './fixtures';

test('a changed profile is kept after a reload', async ({ page }) => {
  await onboard(page);
  await page.goto('./#/settings');
  await page.getByLabel('Time zone').selectOption('America/New_York');
  await page.getByLabel('Week starts on').selectOption('7');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Time zone')).toHaveValue('America/New_York');
  await expect(page.getByLabel('Week starts on')).toHaveValue('7');
});

test('a bad reminder value gets a message beside its field and nothing is saved', async ({ page }) => {
  await onboard(page);
  await page.goto('./#/settings');
  const interval = page.getByLabel('Repeat unacknowledged reminders every (minutes)');
  await interval.fill('0');
  await page.getByRole('checkbox', { name: 'Hide streaks' }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('At least 1 minute.')).toBeVisible();
  await expect(interval).toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(page.getByLabel('Repeat unacknowledged reminders every (minutes)')).toHaveValue('10');
  await expect(page.getByRole('checkbox', { name: 'Hide streaks' })).not.toBeChecked();
});

test('valid reminder settings are saved, confirmed and kept', async ({ page }) => {
  await onboard(page);
  await page.goto('./#/settings');
  await page.getByLabel('Default snooze').selectOption('30');
  await page.getByRole('checkbox', { name: 'Hide streaks' }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Default snooze')).toHaveValue('30');
  await expect(page.getByRole('checkbox', { name: 'Hide streaks' })).toBeChecked();
});

test('reminders can be paused for an hour, the pause is shown after a reload, and resumed', async ({
  page,
  consoleErrors,
}) => {
  await onboard(page);
  await page.goto('./#/settings');
  await page.getByRole('button', { name: 'Pause for 1 hour' }).click();
  const paused = page.getByRole('status').filter({ hasText: /Reminders are paused until \d\d:\d\d/ });
  await expect(paused).toBeVisible();
  // The pause is kept, and Settings says so after a reload.
  await page.reload();
  await expect(paused).toBeVisible();
  await page.getByRole('button', { name: 'Resume reminders' }).click();
  await expect(page.getByText('Reminders are on again.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Pause reminders' })).toBeVisible();
  await expect(page.getByText(/Reminders are paused/)).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
