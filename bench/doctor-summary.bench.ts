// doctor_summary_pdf_ms: median, with five years of history, from the click on "Summary for a doctor's visit" on
// Insights to the summary's PDF written to disk by Chromium (page.pdf() once the print view sets printReady).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateHistory } from './history';
import { launchProfile, median, serveRenderer } from './browser';
import { seedTables } from './seed-indexeddb';

const port = Number(process.env.BENCH_PORT ?? 4392);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const base = `http://127.0.0.1:${port}/`;
const userDataDir = mkdtempSync(join(tmpdir(), 'steadyweek-bench-'));
const pdfPath = join(userDataDir, 'summary.pdf');
const server = await serveRenderer(port);

try {
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Berlin' });
  const history = generateHistory({ endDate: today });
  const context = await launchProfile(userDataDir);
  const seeding = await context.newPage();
  await seeding.goto(base);
  await seeding.getByRole('heading', { name: 'Welcome to Steadyweek' }).waitFor();
  await seedTables(seeding, {
    ...history,
    supplementSafety: [{ id: 'me', answers: { heart: false }, answeredAtEpochMs: 0, updatedAtEpochMs: 0 }],
  });
  await seeding.close();

  const timings: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    // A new tab each run, so no query is cached from the last one.
    const page = await context.newPage();
    await page.goto(`${base}#/insights`);
    const button = page.getByRole('button', { name: 'Summary for a doctor’s visit' });
    await button.waitFor();
    const start = performance.now();
    await button.click();
    await page.locator('body[data-print-ready="true"]').waitFor({ timeout: 30_000 });
    const readyAt = performance.now();
    writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
    console.error(
      `  ready ${(readyAt - start).toFixed(0)} ms, pdf ${(performance.now() - readyAt).toFixed(0)} ms`,
    );
    timings.push(performance.now() - start);
    await page.close();
  }
  await context.close();
  console.error(`  (doctor_summary_pdf_ms runs: ${timings.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`doctor_summary_pdf_ms: ${median(timings).toFixed(0)} ms`);
} finally {
  server.kill();
  rmSync(userDataDir, { recursive: true, force: true });
}
