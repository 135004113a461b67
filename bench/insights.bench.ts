// insights_year_ms and week_query_ratio_5y_vs_1m (Node, fake-indexeddb: bench/insights-year.ts), and
// insights_render_ms: the year view with five years of history drawn in Chromium, from navigation to every chart shown.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchProfile, median, serveRenderer } from './browser';
import { generateHistory } from './history';
import { seedTables } from './seed-indexeddb';

// The Node half imports the app's modules, which use the web project's path aliases.
const node = spawnSync('npx', ['tsx', '--tsconfig', 'tsconfig.web.json', 'bench/insights-year.ts'], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (node.status !== 0) process.exit(node.status ?? 1);

const port = Number(process.env.BENCH_PORT ?? 4392);
const runs = Number(process.env.BENCH_RUNS ?? 7);
const base = `http://127.0.0.1:${port}/`;
const userDataDir = mkdtempSync(join(tmpdir(), 'steadyweek-bench-insights-'));
const server = await serveRenderer(port);
/** Twelve recharts charts and a heat map per area (six in the generated history). */
const expectedCharts = 12;
const expectedHeatMaps = 6;

try {
  const today = new Date().toISOString().slice(0, 10);
  const context = await launchProfile(userDataDir);
  const seeding = await context.newPage();
  await seeding.goto(base);
  await seeding.getByRole('heading', { name: 'Welcome to Steadyweek' }).waitFor();
  await seedTables(seeding, { ...generateHistory({ endDate: today }) });
  await seeding.close();

  // In the page from its first script: the moment the last chart and heat map are in the document.
  await context.addInitScript(
    ({ charts, heatMaps }) => {
      new MutationObserver((_, observer) => {
        const drawn = document.querySelectorAll('[data-chart] svg[role="application"]').length;
        const maps = document.querySelectorAll('svg.heatmap').length;
        if (drawn >= charts && maps >= heatMaps) {
          performance.mark('insights-charts-shown');
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    },
    { charts: expectedCharts, heatMaps: expectedHeatMaps },
  );

  const timings: number[] = [];
  // The first visit fetches and compiles the code; the runs after it are what a person sees each time.
  for (let run = 0; run <= runs; run += 1) {
    const page = await context.newPage();
    await page.goto(`${base}#/insights?range=year`);
    await page.waitForFunction(() => performance.getEntriesByName('insights-charts-shown').length > 0, null, {
      timeout: 60_000,
    });
    const shown = await page.evaluate(
      () => performance.getEntriesByName('insights-charts-shown')[0]!.startTime,
    );
    const data = await page.evaluate(
      () => performance.getEntriesByName('screen-ready:insights')[0]?.startTime ?? NaN,
    );
    if (run > 0) timings.push(shown);
    if (run > 0)
      console.error(
        `  (run ${run}: figures ready at ${data.toFixed(0)} ms, charts shown at ${shown.toFixed(0)} ms)`,
      );
    await page.close();
  }
  await context.close();
  console.error(`  (insights_render_ms runs: ${timings.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`insights_render_ms: ${median(timings).toFixed(0)} ms`);
} finally {
  server.kill();
  rmSync(userDataDir, { recursive: true, force: true });
}
