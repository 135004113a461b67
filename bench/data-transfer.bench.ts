// export_5y_ms and import_5y_ms: exporting five years of history to a JSON file and importing it back
// (replace), in Chromium's IndexedDB, driven through Settings → Your data. Each figure is the median of
// the app's own measures (`transfer:export`; `transfer:parse` + `transfer:apply` for import).
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
  await context.close();
  console.error(
    `  (${countRows(history)} rows, ${(bytes / 1e6).toFixed(1)} MB; export runs: ${exports.map((t) => t.toFixed(0)).join(', ')}; import runs: ${imports.map((t) => t.toFixed(0)).join(', ')})`,
  );
  console.log(`export_5y_ms: ${median(exports).toFixed(0)} ms`);
  console.log(`import_5y_ms: ${median(imports).toFixed(0)} ms`);
} finally {
  server.kill();
  rmSync(userDataDir, { recursive: true, force: true });
}
