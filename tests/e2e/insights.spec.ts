// Insights in real Chromium: 90 seeded days draw every chart with text alternatives holding the expected
// totals; the year range with five years of history; the charts by keyboard; axe in light and dark.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { generateHistory, type History } from '../../bench/history';
import { seedTables } from '../../bench/seed-indexeddb';
import { expect, test } from './fixtures';

const berlinToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

async function openWith(page: Page, history: History) {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Welcome to Steadyweek' })).toBeVisible();
  await seedTables(page, { ...history });
  await page.goto('./#/insights');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
}

/** USDA SR28 magnesium (mg per 100 g) for the given NDB numbers, read from the bundled CSV. */
function magnesiumPer100g(ids: Set<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync('resources/food/foods.csv', 'utf8').split('\n')) {
    const id = line.slice(0, 5);
    if (!ids.has(id)) continue;
    const fields = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((f) => f.replace(/,$/, ''));
    out.set(id, Number(fields[4]));
  }
  return out;
}

/** The numbers in one column of a table, by its header. */
async function columnSum(table: ReturnType<Page['locator']>, header: string): Promise<number> {
  const headers = await table.locator('thead th').allTextContents();
  const index = headers.indexOf(header);
  expect(index, `column ${header}`).toBeGreaterThan(0);
  const cells = await table.locator(`tbody tr > :nth-child(${index + 1})`).allTextContents();
  return cells.reduce((sum, text) => sum + (Number(text) || 0), 0);
}

const chartNames = [
  'magnesium',
  'supplement-upper-limit',
  'sleep-timing',
  'sleep-duration',
  'sleep-regularity',
  'exercise-minutes',
  'exercise-strength',
  'stress-minutes',
  'rating-focus',
  'rating-mood',
  'rating-sleepQuality',
  'supplement-adherence',
];

async function expectEveryChart(page: Page) {
  // The charts' code loads on first use, and a loaded 2-core machine draws twelve charts slowly.
  await expect(page.locator('[data-chart] svg[role="application"]').first()).toBeVisible({ timeout: 20_000 });
  for (const name of chartNames) {
    await expect(page.locator(`[data-chart="${name}"] svg[role="application"]`), name).toBeVisible();
  }
  // One heat map per area with routines: the history has all six.
  await expect(page.locator('svg.heatmap')).toHaveCount(6);
}

