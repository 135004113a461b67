// Sleep, exercise, stress and insights in real Chromium: log, reload, the figures hold; bad input saves nothing.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, onboard, test } from './fixtures';

/** Today's date in Europe/Berlin (the zone `onboard` picks), shifted by `days`. */
function berlinDate(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function logNight(page: Page, date: string, bedtime: string, wakeTime: string, quality?: string) {
  await page.getByLabel('Woke up on').fill(date);
  await page.getByLabel('Bedtime', { exact: true }).fill(bedtime);
  await page.getByLabel('Wake time', { exact: true }).fill(wakeTime);
  if (quality) {
    await page
      .getByRole('group', { name: 'How did you sleep?' })
      .getByRole('radio', { name: quality, exact: true })
      .check();
  }
  await page.getByRole('button', { name: /^(Save|Update) night$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved the night ending ${date}.` })).toBeVisible();
}

async function expectNoSeriousAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('a night, two sessions, a practice and a check-in are kept after a reload, with the right figures', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await onboard(page);

  // Sleep: three nights whose midpoints are 02:15, 03:15 and 04:15 → a standard deviation of 49 min.
  await page.goto('./#/sleep');
  await expect(page.getByLabel('Bedtime', { exact: true })).toHaveValue('23:00'); // starts from the target
  await logNight(page, berlinDate(-2), '00:30', '08:00');
  await logNight(page, berlinDate(-1), '22:30', '06:00');
  await logNight(page, berlinDate(0), '23:30', '07:00', '4');

  // Exercise: 30 vigorous aerobic minutes count as 60; one moderate strength session is one day.
  await page.goto('./#/exercise');
  await page.getByLabel('Minutes').fill('30');
  await page.getByRole('radio', { name: /^Vigorous/ }).check();
  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Logged 30 min of aerobic.' })).toBeVisible();
  await page.getByRole('radio', { name: /^Strength/ }).check();
  await page.getByRole('radio', { name: /^Moderate/ }).check();
  await page.getByLabel('Minutes').fill('20');
  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Logged 20 min of strength.' })).toBeVisible();

  // Stress: a meditation practice by hand.
  await page.goto('./#/stress');
  await page.getByRole('radio', { name: 'Meditation' }).check();
  await page.getByLabel('Minutes').fill('10');
  await page.getByRole('button', { name: 'Log practice' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Logged 10 min of meditation.' })).toBeVisible();

  // Insights: sleep quality starts from last night's log; rate focus and mood.
  await page.goto('./#/insights');
  const sleepQuality = page.getByRole('group', { name: 'Sleep quality last night' });
  await expect(sleepQuality.getByRole('radio', { name: '4', exact: true })).toBeChecked();
  await expect(sleepQuality).toContainText('Filled in from your sleep log.');
  await page.getByRole('group', { name: 'Focus' }).getByRole('radio', { name: '4', exact: true }).check();
  await page.getByRole('group', { name: 'Mood' }).getByRole('radio', { name: '2', exact: true }).check();
  await page.getByLabel('Notes').fill('Busy day');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in for today saved.' })).toBeVisible();

  await page.reload();

  await page.goto('./#/sleep');
  await expect(page.getByText('3 of 14')).toBeVisible();
  await expect(page.getByTestId('midpoint-variability')).toHaveText('± 49 min');
  const lastNight = page.getByRole('row').filter({ hasText: '23:30' });
  await expect(lastNight).toContainText('07:00');
  await expect(lastNight).toContainText('7 h 30 min');
  await expect(page.getByRole('heading', { name: 'Update a night' })).toBeVisible();

  await page.goto('./#/exercise');
  await expect(page.getByText('60 of 150–300 min')).toBeVisible();
  await expect(page.getByText('1 of 2 days')).toBeVisible();
  await expect(
    page.getByText('Physical Activity Guidelines for Americans, 2nd edition (2018)'),
  ).toBeVisible();

  await page.goto('./#/stress');
  await expect(page.getByTestId('stress-total')).toHaveText('10 min');
  await expect(page.getByRole('row', { name: /Meditation/ })).toContainText('10 min');

  await page.goto('./#/insights');
  await expect(
    page.getByRole('group', { name: 'Focus' }).getByRole('radio', { name: '4', exact: true }),
  ).toBeChecked();
  await expect(page.getByLabel('Notes')).toHaveValue('Busy day');
  const summary = page.getByTestId('insights-summary');
  await expect(summary).toContainText('1 of 30 days in the last 30 days have a check-in.');
  await expect(summary).toContainText(
    'Focus: 1 day rated, average 4.0. No trend shown until 14 days are rated',
  );
  await expect(page.getByText('A pattern here is not proof that anything caused it')).toBeVisible();
  await expect(page.getByText('This is not medical advice')).toBeVisible();
  await page.getByText('Show the numbers as a table').click();
  await expect(page.getByRole('row', { name: /4\s+2\s+4/ })).toBeVisible();
});

test('bad input shows a message beside the field and saves nothing', async ({ page }) => {
  await onboard(page);

  await page.goto('./#/sleep');
  await page.getByLabel('Bedtime', { exact: true }).fill('14:00');
  await page.getByLabel('Wake time', { exact: true }).fill('07:00');
  await page.getByRole('button', { name: 'Save night' }).click();
  const wake = page.getByLabel('Wake time', { exact: true });
  await expect(wake).toHaveAttribute('aria-invalid', 'true');
  await expect(wake).toHaveAccessibleDescription(/over 16 hours/);

  await page.goto('./#/exercise');
  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(page.getByLabel('Minutes')).toHaveAccessibleDescription('Enter the minutes as a number.');

  await page.goto('./#/stress');
  await page.getByLabel('Minutes').fill('0');
  await page.getByRole('button', { name: 'Log practice' }).click();
  await expect(page.getByLabel('Minutes')).toHaveAccessibleDescription('Enter at least 1 minute.');

  await page.goto('./#/insights');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('group', { name: 'Focus' })).toContainText(
    'Rate at least one thing or write a note',
  );

  await page.reload();
  await page.goto('./#/sleep');
  await expect(page.getByText('0 of 14')).toBeVisible();
  await expect(page.getByText('No nights logged in the last two weeks yet.')).toBeVisible();
  await page.goto('./#/exercise');
  await expect(page.getByText('0 of 150–300 min')).toBeVisible();
  await page.goto('./#/stress');
  await expect(page.getByTestId('stress-total')).toHaveText('0 min');
  await page.goto('./#/insights');
  await expect(page.getByTestId('insights-summary')).toContainText('0 of 30 days');
});

test('the breathing exercise announces each phase, pauses and stops by keyboard, and logs its minutes on finish', async ({
  page,
}) => {
  await page.clock.install();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await onboard(page);
  await page.goto('./#/stress');
  await page.getByLabel('Length').selectOption('1');
  const start = page.getByRole('button', { name: 'Start breathing' });
  await start.focus();
  await page.keyboard.press('Enter');
  const phase = page.getByTestId('breath-announcement');
  await expect(phase).toHaveText('Breathe in for 4 seconds.');
  // With reduced motion the circle does not grow or shrink; the counting cue carries the pace.
  await expect(page.getByTestId('breath-circle')).toHaveCSS('transform', 'none');
  await page.clock.runFor(4_500);
  await expect(phase).toHaveText('Breathe out for 6 seconds.');
  // Space on the same (now "Pause") button pauses; the Stop button next to it stops; nothing is logged unless asked.
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Resume breathing' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Stop breathing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Stopped after \d+ seconds/)).toBeVisible();
  await page.getByRole('button', { name: 'Don’t log' }).click();
  await expect(page.getByTestId('stress-total')).toHaveText('0 min');

  await page.getByRole('button', { name: 'Start breathing' }).click();
  await page.clock.runFor(61_000);
  await expect(page.getByRole('status').filter({ hasText: 'Logged 1 min of breathing.' })).toBeVisible();
  await expect(page.getByTestId('stress-total')).toHaveText('1 min');
  await expect(page.getByRole('row', { name: /Breathing/ })).toContainText('1 min');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the four screens with data have no serious axe violations in the ${colorScheme} theme`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme });
    await onboard(page);
    await page.goto('./#/sleep');
    await logNight(page, berlinDate(-1), '23:10', '07:20', '3');
    await page.goto('./#/insights');
    await page.getByRole('group', { name: 'Mood' }).getByRole('radio', { name: '3', exact: true }).check();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'saved' })).toBeVisible();
    for (const route of ['sleep', 'exercise', 'stress', 'insights']) {
      await page.goto(`./#/${route}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (route === 'insights')
        await expect(page.getByRole('heading', { name: 'Focus (1–5)' })).toBeVisible();
      await expectNoSeriousAxeViolations(page, `${colorScheme} ${route}`);
      await page.screenshot({ path: test.info().outputPath(`${route}-${colorScheme}.png`), fullPage: true });
    }
  });
}
