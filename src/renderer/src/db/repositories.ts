// Repository instances bound to the app database. Components reach data only through these (via query hooks).
import {
  idbVersionOf,
  keepBootCacheFresh,
  pageStorage,
  readBootSnapshot,
  takeBootCache,
  type BootCacheKeeper,
} from './boot-cache';
import { db } from './db';
import { createProfileRepository, createSettingsRepository } from './repositories/profile';

export const profileRepository = createProfileRepository(db);
export const settingsRepository = createSettingsRepository(db);

/** The copy of the first screen's rows index.html found in localStorage (once; else null). */
export const takeCachedBootRows = () => takeBootCache(idbVersionOf(db));

/** The first screen's rows, read now through Dexie (to check the copy against). */
export const readBootRows = () => readBootSnapshot(db);

let bootCache: BootCacheKeeper | null = null;
/** Keeps that copy in step with the database: started once, before anything can write. */
export const bootCacheKeeper = () => (bootCache ??= keepBootCacheFresh(db, pageStorage()));
