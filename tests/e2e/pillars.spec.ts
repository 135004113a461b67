// Sleep, exercise and check-ins in real Chromium: routines that log themselves over a week, the check-in from
// Today feeding Insights and the step-back, last night in one tap, and axe on the screens this work changed.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { daysBefore, expect, magteinPlan, onboard, test } from './fixtures';

/** Noon-ish local instants in Berlin for Monday 8 … Sunday 14 June 2026 (CEST, UTC+2). */
const berlin = (date: string, time: string) => new Date(`${date}T${time}:00+02:00`);
const week = ['08', '09', '10', '11', '12', '13', '14'].map((d) => `2026-06-${d}`);

async function seriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function addExerciseRoutine(
  page: Page,
  values: { title: string; kind: string; minutes: string; days?: string[]; time: string },
) {
  await page.goto('./#/week');
  await page.getByRole('button', { name: 'Add routine' }).click();
  const dialog = page.getByRole('dialog', { name: 'New routine' });
  await dialog.getByLabel('Name').fill(values.title);
  await dialog.getByLabel('Area').selectOption('exercise');
  await dialog.getByRole('checkbox', { name: /Done logs it/ }).check();
  await dialog.getByLabel('Kind of exercise').selectOption(values.kind);
  await dialog.getByLabel('Intensity').selectOption('moderate');
  await dialog.getByLabel('Minutes').fill(values.minutes);
  if (values.days) {
    await dialog.getByRole('radio', { name: 'On chosen days' }).check();
    const days = dialog.getByRole('group', { name: 'Days' });
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
      await days.getByRole('checkbox', { name: day }).setChecked(values.days.includes(day));
  } else await dialog.getByRole('radio', { name: 'Every day' }).check();
  await dialog.getByRole('textbox', { name: 'Times' }).fill(values.time);
  await dialog.getByRole('button', { name: 'Add routine' }).click();
  await expect(dialog).toBeHidden();
}

test('a week of exercise routines done on Today shows on Exercise as minutes and strength days, once each', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.clock.setFixedTime(berlin(week[0]!, '09:00'));
  await onboard(page);
  await addExerciseRoutine(page, { title: 'Brisk walk', kind: 'aerobic', minutes: '30', time: '18:00' });
  await addExerciseRoutine(page, {
    title: 'Strength training',
    kind: 'strength',
    minutes: '20',
    days: ['Monday', 'Thursday'],
    time: '07:00',
  });

  // Planned before anything is done: 7 × 30 aerobic minutes, strength on 2 days.
  await page.goto('./#/exercise');
  await expect(page.getByTestId('target-aerobic')).toContainText('0 of 150–300 min');
  await expect(page.getByTestId('target-aerobic')).toContainText(
    'Planned by your routines this week: 210 min',
  );
  await expect(page.getByTestId('target-strength-days')).toContainText(
    'Planned by your routines this week: 2 days',
  );

  await page.goto('./#/');
  await expect(page.getByRole('listitem').filter({ hasText: 'Brisk walk' })).toContainText(
    'Done logs 30 min of aerobic exercise, moderate.',
  );

  for (const [index, date] of week.entries()) {
    await page.clock.setFixedTime(berlin(date, '19:00'));
    await page.goto('./#/');
    await page.reload();
    // The walk is every day, the strength session on Monday and Thursday.
    const titles = index === 0 || index === 3 ? ['Brisk walk', 'Strength training'] : ['Brisk walk'];
    for (const title of titles) {
      const item = page.getByRole('listitem').filter({ hasText: title });
      await item.getByRole('button', { name: 'Done' }).click();
      await expect(item.getByRole('button', { name: 'Undo' })).toBeVisible();
    }
  }

  await page.goto('./#/exercise');
  await expect(page.getByTestId('target-aerobic')).toContainText('210 of 150–300 min');
  await expect(page.getByTestId('target-strength-days')).toContainText('2 of 2 days');
  await expect(page.getByRole('listitem').filter({ hasText: /aerobic · 30 min/ })).toHaveCount(7);

  // A hand-made entry for today's walk corrects the routine's entry instead of adding an eighth.
  await page.getByLabel('This session is').selectOption({ label: 'Today’s Brisk walk' });
  await page.getByLabel('Minutes').fill('45');
  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Updated the routine’s entry' })).toBeVisible();
  await expect(page.getByTestId('target-aerobic')).toContainText('225 of 150–300 min');
  await expect(page.getByRole('listitem').filter({ hasText: /aerobic · (30|45) min/ })).toHaveCount(7);

  // Undo on Today removes the session it logged.
  await page.goto('./#/');
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Brisk walk' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await page.goto('./#/exercise');
  await expect(page.getByTestId('target-aerobic')).toContainText('180 of 150–300 min');
  await page.screenshot({ path: '/tmp/pillars-exercise-light.png', fullPage: true });
  expect(await seriousViolations(page, 'exercise light')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/pillars-exercise-dark.png', fullPage: true });
  expect(await seriousViolations(page, 'exercise dark')).toEqual([]);
});

