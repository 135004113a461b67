// Opens the database with care: a pre-migration backup before Dexie upgrades an older store, and a failure told apart from a crash.
import type { Dexie } from 'dexie';
import type { RowCounts } from '@shared/ipc/data-transfer';
import { classifyOpenFailure, needsPreMigrationBackup, type OpenFailure } from '@shared/backups/start-check';

export type OpenOutcome = { status: 'open' } | { status: 'failed'; failure: OpenFailure };

export interface OpenGuardDeps {
  db: Pick<Dexie, 'name' | 'verno' | 'open' | 'close'>;
  indexedDB: Pick<IDBFactory, 'databases'>;
  /**
   * Writes a `pre-migration` backup of the store as it is (the raw dump, read with plain IndexedDB);
   * null where there is nowhere to write one (web mode).
   */
  backupBeforeMigration: ((databaseName: string) => Promise<void>) | null;
  log?: (message: string, error?: unknown) => void;
}

/** The version the stored database has now (IndexedDB's, i.e. Dexie's × 10), or null when there is none. */
export async function storedIdbVersion(
  indexedDB: Pick<IDBFactory, 'databases'>,
  name: string,
): Promise<number | null> {
  const found = (await indexedDB.databases()).find((database) => database.name === name);
  return found?.version ?? null;
}

/**
 * Opens `db`. Before Dexie upgrades an older store, asks for a backup of it as it is (a failed backup
 * is logged and the upgrade goes ahead: Dexie upgrades in one transaction, so a migration that throws
 * leaves the store as it was either way). A store newer than the app is not opened. An open that fails
 * answers what happened instead of throwing.
 */
export async function openGuarded(deps: OpenGuardDeps): Promise<OpenOutcome> {
  const log = deps.log ?? ((message, error) => console.warn(`[database] ${message}`, error ?? ''));
  const schemaIdbVersion = Math.round(deps.db.verno * 10);
  // No query may open the store behind the failure screen: Dexie 4 would open a newer store as it is
  // (and add this version's tables to it), or run a failing migration again.
  const refuse = (failure: OpenFailure): OpenOutcome => {
    deps.db.close({ disableAutoOpen: true });
    return { status: 'failed', failure };
  };
  let upgrading = false;
  try {
    const stored = await storedIdbVersion(deps.indexedDB, deps.db.name);
    // Dexie 4 would open a newer store as it is; this version's code must not write rows it does not know.
    if (stored !== null && stored > schemaIdbVersion)
      return refuse(
        classifyOpenFailure(
          {
            name: 'VersionError',
            message: `The stored data is at version ${stored / 10}; this app knows ${schemaIdbVersion / 10}.`,
          },
          false,
        ),
      );
    upgrading = needsPreMigrationBackup(stored, schemaIdbVersion);
    if (upgrading && deps.backupBeforeMigration)
      await deps
        .backupBeforeMigration(deps.db.name)
        .catch((error: unknown) =>
          log('could not write the backup before updating the data; updating anyway', error),
        );
  } catch (error) {
    log('could not read the stored database version', error);
  }
  try {
    await deps.db.open();
    return { status: 'open' };
  } catch (error) {
    log('could not open the database', error);
    return refuse(classifyOpenFailure(error, upgrading));
  }
}

/** Rows in each table, for the row marker and the empty-database check. */
export async function countRows(db: Pick<Dexie, 'tables'>): Promise<RowCounts> {
  const counts = await Promise.all(
    db.tables.map(async (table) => [table.name, await table.count()] as const),
  );
  return Object.fromEntries(counts);
}
