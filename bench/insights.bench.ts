// insights_year_ms and week_query_ratio_5y_vs_1m (Node, fake-indexeddb: bench/insights-year.ts), and the
// Insights screen on the year range with five years of history in Chromium (1280×720, not scrolled):
// - insights_render_ms: a move from Today (the app up and idle, as a person clicks Insights in the sidebar,
//   here by the hash) until what a person sees is complete: the weekly card is shown, no loading status,
//   waiting chart or undrawn chart is inside the viewport (at this size no year chart is: they start below);
// - insights_first_chart_ms: the same move until the first year chart is drawn (the magnesium chart);
// - insights_all_charts_ms: the same move until all twelve charts and six heat maps are in the document (the
//   ones below the fold are drawn in idle slices after the first paint, or as they scroll into view);
// - insights_longest_task_ms: the longest main-thread task in that move (how long the screen could not respond);
// - insights_cold_render_ms: a new page opened straight onto Insights, from navigation start to the arrival
//   as above (the whole start of the app included).
// insights_year_indexeddb_floor_ms: what plain IndexedDB in Chromium takes for the same rows: the platform's
// floor for the year view's reads. In a fresh page once the app is up, one readonly transaction reads the
// rows the year view reads, as the app reads them (completions by key, one range per routine; the other
// dated tables by date; routines, products, plans, custom foods and recipes whole), every getAll issued at
// once and all awaited; no Dexie, no app code. Two warm-ups, then the median of seven.
// week_query_ratio_indexeddb_5y_vs_1m: the same plain reads for the last 7 days, with five years of rows
// against a copy of the database (same stores and indexes) holding the last month, interleaved: how much
// Chromium's own IndexedDB slows a week's ranges as history grows (the platform's side of the app's ratio).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '../src/shared/dates/calendar';
import { rangeSpan } from '../src/shared/insights/ranges';
import type { Page } from '@playwright/test';
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

