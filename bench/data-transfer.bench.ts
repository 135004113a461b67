// export_5y_ms and import_5y_ms: exporting five years of history to a JSON file and importing it back
// (replace), in Chromium's IndexedDB, driven through Settings → Your data. Each figure is the median of
// the app's own measures (`transfer:export`; `transfer:parse` + `transfer:apply` for import).
// import_5y_indexeddb_floor_ms: what plain IndexedDB in Chromium takes for the same rows: the platform's floor
// for this figure. In the same page, after the app's runs, one readwrite transaction with strict durability
// (as the app opens every transaction) over the history's tables clears them and adds back every row they
// hold (the history, and the routine the app keeps for its active plan: the rows the import wrote), each
// request issued without waiting for the last (as Dexie's bulkAdd does), until `oncomplete`; no Dexie, no
// app code. The median of as many runs; the tables end with the rows they had before (checked).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countRows, generateHistory } from './history';
import { launchProfile, median, serveRenderer } from './browser';
import { seedTables } from './seed-indexeddb';

const port = Number(process.env.BENCH_PORT ?? 4392);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const base = `http://127.0.0.1:${port}/`;
const userDataDir = mkdtempSync(join(tmpdir(), 'steadyweek-bench-transfer-'));
const server = await serveRenderer(port);

// The floor, in the page. Plain JavaScript text, since tsx names the functions it compiles with a helper the
// page does not have. Given the tables and the number of runs, reads the rows those tables hold (not timed),
// times the runs, and returns each run's milliseconds, the rows per table, and the tables whose rows are not
// what they were before the first run.
const importFloor = `async ({ tables, runs }) => {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('steadyweek');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const read = () =>
    new Promise((resolve, reject) => {
      const tx = db.transaction(tables, 'readonly');
      const out = {};
      for (const table of tables) {
        const request = tx.objectStore(table).getAll();
        request.onsuccess = () => (out[table] = request.result);
      }
      tx.oncomplete = () => resolve(out);
      tx.onabort = () => reject(tx.error);
    });
  // Every table's rows as text (keys sorted, rows in key order), to check the floor leaves them as they were.
  const sorted = (key, value) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value;
  const text = (rows) => Object.fromEntries(tables.map((table) => [table, JSON.stringify(rows[table], sorted)]));
  const rows = await read();
  const before = text(rows);
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await new Promise((resolve, reject) => {
      const tx = db.transaction(tables, 'readwrite', { durability: 'strict' });
      for (const table of tables) tx.objectStore(table).clear();
      for (const table of tables) {
        const store = tx.objectStore(table);
        for (const row of rows[table]) store.add(row);
      }
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error('the transaction was aborted'));
    });
    times.push(performance.now() - start);
  }
  const after = text(await read());
  db.close();
  return {
    times,
    rows: Object.fromEntries(tables.map((table) => [table, rows[table].length])),
    changed: tables.filter((table) => after[table] !== before[table]),
  };
}`;

try {
  const today = new Date().toISOString().slice(0, 10);
  const history = generateHistory({ endDate: today });
  const context = await launchProfile(userDataDir);
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole('heading', { name: 'Welcome to Steadyweek' }).waitFor();
  await seedTables(page, { ...history });

  const measure = (name: string) =>
    page.evaluate((n) => performance.getEntriesByName(n).at(-1)!.duration, `transfer:${name}`);
  const exports: number[] = [];
  const imports: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run += 1) {
    await page.goto(`${base}#/settings`);
    await page.reload();
    const data = page.getByRole('region', { name: 'Your data' });
    const downloaded = page.waitForEvent('download');
    await data.getByRole('button', { name: 'Export everything (JSON)' }).click();
    const download = await downloaded;
    const path = join(userDataDir, `export-${run}.json`);
    await download.saveAs(path);
    exports.push(await measure('export'));

    await data.getByRole('radio', { name: /Replace everything/ }).check();
    const chooser = page.waitForEvent('filechooser');
    await data.getByRole('button', { name: 'Choose a file to import…' }).click();
    await (await chooser).setFiles(path);
    await data.getByRole('button', { name: 'Replace everything' }).click({ timeout: 60_000 });
    await data.getByRole('heading', { name: 'What came in' }).waitFor({ timeout: 60_000 });
    const parsed = await measure('parse');
    const applied = await measure('apply');
    console.error(`  (run ${run}: parse ${parsed.toFixed(0)} ms, apply ${applied.toFixed(0)} ms)`);
    imports.push(parsed + applied);
    bytes = (await import('node:fs')).statSync(path).size;
  }

  // The floor, in the same page, over the history's tables with the rows the app's import wrote into them.
  const floor = (await page.evaluate(
    `(${importFloor})(${JSON.stringify({ tables: Object.keys(history), runs })})`,
  )) as { times: number[]; rows: Record<string, number>; changed: string[] };
  await context.close();
  console.error(
    `  (${countRows(history)} rows, ${(bytes / 1e6).toFixed(1)} MB; export runs: ${exports.map((t) => t.toFixed(0)).join(', ')}; import runs: ${imports.map((t) => t.toFixed(0)).join(', ')})`,
  );
  console.log(`export_5y_ms: ${median(exports).toFixed(0)} ms`);
  console.log(`import_5y_ms: ${median(imports).toFixed(0)} ms`);
  if (floor.changed.length > 0) {
    throw new Error(`the IndexedDB floor left other rows than it found in: ${floor.changed.join(', ')}`);
  }
  const floorRows = Object.values(floor.rows).reduce((sum, n) => sum + n, 0);
  console.error(
    `  (import_5y_indexeddb_floor_ms runs: ${floor.times.map((t) => t.toFixed(0)).join(', ')}; ${floorRows} rows)`,
  );
  console.log(`import_5y_indexeddb_floor_ms: ${median(floor.times).toFixed(0)} ms`);
} finally {
  server.kill();
  rmSync(userDataDir, { recursive: true, force: true });
}
