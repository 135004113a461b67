// The start-up copy of the first screen's rows, bound to the app database.
import {
  hasBootCacheAt,
  idbVersionOf,
  keepBootCacheFresh,
  pageStorage,
  readBootSnapshot,
  takeBootCache,
  type BootCacheKeeper,
} from './boot-cache';
import { db } from './db';
import { countRows, openGuarded, type OpenGuardDeps, type OpenOutcome } from './open-guard';
import { keepRowMarker, type RowMarkerKeeper } from './row-marker';
import type { RowMarker } from '@shared/ipc/data-transfer';

/** The copy of the first screen's rows index.html found in localStorage (once; else null). */
export const takeCachedBootRows = () => takeBootCache(idbVersionOf(db));

/** Whether a copy read at this schema's version is waiting (the store needs no upgrade). */
export const bootCacheIsCurrent = () => hasBootCacheAt(idbVersionOf(db));

/** The first screen's rows, read now through Dexie (to check the copy against). */
export const readBootRows = () => readBootSnapshot(db);

let bootCache: BootCacheKeeper | null = null;
/** Keeps that copy in step with the database: started once, before anything can write. */
export const bootCacheKeeper = () => (bootCache ??= keepBootCacheFresh(db, pageStorage()));

let opening: Promise<OpenOutcome> | null = null;
/** Opens the app database once, with a pre-migration backup before an upgrade (see db/open-guard.ts). */
export const openAppDatabase = (backupBeforeMigration: OpenGuardDeps['backupBeforeMigration']) =>
  (opening ??= openGuarded({ db, indexedDB, backupBeforeMigration }));

/** Rows in each of the app database's tables. */
export const countAppRows = () => countRows(db);

let rowMarker: RowMarkerKeeper | null = null;
/** Keeps main's row marker in step with the app database (started once the start-up check has passed). */
export const keepAppRowMarker = (setMarker: (marker: RowMarker) => Promise<void>) =>
  (rowMarker ??= keepRowMarker({ databaseName: db.name, countRows: countAppRows, setMarker }));

/** Removes a store that cannot open and opens a new, empty one at this version (for a restore into it). */
export async function replaceAppDatabase(): Promise<void> {
  await db.delete();
  await db.open();
}
