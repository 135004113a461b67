// The settings row: read (defaults until saved), update, and the travel answer. Inputs are validated before anything is written.
import type { TravelRecord } from '@shared/profile/travel';
import type { SettingsRow, SteadyweekDb } from '../../db/schema';
import { parseOrThrow } from '../validation';
import { defaultSettings } from './default-settings';

// Schemas are only needed to write: they load then, not with the first screen.
const loadSettingsSchemas = () => import('./settings-schema');

/** Writes the settings row; run inside a rw transaction that includes 'settings' (onboarding composes it). */
export async function ensureSettingsRow(db: SteadyweekDb, atEpochMs: number): Promise<void> {
  if (!(await db.settings.get('app')))
    await db.settings.put({ ...defaultSettings(), updatedAtEpochMs: atEpochMs });
}

/** Stores the last travel answer; run inside a rw transaction that includes 'settings' (the profile owner composes it). */
export async function writeTravelRecord(db: SteadyweekDb, record: TravelRecord): Promise<void> {
  const existing = (await db.settings.get('app')) ?? defaultSettings();
  await db.settings.put({ ...existing, travel: record, updatedAtEpochMs: record.atEpochMs });
}

export function createSettingsRepository(db: SteadyweekDb, now: () => number = Date.now) {
  return {
    async get(): Promise<SettingsRow> {
      return (await db.settings.get('app')) ?? defaultSettings();
    },
    async update(input: unknown): Promise<SettingsRow> {
      const parsed = parseOrThrow((await loadSettingsSchemas()).settingsInputSchema, input, 'settings');
      return db.transaction('rw', db.settings, async () => {
        // The form does not carry the travel answer: saving it must not bring the question back.
        const travel = (await db.settings.get('app'))?.travel ?? null;
        const row: SettingsRow = { ...parsed, id: 'app', travel, updatedAtEpochMs: now() };
        await db.settings.put(row);
        return row;
      });
    },
    /** "Keep home time": the profile's zone stays, and the question is not put again for this system zone. */
    async keepHomeTime(input: unknown): Promise<SettingsRow> {
      const { systemZone } = parseOrThrow(
        (await loadSettingsSchemas()).keepHomeTimeInputSchema,
        input,
        'travel answer',
      );
      return db.transaction('rw', db.settings, async () => {
        await writeTravelRecord(db, { systemZone, answer: 'keep', atEpochMs: now() });
        return (await db.settings.get('app'))!;
      });
    },
  };
}
