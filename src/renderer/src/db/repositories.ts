// The start-up copy of the first screen's rows, bound to the app database.
import {
  idbVersionOf,
  keepBootCacheFresh,
  pageStorage,
  readBootSnapshot,
  takeBootCache,
  type BootCacheKeeper,
} from './boot-cache';
import { db } from './db';

/** The copy of the first screen's rows index.html found in localStorage (once; else null). */
export const takeCachedBootRows = () => takeBootCache(idbVersionOf(db));

/** The first screen's rows, read now through Dexie (to check the copy against). */
export const readBootRows = () => readBootSnapshot(db);

let bootCache: BootCacheKeeper | null = null;
/** Keeps that copy in step with the database: started once, before anything can write. */
export const bootCacheKeeper = () => (bootCache ??= keepBootCacheFresh(db, pageStorage()));
