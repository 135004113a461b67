// Export and import bound to the app database: the transfer owner, the one module that reads and writes
// every table (for export, import, backups and the raw dump). Settings and main's backups call these.
import { BOOT_CACHE_KEY } from '@shared/boot-script';
import { pageStorage } from '../../db/boot-cache';
import { db } from '../../db/db';
import { DATABASE_NAME } from '../../db/schema';
import { applyImport, type ImportMode, type ImportReport } from './apply-import';
import { buildExport, exportFileText, type ExportFile } from './export-file';
import { parseImport as parseImportWith } from './parse-import';
import { rawDump as rawDumpOf } from './raw-dump';

/** Times `work` as a performance measure (`transfer:export`, `transfer:parse`, `transfer:apply`) for the bench. */
async function measured<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(`transfer:${name}`, { start, end: performance.now() });
  }
}

/** The whole database as the text of an export file (`format: "steadyweek"`). */
export function exportAllText(): Promise<string> {
  return measured('export', async () => exportFileText(await exportAll()));
}

/** The whole database as an export file (for the CSV and calendar exports too). */
export const exportAll = (): Promise<ExportFile> => buildExport(db, Date.now());

/** The file checked whole, at this app's format and schema, or an `ImportError` saying why not. Writes nothing. */
export function parseImport(input: string | Uint8Array): Promise<ExportFile> {
  return measured('parse', async () => {
    const zone = (await db.profile.get('me'))?.timeZone ?? 'UTC';
    return parseImportWith(input, { nowEpochMs: Date.now(), fallbackZone: zone });
  });
}

/**
 * Imports a checked file (or the text of one) in one transaction; then drops the first screen's copy
 * so the next start reads the imported rows. The reminder rules follow by themselves: the import's
 * writes reach the owners' queries through the live map, and the reminder sync reads those queries.
 */
export async function importText(
  input: string | Uint8Array | ExportFile,
  mode: ImportMode,
): Promise<ImportReport> {
  const file = typeof input === 'string' || input instanceof Uint8Array ? await parseImport(input) : input;
  const report = await measured('apply', () => applyImport(db, file, mode, { nowEpochMs: Date.now() }));
  pageStorage().removeItem(BOOT_CACHE_KEY);
  return report;
}

/** Every object store of the app's database (or `dbName`) read with plain IndexedDB, at any version. */
export const rawDump = (dbName: string = DATABASE_NAME): Promise<string> => rawDumpOf(dbName);

export type { ExportFile, ImportMode, ImportReport };