// The floors, in the page. Plain JavaScript text, since tsx names the functions it compiles with a helper the
// page does not have. The year: the reads timed (two warm-ups, then seven), each run's milliseconds and the
// rows per table. The week: the same reads for the last 7 days with five years of rows and, interleaved,
// in a copy of the database (same stores and indexes) holding only the last month (five warm-ups, then 40).
const indexedDbFloors = `async ({ from, to, weekFrom, monthFrom }) => {
  const byDate = ['doses', 'exerciseLogs', 'stressLogs', 'mealPlan'];
  const keyedByDate = ['checkins', 'sleepLogs'];
  const whole = ['routines', 'products', 'titrationPlans', 'customFoods', 'recipes'];
  const tables = ['completions', ...byDate, ...keyedByDate, ...whole];
  const open = (name, upgrade) =>
    new Promise((resolve, reject) => {
      const request = upgrade ? indexedDB.open(name, 1) : indexedDB.open(name);
      if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const result = (request) =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const read = async (db, from, to) => {
    const tx = db.transaction(tables, 'readonly');
    const span = IDBKeyRange.bound(from, to);
    // Completions as the app reads them: by key, one range per routine ("routine|date|time").
    const routineIds = await result(tx.objectStore('routines').getAllKeys());
    const completions = Promise.all(
      routineIds.map((id) =>
        result(tx.objectStore('completions').getAll(IDBKeyRange.bound(id + '|' + from + '|', id + '|' + to + '|\\uffff'))),
      ),
    ).then((lists) => lists.flat());
    return Promise.all([
      completions,
      ...byDate.map((table) => result(tx.objectStore(table).index('date').getAll(span))),
      ...keyedByDate.map((table) => result(tx.objectStore(table).getAll(span))),
      ...whole.map((table) => result(tx.objectStore(table).getAll())),
    ]);
  };
  const timed = async (db, from, to) => {
    const start = performance.now();
    const rows = await read(db, from, to);
    return { ms: performance.now() - start, rows };
  };
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

  const db = await open('steadyweek');
  const times = [];
  let rows = [];
  for (let run = 0; run < 9; run += 1) {
    const t = await timed(db, from, to);
    rows = t.rows;
    if (run >= 2) times.push(t.ms);
  }

  const shape = [];
  const month = {};
  const all = db.transaction(tables, 'readonly');
  for (const name of tables) {
    const store = all.objectStore(name);
    const indexes = [...store.indexNames].map((index) => {
      const i = store.index(index);
      return { name: index, keyPath: i.keyPath, unique: i.unique, multiEntry: i.multiEntry };
    });
    shape.push({ name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes });
    month[name] = (await result(store.getAll())).filter((row) => row.date === undefined || row.date >= monthFrom);
  }
  const copyName = 'steadyweek-bench-last-month';
  await result(indexedDB.deleteDatabase(copyName));
  const copy = await open(copyName, (upgrading) => {
    for (const store of shape) {
      const created = upgrading.createObjectStore(store.name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement });
      for (const index of store.indexes) created.createIndex(index.name, index.keyPath, index);
    }
  });
  const fill = copy.transaction(tables, 'readwrite');
  for (const name of tables) for (const row of month[name]) fill.objectStore(name).put(row);
  await new Promise((resolve, reject) => {
    fill.oncomplete = resolve;
    fill.onerror = () => reject(fill.error);
  });
  const week5y = [];
  const week1m = [];
  for (let run = 0; run < 45; run += 1) {
    const a = await timed(db, weekFrom, to);
    const b = await timed(copy, weekFrom, to);
    if (run >= 5) {
      week5y.push(a.ms);
      week1m.push(b.ms);
    }
  }
  copy.close();
  db.close();
  await result(indexedDB.deleteDatabase(copyName));
  return {
    times,
    rows: Object.fromEntries(tables.map((table, i) => [table, rows[i].length])),
    week5y: median(week5y),
    week1m: median(week1m),
  };
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
  // The year view's span.
  const span = { from: rangeSpan('year', today, today).from, to: today };
  const floorPage = await context.newPage();
  await floorPage.goto(base);
  await floorPage.waitForFunction(() => performance.getEntriesByName('screen-ready:today').length > 0, null, {
    timeout: 60_000,
  });
  const floorArgs = { ...span, weekFrom: addDays(today, -6), monthFrom: addDays(today, -29) };
  const floor = (await floorPage.evaluate(`(${indexedDbFloors})(${JSON.stringify(floorArgs)})`)) as {
    times: number[];
    rows: Record<string, number>;
    week5y: number;
    week1m: number;
  };
  await floorPage.close();

  // In the page from its first script: a watcher that, from a start time, notes when the arrival view is
  // complete, when the first chart is drawn and when every chart is. A page opened on Insights starts it at
  // once (from navigation start); a move from Today starts it just before the hash changes.
  // Plain JavaScript text, since tsx names the functions it compiles with a helper the page does not have.
  await context.addInitScript({
    content: `(() => {
      window.watchInsights = (start) => {
        const times = { arrival: null, firstChart: null, all: null, longest: 0 };
        window.insightsTimes = times;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            if (entry.startTime >= start) times.longest = Math.max(times.longest, entry.duration);
        }).observe({ type: 'longtask', buffered: true });
        const inView = (element) => {
          const rect = element.getBoundingClientRect();
          return rect.bottom > 0 && rect.top < window.innerHeight && rect.height > 0;
        };
        new MutationObserver((_, observer) => {
          const now = performance.now() - start;
          if (times.arrival === null && document.querySelector('[data-testid="weekly-card"]')) {
            const loading = [...document.querySelectorAll('[role="status"]')]
              .filter(inView)
              .some((status) => /^Loading/.test(status.textContent || ''));
            const waiting = [...document.querySelectorAll('[data-chart-pending]')].some(inView);
            const drawing = [...document.querySelectorAll('[data-chart]')]
              .filter(inView)
              .some((chart) => !chart.querySelector('svg[role="application"]'));
            if (!loading && !waiting && !drawing) times.arrival = now;
          }
          const drawn = document.querySelectorAll('[data-chart] svg[role="application"]').length;
          if (times.firstChart === null && drawn > 0) times.firstChart = now;
          const maps = document.querySelectorAll('svg.heatmap').length;
          if (drawn >= ${expectedCharts} && maps >= ${expectedHeatMaps} && times.arrival !== null) {
            times.all = now;
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true, characterData: true });
      };
      if (location.hash.startsWith('#/insights')) window.watchInsights(0);
    })();`,
  });

  interface Times {
    arrival: number;
    firstChart: number;
    all: number;
    longest: number;
  }
  const times = (page: Page) =>
    page
      .waitForFunction(
        () => (window as unknown as { insightsTimes?: Times }).insightsTimes?.all != null,
        null,
        {
          timeout: 60_000,
        },
      )
      .then(() => page.evaluate(() => (window as unknown as { insightsTimes: Times }).insightsTimes));

  const moves: Times[] = [];
  const opens: Times[] = [];
  // The first visit fetches and compiles the code; the runs after it are what a person sees each time.
  for (let run = 0; run <= runs; run += 1) {
    // A move: Today is up and the page idle (the other screens' code fetched), then Insights → Year.
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${base}#/today`);
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => /insights-screen-[^/]*\.js$/.test(e.name)),
    );
    await page.waitForTimeout(500);
    await page.evaluate(`window.watchInsights(performance.now()); location.hash = '#/insights?range=year';`);
    const move = await times(page);
    await page.close();
    // An open: a new page straight onto Insights → Year, from navigation start.
    const cold = await context.newPage();
    await cold.setViewportSize({ width: 1280, height: 720 });
    await cold.goto(`${base}#/insights?range=year`);
    const open = await times(cold);
    await cold.close();
    if (run === 0) continue;
    moves.push(move);
    opens.push(open);
    const line = (t: Times) =>
      `arrival ${t.arrival.toFixed(0)}, first chart ${t.firstChart.toFixed(0)}, every chart ${t.all.toFixed(0)}, longest task ${t.longest.toFixed(0)} ms`;
    console.error(`  (run ${run}: move from Today: ${line(move)}; page opened on Insights: ${line(open)})`);
  }
  await context.close();
  const figure = (name: string, list: Times[], pick: (t: Times) => number) => {
    console.error(`  (${name} runs: ${list.map((t) => pick(t).toFixed(0)).join(', ')})`);
    console.log(`${name}: ${median(list.map(pick)).toFixed(0)} ms`);
  };
  figure('insights_render_ms', moves, (t) => t.arrival);
  figure('insights_first_chart_ms', moves, (t) => t.firstChart);
  figure('insights_all_charts_ms', moves, (t) => t.all);
  figure('insights_longest_task_ms', moves, (t) => t.longest);
  figure('insights_cold_render_ms', opens, (t) => t.arrival);
  const floorRows = Object.entries(floor.rows).map(([table, n]) => `${table} ${n}`);
  console.error(
    `  (insights_year_indexeddb_floor_ms runs: ${floor.times.map((t) => t.toFixed(1)).join(', ')}; ` +
      `${span.from} to ${span.to}: ${floorRows.join(', ')})`,
  );
  console.log(`insights_year_indexeddb_floor_ms: ${median(floor.times).toFixed(1)} ms`);
  console.error(
    `  (plain IndexedDB week reads: 5 years ${floor.week5y.toFixed(2)} ms, 1 month ${floor.week1m.toFixed(2)} ms)`,
  );
  console.log(`week_query_ratio_indexeddb_5y_vs_1m: ${(floor.week5y / floor.week1m).toFixed(2)} ratio`);
} finally {
  server.kill();
  rmSync(userDataDir, { recursive: true, force: true });
}
