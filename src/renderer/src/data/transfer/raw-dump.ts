// A raw dump: every object store read with plain IndexedDB (no Dexie, no schema), so it works on a
// database at any version, one a migration failed on or one newer than the app. Its envelope says the
// schema version it was read at; import brings an older one up to date with the app's own upgrades.
import { envelopeFile, exportFileText } from './export-file';
import type { Tables } from './tables';

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    let created = false;
    const open = factory.open(name);
    // No version asked for: an existing database opens at its own; a missing one would be created.
    open.onupgradeneeded = () => {
      created = true;
    };
    open.onsuccess = () => {
      if (!created) return resolve(open.result);
      open.result.close();
      const drop = factory.deleteDatabase(name);
      drop.onsuccess = drop.onerror = () => resolve(null);
    };
    open.onerror = () => reject(open.error);
    open.onblocked = () => reject(new Error('The database is open elsewhere and blocks reading.'));
  });
}

/** The whole database `dbName` as the text of an export file, read at whatever version it is. */
export async function rawDump(
  dbName: string,
  options: { indexedDB?: IDBFactory; nowEpochMs?: number } = {},
): Promise<string> {
  const factory = options.indexedDB ?? indexedDB;
  const idb = await openExisting(factory, dbName);
  if (!idb) throw new Error(`There is no database named ${dbName}.`);
  try {
    const names = [...idb.objectStoreNames];
    const stores: Record<string, unknown[]> = {};
    if (names.length > 0) {
      const tx = idb.transaction(names, 'readonly');
      await Promise.all(
        names.map(async (name) => {
          stores[name] = await request(tx.objectStore(name).getAll());
        }),
      );
    }
    const { deletions = [], ...tables } = stores;
    // Dexie keeps version × 10 in IndexedDB.
    const schemaVersion = Math.max(1, Math.round(idb.version / 10));
    const file = envelopeFile(
      tables as unknown as Tables,
      deletions as never,
      schemaVersion,
      options.nowEpochMs ?? Date.now(),
    );
    return exportFileText(file);
  } finally {
    idb.close();
  }
}
