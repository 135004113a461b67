// Insights' Links section and the doctor's-visit summary in Chromium: the 14-day rule, the PDF's figures, axe in light and dark.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { generateHistory } from '../../bench/history';
import { seedTables } from '../../bench/seed-indexeddb';
import { addDays, datesBetween } from '../../src/shared/dates/calendar';
import { doctorSummary } from '../../src/shared/insights/doctor-summary';
import { insightExerciseTarget } from '../../src/shared/insights/pillar-figures';
import { linkBetween } from '../../src/shared/insights/links';
import { adherenceByDay } from '../../src/shared/wellbeing/adherence';
import { expect, onboard, test } from './fixtures';

const todayInBerlin = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Berlin' });

async function expectNoSeriousAxeViolations(page: Page, include: string) {
  const results = await new AxeBuilder({ page }).include(include).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Day i (1 = yesterday) of a small made-up diary: longer nights beside higher focus, with some noise. */
function diaryDay(today: string, i: number) {
  const date = addDays(today, -i);
  const sleepMinutes = 360 + ((i * 37) % 150);
  const focus = Math.min(5, Math.max(1, Math.round((sleepMinutes - 330) / 40) + ((i % 3) - 1)));
  const bedMinutes = 7 * 60 + 24 * 60 - sleepMinutes;
  const bedtime = `${String(Math.floor(bedMinutes / 60) % 24).padStart(2, '0')}:${String(bedMinutes % 60).padStart(2, '0')}`;
  return {
    checkin: {
      date,
      focus,
      mood: null,
      irritability: null,
      restlessness: null,
      sleepQuality: null,
      sideEffects: { diarrhoea: 'none', nausea: 'none', cramps: 'none', other: 'none' },
      otherSideEffect: '',
      notes: '',
      updatedAtEpochMs: 1,
    },
    sleepLog: { date, bedtime, wakeTime: '07:00', quality: null, notes: '', updatedAtEpochMs: 1 },
    sleepHours: sleepMinutes / 60,
  };
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the Links section shows its numbers only past 14 paired days', async ({ page }) => {
      await onboard(page);
      const today = todayInBerlin();
      const days = Array.from({ length: 15 }, (_, k) => diaryDay(today, k + 1));
      const seed = (list: typeof days) =>
        seedTables(page, { checkins: list.map((d) => d.checkin), sleepLogs: list.map((d) => d.sleepLog) });
      const choosePair = async () => {
        await page.goto('./#/insights');
        await page.getByLabel('Compare').selectOption({ label: 'Sleep duration → focus' });
      };

      await seed(days.slice(0, 13));
      await choosePair();
      const section = page.getByRole('region', { name: 'Links' });
      await expect(section.getByTestId('links-paired-days')).toHaveText('13');
      await expect(section.getByText('figures appear from 14')).toBeVisible();
      await expect(section.getByTestId('links-figures')).toHaveCount(0);
      await expect(section.getByText(/Spearman’s rho\)/)).toHaveCount(0);

      await seed(days.slice(13));
      await page.reload();
      await choosePair();
      await expect(section.getByTestId('links-paired-days')).toHaveText('15');
      const expected = linkBetween(
        new Map(days.map((d) => [d.checkin.date, d.sleepHours])),
        new Map(days.map((d) => [d.checkin.date, d.checkin.focus])),
      );
      if (expected.status !== 'ready' || expected.rho.kind !== 'rho')
        throw new Error('the diary should link');
      const rhoRow = section.getByRole('row', { name: /Spearman/ });
      await expect(rhoRow).toContainText(expected.rho.estimate.toFixed(2).replace('-', '−'));
      await expect(rhoRow).toContainText(
        `${expected.rho.low.toFixed(2).replace('-', '−')} to ${expected.rho.high.toFixed(2).replace('-', '−')}`,
      );
      await expect(section.getByText('A link is not a cause.')).toBeVisible();
      await expect(section.getByRole('img', { name: /Scatter of 15 paired days/ })).toBeVisible();
      await section.getByText('Show the paired days as a table').click();
      await expect(section.locator('details table tbody tr')).toHaveCount(15);
      await expectNoSeriousAxeViolations(page, '.links-section');

      // By keyboard: the pair is a native select, so the arrow keys move to the next pair.
      await page.getByLabel('Compare').focus();
      await page.keyboard.press('ArrowDown');
      await expect(page.getByLabel('Compare')).toHaveValue('exercise-mood');
      await expect(section.getByText(/\(days with both exercise and mood\)/)).toBeVisible();
    });

    test('the doctor summary holds its figures, prints to one PDF page, and passes axe', async ({ page }) => {
      test.setTimeout(90_000);
      await onboard(page);
      const today = todayInBerlin();
      const history = generateHistory({ endDate: today, years: 0.25 });
      const safety = {
        id: 'me',
        answers: { heart: false, kidney: true, diabetes: false },
        answeredAtEpochMs: Date.parse('2026-01-05T10:00:00Z'),
        updatedAtEpochMs: 1,
      };
      await seedTables(page, { ...history, supplementSafety: [safety] });

      const from = addDays(today, -27);
      await page.goto(`./#/insights/summary?from=${from}&to=${today}`);
      await page.reload(); // a hash change keeps the page's cached queries; rows written behind Dexie's back need a fresh read
      await expect(page.locator('body[data-print-ready="true"]')).toHaveCount(1, { timeout: 15_000 });
      await expect(
        page.getByRole('heading', { level: 1, name: 'Summary for a doctor’s visit' }),
      ).toBeVisible();

      const expected = doctorSummary({
        from,
        to: today,
        timeZone: 'Europe/Berlin',
        doseRoutine: adherenceByDay(
          history.routines.filter((r) => r.source?.kind === 'titration-plan'),
          history.completions,
          datesBetween(from, today),
        ),
        doses: history.doses,
        checkins: history.checkins,
        foodMagnesium: {},
        supplementMagnesium: {},
        rdaMg: 320,
        upperLimitMg: 350,
        sleepLogs: history.sleepLogs,
        exercise: history.exerciseLogs,
        exerciseGoals: insightExerciseTarget(history.profile[0]!.lifeStage),
        practices: history.stressLogs,
      });
      const doses = page.getByTestId('summary-doses');
      await expect(doses.getByRole('row', { name: /Taken on time/ })).toContainText(
        String(expected.doses.onTime),
      );
      await expect(doses.getByRole('row', { name: /Skipped/ })).toContainText(String(expected.doses.skipped));
      await expect(page.getByTestId('summary-brief')).toContainText(
        `${expected.exercise.totalMinutes} min in all`,
      );

      for (const colour of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: colour });
        await expectNoSeriousAxeViolations(page, '.doctor-summary');
      }

      const dir = mkdtempSync(join(tmpdir(), 'steadyweek-summary-'));
      try {
        for (const format of ['A4', 'Letter'] as const) {
          const file = join(dir, `summary-${format}.pdf`);
          writeFileSync(file, await page.pdf({ format, printBackground: true }));
          const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
          expect(info, `${format} fits one page`).toMatch(/^Pages:\s+1$/m);
          const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
          expect(text).toContain('Summary for a doctor’s visit');
          expect(text).toMatch(new RegExp(`Taken on time\\s+${expected.doses.onTime}\\b`));
          expect(text).toMatch(new RegExp(`Taken late\\s+${expected.doses.late}\\b`));
          expect(text).toMatch(new RegExp(`Skipped\\s+${expected.doses.skipped}\\b`));
          expect(text).toMatch(new RegExp(`Dose times planned\\s+${expected.doses.planned}\\b`));
          expect(text).toContain(`${expected.sleep.nights} nights logged`);
          expect(text).toMatch(/Kidney disease, or medicine for it\s+Yes/);
          expect(text).toContain('does not diagnose or treat ADHD');
          expect(text).toContain('NIH Office of Dietary Supplements');
          expect(text).not.toContain('Back to Insights'); // the controls stay off paper
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

test('the summary refuses a range that ends before it starts, and shows nothing', async ({ page }) => {
  await onboard(page);
  await page.goto('./#/insights/summary?from=2026-03-30&to=2026-03-01');
  await expect(page.getByRole('alert')).toContainText('The first day must not be after the last.');
  await expect(page.getByRole('heading', { name: 'Summary for a doctor’s visit' })).toHaveCount(0);
});