test.describe('with 90 days of history', () => {
  const today = berlinToday();
  const history = generateHistory({ endDate: today, years: 90 / 365.25 });
  // "3 months" is 91 days: the 90 seeded and the one before them, empty.
  const rangeDays = 91;

  test('every chart renders and its text alternative holds the expected totals', async ({
    page,
    consoleErrors,
  }) => {
    test.setTimeout(60_000);
    await openWith(page, history);
    await page.getByRole('radio', { name: '3 months' }).check();
    await expectEveryChart(page);

    // Magnesium: supplement doses marked taken (on time or late) and USDA food for the planned meals.
    const takenMg = history.doses
      .filter((d) => d.status !== 'skipped')
      .reduce((s, d) => s + d.elementalMg, 0);
    const per100g = magnesiumPer100g(new Set(history.mealPlan.map((m) => m.food.id)));
    const foodMg = history.mealPlan.reduce((s, m) => s + (per100g.get(m.food.id)! * m.grams) / 100, 0);
    const mgText = page.getByTestId('magnesium-text');
    await expect(mgText).toContainText(`Over these ${rangeDays} days`);
    await expect(mgText).toContainText(`${Math.round(foodMg / rangeDays)} mg a day from planned meals`);
    await expect(mgText).toContainText(
      `${Math.round(takenMg / rangeDays)} mg from supplement doses marked taken`,
    );
    await expect(mgText).toContainText('against the RDA of 320 mg');
    await page.getByText('Show the magnesium figures as a table').click();
    const mgTable = page.getByRole('table', { name: 'Magnesium by day: food, supplement and total, in mg' });
    await expect(mgTable.locator('tbody tr')).toHaveCount(rangeDays);
    expect(await columnSum(mgTable, 'Supplement (mg)')).toBe(takenMg);
    // Each day's food is rounded to 0.1 mg.
    expect(Math.abs((await columnSum(mgTable, 'Food (mg)')) - foodMg)).toBeLessThanOrEqual(0.05 * rangeDays);
    expect(await columnSum(mgTable, 'Total (mg)')).toBeCloseTo(
      (await columnSum(mgTable, 'Food (mg)')) + takenMg,
      4,
    );

    // Sleep: every seeded night, with both times.
    await expect(page.getByTestId('sleep-text')).toContainText(`90 nights logged in ${rangeDays} days`);
    await page.getByText('Show the nights as a table').click();
    await expect(
      page.getByRole('table', { name: 'Nights: bedtime, wake time and duration' }).locator('tbody tr'),
    ).toHaveCount(90);

    // Exercise and stress practice: minutes summed by week.
    const exerciseMinutes = history.exerciseLogs.reduce((s, e) => s + e.minutes, 0);
    await expect(page.getByTestId('exercise-text')).toContainText(`${exerciseMinutes} min logged`);
    await page.getByText('Show exercise by week as a table').click();
    const exerciseTable = page.getByRole('table', { name: /Exercise by week/ });
    expect(await columnSum(exerciseTable, 'All minutes')).toBe(exerciseMinutes);
    const strengthDays = new Set(history.exerciseLogs.filter((e) => e.kind === 'strength').map((e) => e.date))
      .size;
    expect(await columnSum(exerciseTable, 'Strength days')).toBe(strengthDays);

    const practiceMinutes = history.stressLogs.reduce((s, p) => s + p.minutes, 0);
    await expect(page.getByTestId('stress-text')).toContainText(
      `${practiceMinutes} min of practice over 14 weeks: breathing ${practiceMinutes} min.`,
    );
    await page.getByText('Show practice by week as a table').click();
    expect(await columnSum(page.getByRole('table', { name: /Practice minutes by week/ }), 'Breathing')).toBe(
      practiceMinutes,
    );

    // Check-ins beside the supplement routine.
    await expect(page.getByTestId('insights-summary')).toContainText(
      `90 of ${rangeDays} days in the last 3 months have a check-in.`,
    );
    const supplementDone = history.completions.filter(
      (c) => c.status === 'done' && c.routineId === 'routine-0',
    ).length;
    await expect(page.getByTestId('heat-text-supplement')).toHaveText(
      `${supplementDone} of 180 planned done (${Math.round((supplementDone / 180) * 100)} %).`,
    );
    await page.getByText('Show routines done by day as a table').click();
    await expect(
      page.getByRole('table', { name: /Routines done of planned/ }).locator('tbody tr'),
    ).toHaveCount(90);

    // The weekly card says it in words.
    await expect(page.getByTestId('weekly-card')).toContainText('Exercise:');
    await expect(page.getByTestId('weekly-card')).toContainText('than the 7 days before');
    expect(consoleErrors).toEqual([]);
  });

  test('a chart’s figures can be read by keyboard', async ({ page }) => {
    test.setTimeout(60_000);
    await openWith(page, history);
    const chart = page.locator('[data-chart="magnesium"] svg[role="application"]');
    await expect(chart).toBeVisible({ timeout: 20_000 });
    await chart.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-chart="magnesium"] .recharts-tooltip-wrapper')).toContainText(
      'Supplement',
    );
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no serious or critical violation in the ${colorScheme} theme`, async ({ page }) => {
      // axe over a screen of twelve charts: over a minute on a loaded 2-core machine.
      test.setTimeout(150_000);
      await page.emulateMedia({ colorScheme });
      await openWith(page, history);
      await expectEveryChart(page);
      for (const summary of await page.locator('.insights-table > summary').all()) await summary.click();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.screenshot({ path: `/tmp/insights-90-${colorScheme}.png`, fullPage: true });
    });
  }
});

test('the year range renders with five years of history', async ({ page, consoleErrors }) => {
  test.setTimeout(180_000);
  const history = generateHistory({ endDate: berlinToday() });
  await openWith(page, history);
  await page.getByRole('radio', { name: 'Year' }).check();
  await expectEveryChart(page);
  await expect(page.getByTestId('magnesium-text')).toContainText('Over these 365 days', { timeout: 30_000 });
  await expect(page.getByTestId('insights-summary')).toContainText(
    '365 of 365 days in the last year have a check-in.',
  );
  await page.screenshot({ path: '/tmp/insights-year-light.png', fullPage: true });
  await page.getByRole('radio', { name: 'All' }).check();
  await expect(page.getByTestId('magnesium-text')).toContainText(
    `Over these ${history.checkins.length} days`,
  );
  await expect(page.getByText(/days drawn, about one a pixel/).first()).toBeVisible();
  await page.screenshot({ path: '/tmp/insights-all-light.png', fullPage: true });
  expect(consoleErrors).toEqual([]);
});

test('a read that fails is said plainly, and the rest of the screen still works', async ({ page }) => {
  const history = generateHistory({ endDate: berlinToday(), years: 30 / 365.25 });
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Welcome to Steadyweek' })).toBeVisible();
  await seedTables(page, { ...history });
  // From the next load on, every range read of the check-ins fails, as a damaged store would (one day
  // by key still reads).
  await page.addInitScript({
    content: `(() => {
      for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
        for (const method of ['getAll', 'openCursor']) {
          const original = proto[method];
          proto[method] = function (...args) {
            const store = this instanceof IDBIndex ? this.objectStore : this;
            if (store.name === 'checkins') {
              throw new DOMException('The check-ins could not be read.', 'UnknownError');
            }
            return original.apply(this, args);
          };
        }
      }
    })();`,
  });
  await page.goto('./#/insights');
  await page.reload();
  await expect(
    page.getByRole('alert').filter({ hasText: 'could not read this week’s figures' }),
  ).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: 'could not read your history for this range' }),
  ).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: 'could not read the notes these links compare' }),
  ).toBeVisible();
  await expect(page.getByText(/^Loading (this week|your history|your notes)…$/)).toHaveCount(0);
  // The check-in itself reads one day by key, so it is still there to fill in.
  await expect(page.getByRole('button', { name: 'Save check-in' })).toBeVisible();
});
