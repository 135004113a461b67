// The export file (`format: "steadyweek"`): the envelope, every table and the deletion log. See docs/data-format.md.
import type { ExportEnvelope } from '@shared/ipc/data-transfer';
import { version as packageVersion } from '../../../../../package.json';
import type { DeletionRow, SteadyweekDb } from '../../db/schema';
import { DATA_TABLES, DATED_TABLES, type DataTable, type Tables } from './tables';

/** The file format this app writes. Raise it only with a migration in `format-migrations.ts`. */
export const FORMAT_VERSION = 1;
export const APP_VERSION = packageVersion;

export interface ExportFile extends ExportEnvelope {
  tables: Tables;
  deletions: DeletionRow[];
}

/** The first and last `date` any dated row holds (ISO dates compare as text), or null. */
export function dateRangeOf(tables: Partial<Tables>): ExportEnvelope['dateRange'] {
  let first: string | null = null;
  let last: string | null = null;
  for (const table of DATED_TABLES) {
    for (const row of tables[table] ?? []) {
      const date = row.date;
      if (typeof date !== 'string') continue;
      if (first === null || date < first) first = date;
      if (last === null || date > last) last = date;
    }
  }
  return first === null || last === null ? null : { first, last };
}

/** Puts an envelope around tables read at `schemaVersion`. */
export function envelopeFile(
  tables: Tables,
  deletions: DeletionRow[],
  schemaVersion: number,
  nowEpochMs: number,
): ExportFile {
  const counts: Record<string, number> = {};
  for (const [table, rows] of Object.entries(tables)) counts[table] = rows.length;
  counts.deletions = deletions.length;
  return {
    format: 'steadyweek',
    formatVersion: FORMAT_VERSION,
    appVersion: APP_VERSION,
    schemaVersion,
    exportedAt: new Date(nowEpochMs).toISOString(),
    counts,
    dateRange: dateRangeOf(tables),
    tables,
    deletions,
  };
}

/** Reads every table in one read transaction (one consistent moment). */
export async function readAllTables(db: SteadyweekDb): Promise<{ tables: Tables; deletions: DeletionRow[] }> {
  return db.transaction('r', [...DATA_TABLES, 'deletions'], async () => {
    const read = await Promise.all(DATA_TABLES.map((table) => db.table(table).toArray()));
    const tables = Object.fromEntries(DATA_TABLES.map((table, i) => [table, read[i]])) as Tables;
    return { tables, deletions: await db.deletions.toArray() };
  });
}

/** The whole database as an export file. */
export async function buildExport(db: SteadyweekDb, nowEpochMs: number): Promise<ExportFile> {
  const { tables, deletions } = await readAllTables(db);
  return envelopeFile(tables, deletions, Math.round(db.verno), nowEpochMs);
}

/** The export as the text of a file (JSON, one line: the smallest and fastest to write and read back). */
export const exportFileText = (file: ExportFile) => JSON.stringify(file);

export type { DataTable };
