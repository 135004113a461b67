// backup_write_5y_ms: main writing one backup file of five years of history (median of 7 writes, each its
// own backup): the envelope read and checked, the guard's comparison, temp file, fsync, rename, rotation.
// The JSON is built here in the export shape (envelope first, then the tables) from bench/history.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackupStore } from '../src/main/backup-store';
import type { ExportEnvelope } from '../src/shared/ipc/data-transfer';
import { generateHistory } from './history';
import { median } from './browser';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const history = generateHistory({ endDate: '2026-06-15', years: 5 });
const tables = history as unknown as Record<string, unknown[]>;
const envelope: ExportEnvelope = {
  format: 'steadyweek',
  formatVersion: 1,
  appVersion: '0.0.0-bench',
  schemaVersion: 3,
  exportedAt: new Date(Date.UTC(2026, 5, 15)).toISOString(),
  counts: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])),
  dateRange: { first: '2021-06-16', last: '2026-06-15' },
};
const text = JSON.stringify({ ...envelope, tables, deletions: [] });
const rows = Object.values(envelope.counts).reduce((a, b) => a + b, 0);

const userDataPath = mkdtempSync(join(tmpdir(), 'steadyweek-backup-bench-'));
try {
  let nowEpochMs = Date.UTC(2026, 5, 15, 9);
  const store = createBackupStore({
    userDataPath,
    appVersion: '0.0.0-bench',
    now: () => nowEpochMs,
    timeZone: () => 'UTC',
    log: () => {},
  });
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    nowEpochMs += 86_400_000;
    const started = performance.now();
    const result = store.write('daily', text);
    times.push(performance.now() - started);
    if (result.status !== 'written') throw new Error(`backup not written: ${result.message}`);
  }
  console.log(`backup_write_5y_ms: ${median(times).toFixed(1)} ms`);
  console.log(`backup_write_5y_bytes: ${Buffer.byteLength(text)} bytes`);
  console.log(`backup_write_5y_rows: ${rows} rows`);
} finally {
  rmSync(userDataPath, { recursive: true, force: true });
}