test('a check-in from Today shows on Insights and its side effects feed the step-back card', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await onboard(page);
  const today = daysBefore(await magteinPlan(page, { startDaysAgo: 14 }), -14);
  const sideEffects = page.getByRole('form', { name: 'Side effects' });
  await sideEffects.getByLabel('Day').fill(daysBefore(today, 1));
  await sideEffects.getByLabel('Diarrhoea').selectOption('moderate');
  await sideEffects.getByRole('button', { name: 'Save side effects' }).click();
  await expect(sideEffects.getByRole('status')).toContainText('Saved');
  await expect(page.getByRole('heading', { name: 'Step back to the previous step?' })).toHaveCount(0);

  // Today: focus 4, mood 2, loose stools moderate, a note; a handful of taps.
  await page.getByRole('link', { name: 'Today' }).click();
  const card = page.getByRole('region', { name: 'Check in' });
  await card.getByRole('group', { name: 'Focus' }).getByRole('radio', { name: '4', exact: true }).check();
  await card.getByRole('group', { name: 'Mood' }).getByRole('radio', { name: '2', exact: true }).check();
  await card.getByRole('group', { name: 'Loose stools' }).getByRole('radio', { name: 'Moderate' }).check();
  await card.getByLabel('Note').fill('Tired');
  await card.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('region', { name: 'Today’s check-in' }).getByRole('status')).toHaveText(
    'Check-in for today saved.',
  );
  await page.screenshot({ path: '/tmp/pillars-today-light.png', fullPage: true });
  expect(await seriousViolations(page, 'today light')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/pillars-today-dark.png', fullPage: true });
  expect(await seriousViolations(page, 'today dark')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  await page.goto('./#/insights');
  await expect(
    page.getByRole('group', { name: 'Focus' }).getByRole('radio', { name: '4', exact: true }),
  ).toBeChecked();
  await expect(page.getByLabel('Notes')).toHaveValue('Tired');

  await page.goto('./#/supplement');
  const suggestion = page.getByRole('region', { name: 'Step back to the previous step?' });
  await expect(suggestion).toContainText('2 of the last 3 days');
});

