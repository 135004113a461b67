// A file from an older database version (a raw dump taken before a migration, an old export) is brought up
// to date by the app's own upgrades: its rows go into a temporary database at their version, which is then
// opened with every version, so Dexie runs the same named upgrades a person's database runs. Never twice.
import { createDb, type DeletionRow } from '../../db/schema';
import { buildExport, type ExportFile } from './export-file';

export interface IdbFactories {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** The file at this app's schema version, read back as an export (unchecked: the caller checks every row). */
export async function upgradeOlderSchema(
  file: ExportFile,
  nowEpochMs: number,
  idb?: IdbFactories,
): Promise<ExportFile> {
  const options = { name: `steadyweek-import-${crypto.randomUUID()}`, ...(idb ?? {}) };
  const old = createDb({ ...options, upToVersion: file.schemaVersion });
  try {
    await old.open();
    const rows = (name: string): unknown[] =>
      name === 'deletions'
        ? (file.deletions ?? [])
        : ((file.tables as Record<string, unknown[]>)[name] ?? []);
    await old.transaction('rw', old.tables, async () => {
      for (const table of old.tables) await table.bulkPut(rows(table.name) as DeletionRow[]);
    });
    old.close();
    const current = createDb(options);
    try {
      await current.open();
      return await buildExport(current, nowEpochMs);
    } finally {
      current.close();
    }
  } finally {
    old.close();
    await old.delete();
  }
}
