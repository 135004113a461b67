// The settings repository bound to the app database.
import { db } from '../../db/db';
import { createSettingsRepository } from './settings-repository';

export const settingsRepository = createSettingsRepository(db);
