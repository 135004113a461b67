// The settings row: read (defaults until saved) and update. Inputs are validated before anything is written.
import type { SettingsRow, SteadyweekDb } from '../../db/schema';
import { parseOrThrow } from '../validation';
import { defaultSettings } from './default-settings';

// The schema is only needed to write: it loads then, not with the first screen.
const loadSettingsSchema = async () => (await import('./settings-schema')).settingsInputSchema;

/** Writes the settings row; run inside a rw transaction that includes 'settings' (onboarding composes it). */
export async function ensureSettingsRow(db: SteadyweekDb, atEpochMs: number): Promise<void> {
  if (!(await db.settings.get('app')))
    await db.settings.put({ ...defaultSettings(), updatedAtEpochMs: atEpochMs });
}

export function createSettingsRepository(db: SteadyweekDb, now: () => number = Date.now) {
  return {
    async get(): Promise<SettingsRow> {
      return (await db.settings.get('app')) ?? defaultSettings();
    },
    async update(input: unknown): Promise<SettingsRow> {
      const parsed = parseOrThrow(await loadSettingsSchema(), input, 'settings');
      const row: SettingsRow = { ...parsed, id: 'app', updatedAtEpochMs: now() };
      await db.settings.put(row);
      return row;
    },
  };
}
