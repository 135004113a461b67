// insights_year_ms and week_query_ratio_5y_vs_1m (Node, fake-indexeddb: bench/insights-year.ts), and the year
// view with five years of history in Chromium (1280×720, the page as it opens, not scrolled), from navigation:
// - insights_render_ms: what a person sees on arrival is complete: the figures are shown (screen-ready) and
//   every chart block inside the viewport is drawn (none still waiting);
// - insights_all_charts_ms: all twelve charts and six heat maps are in the document (the ones below the fold
//   are drawn in idle slices after the first paint, or as they scroll into view);
// - insights_longest_task_ms: the longest main-thread task until then (how long the screen could not respond).
// insights_year_indexeddb_floor_ms: what plain IndexedDB in Chromium takes for the same rows: the platform's
// floor for this figure (the year view's reads, which insights_year_ms makes through the app on fake-indexeddb
// and insights_render_ms waits for in Chromium). In a fresh page once the app is up, one readonly transaction
// reads exactly the rows the year view reads (its dated tables for the year's span by date; routines, products,
// plans, custom foods and recipes whole), every getAll issued at once and all awaited; no Dexie, no app code.
// Two warm-ups, then the median of seven.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '../src/shared/dates/calendar';
import { rangeSpan } from '../src/shared/insights/ranges';
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

// The floor, in the page. Plain JavaScript text, since tsx names the functions it compiles with a helper the
// page does not have. Given the span, times the reads (two warm-ups, then seven) and returns each timed run's
// milliseconds and the rows per table.
const yearReadFloor = `async ({ from, to }) => {
  const byDate = ['completions', 'doses', 'exerciseLogs', 'stressLogs', 'mealPlan'];
  const keyedByDate = ['checkins', 'sleepLogs'];
  const whole = ['routines', 'products', 'titrationPlans', 'customFoods', 'recipes'];
  const tables = [...byDate, ...keyedByDate, ...whole];
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('steadyweek');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const result = (request) =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const read = () => {
    const tx = db.transaction(tables, 'readonly');
    const span = IDBKeyRange.bound(from, to);
    return Promise.all([
      ...byDate.map((table) => result(tx.objectStore(table).index('date').getAll(span))),
      ...keyedByDate.map((table) => result(tx.objectStore(table).getAll(span))),
      ...whole.map((table) => result(tx.objectStore(table).getAll())),
    ]);
  };
  const times = [];
  let rows = [];
  for (let run = 0; run < 9; run += 1) {
    const start = performance.now();
    rows = await read();
    if (run >= 2) times.push(performance.now() - start);
  }
  db.close();
  return { times, rows: Object.fromEntries(tables.map((table, i) => [table, rows[i].length])) };
}`;

try {
  const today = new Date().toISOString().slice(0, 10);
  const context = await launchProfile(userDataDir);
  const seeding = await context.newPage();
  await seeding.goto(base);
  await seeding.getByRole('heading', { name: 'Welcome to Steadyweek' }).waitFor();
  await seedTables(seeding, { ...generateHistory({ endDate: today }) });
  await seeding.close();

  // The floor first, in a fresh page with the app up, before the year view's pages have their observers.
  // The year view's span: the year range, read from at least a fortnight back (the view's readFrom).
  const year = rangeSpan('year', today, today).from;
  const fortnight = addDays(today, -13);
  const span = { from: year < fortnight ? year : fortnight, to: today };
  const floorPage = await context.newPage();
  await floorPage.goto(base);
  await floorPage.waitForFunction(() => performance.getEntriesByName('screen-ready:today').length > 0, null, {
    timeout: 60_000,
  });
  const floor = (await floorPage.evaluate(`(${yearReadFloor})(${JSON.stringify(span)})`)) as {
    times: number[];
    rows: Record<string, number>;
  };
  await floorPage.close();

  // In the page from its first script: when the arrival view is complete, and when every chart is drawn.
  // Plain JavaScript text, since tsx names the functions it compiles with a helper the page does not have.
  await context.addInitScript({
    content: `(() => {
      const longest = { ms: 0 };
      window.longestTask = longest;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
      const inView = (element) => {
        const rect = element.getBoundingClientRect();
        return rect.bottom > 0 && rect.top < window.innerHeight && rect.height > 0;
      };
      const marked = (name) => performance.getEntriesByName(name).length > 0;
      new MutationObserver((_, observer) => {
        if (!marked('insights-arrival-shown') && marked('screen-ready:insights')) {
          const waiting = [...document.querySelectorAll('[data-chart-pending]')].some(inView);
          const drawing = [...document.querySelectorAll('[data-chart]')]
            .filter(inView)
            .some((chart) => !chart.querySelector('svg[role="application"]'));
          if (!waiting && !drawing) performance.mark('insights-arrival-shown');
        }
        const drawn = document.querySelectorAll('[data-chart] svg[role="application"]').length;
        const maps = document.querySelectorAll('svg.heatmap').length;
        if (drawn >= ${expectedCharts} && maps >= ${expectedHeatMaps}) {
          performance.mark('insights-charts-shown');
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    })();`,
  });

  const arrival: number[] = [];
  const all: number[] = [];
  const longest: number[] = [];
  // The first visit fetches and compiles the code; the runs after it are what a person sees each time.
  for (let run = 0; run <= runs; run += 1) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${base}#/insights?range=year`);
    await page.waitForFunction(() => performance.getEntriesByName('insights-charts-shown').length > 0, null, {
      timeout: 60_000,
    });
    const at = await page.evaluate(() => ({
      data: performance.getEntriesByName('screen-ready:insights')[0]?.startTime ?? NaN,
      arrival: performance.getEntriesByName('insights-arrival-shown')[0]?.startTime ?? NaN,
      all: performance.getEntriesByName('insights-charts-shown')[0]?.startTime ?? NaN,
      longest: (window as unknown as { longestTask: { ms: number } }).longestTask.ms,
    }));
    await page.close();
    if (run === 0) continue;
    arrival.push(at.arrival);
    all.push(at.all);
    longest.push(at.longest);
    console.error(
      `  (run ${run}: figures ready at ${at.data.toFixed(0)} ms, arrival view at ${at.arrival.toFixed(0)} ms, ` +
        `every chart at ${at.all.toFixed(0)} ms, longest task ${at.longest.toFixed(0)} ms)`,
    );
  }
  await context.close();
  const list = (values: number[]) => values.map((t) => t.toFixed(0)).join(', ');
  console.error(`  (insights_render_ms runs: ${list(arrival)}; insights_all_charts_ms runs: ${list(all)})`);
  console.log(`insights_render_ms: ${median(arrival).toFixed(0)} ms`);
  console.log(`insights_all_charts_ms: ${median(all).toFixed(0)} ms`);
  console.log(`insights_longest_task_ms: ${median(longest).toFixed(0)} ms`);
  const floorRows = Object.entries(floor.rows).map(([table, n]) => `${table} ${n}`);
  console.error(
    `  (insights_year_indexeddb_floor_ms runs: ${floor.times.map((t) => t.toFixed(1)).join(', ')}; ` +
      `${span.from} to ${span.to}: ${floorRows.join(', ')})`,
  );
  console.log(`insights_year_indexeddb_floor_ms: ${median(floor.times).toFixed(1)} ms`);
} finally {
  server.kill();
  rmSync(userDataDir, { recursive: true, force: true });
}