test('last night in one tap from Today, regularity and social jet lag on Sleep, and the wind-down on Today', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.clock.setFixedTime(berlin(week[6]!, '08:30'));
  await onboard(page);
  const card = page.getByRole('region', { name: 'Last night' });
  await expect(card).toContainText('In bed at 23:00 (your target), up at 07:00 (your target).');
  await card.getByRole('button', { name: 'Change the times' }).click();
  await card.getByLabel('Bedtime').fill('00:30');
  await card.getByLabel('Wake time').fill('08:15');
  await expect(card).toContainText('That is 7 h 45 min in bed.');
  await card.getByRole('button', { name: 'Log last night' }).click();
  await expect(card.getByRole('status')).toContainText('Logged: 00:30 to 08:15, 7 h 45 min in bed.');

  await page.goto('./#/sleep');
  await expect(page.getByTestId('duration-against-target')).toHaveText(
    '7 h 45 min, 15 min short of your 8 h 00 min',
  );
  await expect(page.getByTestId('social-jet-lag')).toHaveText('needs a free night and a work night');
  const windDown = page.getByRole('region', { name: /Wind-down before 23:00/ });
  await windDown.getByRole('checkbox', { name: 'Screens off at 22:15' }).check();
  await windDown.getByRole('checkbox', { name: 'A page of a book at 22:45' }).check();
  await windDown.getByRole('button', { name: 'Save wind-down' }).click();
  await expect(windDown.getByRole('status')).toContainText('2 steps on Today');
  await page.screenshot({ path: '/tmp/pillars-sleep-light.png', fullPage: true });
  expect(await seriousViolations(page, 'sleep light')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/pillars-sleep-dark.png', fullPage: true });
  expect(await seriousViolations(page, 'sleep dark')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  await page.goto('./#/');
  await expect(page.getByRole('listitem').filter({ hasText: 'Screens off' })).toContainText('22:15');
  await expect(page.getByRole('listitem').filter({ hasText: 'A page of a book' })).toBeVisible();
});

test('bad input on the new paths gets a clear message and saves nothing', async ({ page }) => {
  await onboard(page);
  // Negative minutes on a routine that logs itself.
  await page.goto('./#/week');
  await page.getByRole('button', { name: 'Add routine' }).click();
  const dialog = page.getByRole('dialog', { name: 'New routine' });
  await dialog.getByLabel('Name').fill('Walk');
  await dialog.getByLabel('Area').selectOption('exercise');
  await dialog.getByRole('checkbox', { name: /Done logs it/ }).check();
  await dialog.getByLabel('Minutes').fill('-5');
  await dialog.getByRole('button', { name: 'Add routine' }).click();
  await expect(dialog.getByLabel('Minutes')).toHaveAccessibleDescription(/Enter at least 1 minute\./);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: /Walk/ })).toHaveCount(0);

  // A sleep over 16 hours from Today's card.
  await page.goto('./#/');
  const card = page.getByRole('region', { name: 'Last night' });
  await card.getByRole('button', { name: 'Change the times' }).click();
  await card.getByLabel('Bedtime').fill('13:00');
  await card.getByLabel('Wake time').fill('07:00');
  await card.getByRole('button', { name: 'Log last night' }).click();
  await expect(card.getByLabel('Wake time')).toHaveAccessibleDescription(/over 16 hours/);
  await page.goto('./#/sleep');
  await expect(page.getByText('0 of 14')).toBeVisible();

  // A check-in with nothing tapped.
  await page.goto('./#/');
  await page.getByRole('region', { name: 'Check in' }).getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('region', { name: 'Check in' })).toContainText(
    'Tap at least one answer or write a note',
  );
});

test('the evening check-in reminder is a routine on Today, at the time chosen, kept after a reload', async ({
  page,
}) => {
  await onboard(page);
  await page.getByRole('checkbox', { name: 'Remind me to check in each evening' }).check();
  const item = page.getByRole('listitem').filter({ hasText: 'Evening check-in' });
  await expect(item).toContainText('20:30');
  await page.getByLabel('Evening reminder at').fill('21:15');
  await page.getByLabel('Evening reminder at').blur();
  await expect(item).toContainText('21:15');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Remind me to check in each evening' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Remind me to check in each evening' }).uncheck();
  await expect(item).toHaveCount(0);
});

test('free days are chosen in Settings and kept', async ({ page }) => {
  await onboard(page);
  await page.goto('./#/settings');
  const freeDays = page.getByRole('group', { name: 'Free days' });
  await expect(freeDays.getByRole('checkbox', { name: 'Saturday' })).toBeChecked();
  await expect(freeDays.getByRole('checkbox', { name: 'Sunday' })).toBeChecked();
  await freeDays.getByRole('checkbox', { name: 'Sunday' }).uncheck();
  await freeDays.getByRole('checkbox', { name: 'Friday' }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await page.reload();
  await expect(freeDays.getByRole('checkbox', { name: 'Friday' })).toBeChecked();
  await expect(freeDays.getByRole('checkbox', { name: 'Sunday' })).not.toBeChecked();
  await page.screenshot({ path: '/tmp/pillars-settings-light.png', fullPage: true });
  expect(await seriousViolations(page, 'settings light')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/pillars-settings-dark.png', fullPage: true });
  expect(await seriousViolations(page, 'settings dark')).toEqual([]);
});
