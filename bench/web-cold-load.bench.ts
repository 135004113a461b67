// web_cold_load_today_ms: median of cold loads (a new browser process each time) of #/today with 5 years of history,
// from navigation start to the Today screen showing its data (`screen-ready:today`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateHistory } from './history';
import { launchProfile, median, serveRenderer } from './browser';
import { seedHistory } from './seed-page';

const port = Number(process.env.BENCH_PORT ?? 4391);
const runs = Number(process.env.BENCH_RUNS ?? 7);
const base = `http://127.0.0.1:${port}/`;
const userDataDir = mkdtempSync(join(tmpdir(), 'steadyweek-bench-'));
const server = await serveRenderer(port);

try {
  const today = new Date().toISOString().slice(0, 10);
  const history = generateHistory({ endDate: today });

  // Seed: let the app create its database, then write the history straight into IndexedDB.
  const seeding = await launchProfile(userDataDir);
  const page = await seeding.newPage();
  await page.goto(base);
  await page.getByRole('heading', { name: 'Welcome to Steadyweek' }).waitFor();
  await seedHistory(page, history);
  await seeding.close();

  const timings: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await launchProfile(userDataDir);
    const tab = context.pages()[0] ?? (await context.newPage());
    await tab.goto(`${base}#/today`);
    // Leave the page alone while it starts: Playwright's waiting helpers run script in the page (its
    // injected script takes ~10–20 ms of the main thread), which would add to the very start being measured.
    // The mark's time is from navigation start whenever it is read.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await tab.waitForFunction(() => performance.getEntriesByName('screen-ready:today').length > 0, null, {
      timeout: 30_000,
    });
    timings.push(await tab.evaluate(() => performance.getEntriesByName('screen-ready:today')[0]!.startTime));
    await context.close();
  }
  console.error(`  (web_cold_load_today_ms runs: ${timings.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`web_cold_load_today_ms: ${median(timings).toFixed(0)} ms`);
} finally {
  server.kill();
  rmSync(userDataDir, { recursive: true, force: true });
}
