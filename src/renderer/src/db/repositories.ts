// Repository instances bound to the app database. Components reach data only through these (via query hooks).
import { db } from './db';
import { createProfileRepository, createSettingsRepository } from './repositories/profile';

export const profileRepository = createProfileRepository(db);
export const settingsRepository = createSettingsRepository(db);
