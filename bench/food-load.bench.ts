// food_db_load_ms: median over cold loads (a new browser process each time) of #/meals in headless Chromium,
// from the start of the food table's load to searchable (marks `food-db-load-start` → `food-db-searchable`).
// Also food_db_searchable_from_navigation_ms: from navigation start (app boot included) to searchable.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchProfile, median, serveRenderer } from './browser';

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
    indexing.push(end! - decoded!);
    fromNavigation.push(end!);
    await context.close();
  }
  console.log(`food_db_load_ms: ${median(loads).toFixed(0)} ms`);
  console.log(`food_db_index_build_ms: ${median(indexing).toFixed(0)} ms`);
  console.log(`food_db_searchable_from_navigation_ms: ${median(fromNavigation).toFixed(0)} ms`);
} finally {
  server.kill();
  rmSync(userDataDir, { recursive: true, force: true });
}
