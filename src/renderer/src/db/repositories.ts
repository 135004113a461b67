// Repository instances bound to the app database. Components reach data only through these (via query hooks).
import { idbVersionOf, takeBootSnapshot } from './boot-snapshot';
import { db } from './db';
import { createProfileRepository, createSettingsRepository } from './repositories/profile';

export const profileRepository = createProfileRepository(db);
export const settingsRepository = createSettingsRepository(db);

/** The first screen's rows, read by index.html's inline script while the code loaded (once; else null). */
export const takeBootRows = () => takeBootSnapshot(idbVersionOf(db));
