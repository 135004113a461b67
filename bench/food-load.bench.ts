// food_db_load_ms: median over cold loads (a new browser process each time) of #/meals in headless Chromium,
// from the start of the food table's load to searchable (marks `food-db-load-start` → `food-db-searchable`).
// Also food_db_searchable_from_navigation_ms: from navigation start (app boot included) to searchable, and
// food_search_keystroke_p95_ms: p95 from a keystroke in the Food box to its results in the DOM (one frame is 16 ms).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { realisticFoodQueries } from '../src/shared/foods/food-search-queries';
import { launchProfile, median, percentile, serveRenderer } from './browser';

const port = Number(process.env.BENCH_PORT ?? 4393);
const runs = Number(process.env.BENCH_RUNS ?? 7);
const base = `http://127.0.0.1:${port}/`;
const userDataDir = mkdtempSync(join(tmpdir(), 'steadyweek-food-bench-'));
const server = await serveRenderer(port);

try {
  // Seed a profile through first-run onboarding, so #/meals opens straight away.
  const seeding = await launchProfile(userDataDir);
  const page = seeding.pages()[0] ?? (await seeding.newPage());
  await page.goto(base);
  await page.getByRole('heading', { name: 'Welcome to Steadyweek' }).waitFor();
  await page.getByLabel('Age').selectOption('31-50');
  await page.getByRole('radio', { name: 'Female', exact: true }).check();
  await page.getByLabel('Time zone').selectOption('Europe/Berlin');
  await page.getByLabel('Week starts on').selectOption('1');
  await page.getByRole('checkbox', { name: /I have read this/ }).check();
  await page.getByRole('button', { name: 'Start planning' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await seeding.close();

  const loads: number[] = [];
  const fromNavigation: number[] = [];
  const indexing: number[] = [];
  const keystrokes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await launchProfile(userDataDir);
    const tab = context.pages()[0] ?? (await context.newPage());
    await tab.goto(`${base}#/meals`);
    await tab.waitForFunction(() => performance.getEntriesByName('food-db-searchable').length > 0, null, {
      timeout: 30_000,
    });
    const [start, decoded, end] = await tab.evaluate(() =>
      ['food-db-load-start', 'food-db-decoded', 'food-db-searchable'].map(
        (name) => performance.getEntriesByName(name)[0]!.startTime,
      ),
    );
    loads.push(end! - start!);
    if (run === runs - 1) keystrokes.push(...(await measureKeystrokes(tab)));
    indexing.push(end! - decoded!);
    fromNavigation.push(end!);
    await context.close();
  }
  console.log(`food_db_load_ms: ${median(loads).toFixed(0)} ms`);
  console.log(`food_db_index_build_ms: ${median(indexing).toFixed(0)} ms`);
  console.log(`food_search_keystroke_p95_ms: ${percentile(keystrokes, 95).toFixed(1)} ms`);
  console.log(`food_db_searchable_from_navigation_ms: ${median(fromNavigation).toFixed(0)} ms`);
} finally {
  server.kill();
  rmSync(userDataDir, { recursive: true, force: true });
}

/** Types each query letter by letter into the Food box; per keystroke, the time until React has rendered its results. */
async function measureKeystrokes(tab: Page): Promise<number[]> {
  await tab.getByRole('combobox', { name: 'Food', exact: true }).focus();
  const keystrokesJs = `(async (queries) => {
    const input = document.querySelector('[role=combobox]');
    const list = document.getElementById(input.getAttribute('aria-controls'));
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const times = [];
    for (const query of queries) {
      for (let n = 1; n <= query.length; n += 1) {
        const before = list.textContent;
        const start = performance.now();
        setValue.call(input, query.slice(0, n));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // React renders a discrete input event's update before the next task; wait for it in microtasks.
        for (let i = 0; i < 50 && list.textContent === before; i += 1) await Promise.resolve();
        times.push(performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    return times;
  })`;
  return tab.evaluate(`${keystrokesJs}(${JSON.stringify(realisticFoodQueries.slice(0, 20))})`);
}
