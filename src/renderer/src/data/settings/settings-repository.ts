// The settings row: read (defaults until saved), update, and the travel answer. Inputs are validated before anything is written.
import type { TravelRecord } from '@shared/profile/travel';
import type { DownloadRecord, SettingsRow, SteadyweekDb } from '../../db/schema';
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
        // The form carries neither the travel answer nor the download record: saving it keeps both.
        const existing = await db.settings.get('app');
        const row: SettingsRow = {
          ...parsed,
          id: 'app',
          travel: existing?.travel ?? null,
          ...(existing?.downloads ? { downloads: existing.downloads } : {}),
          updatedAtEpochMs: now(),
        };
        await db.settings.put(row);
        return row;
      });
    },
    /** Web mode: an export was downloaded now (`'downloaded'`), or the weekly reminder was put off (`'dismissed'`). */
    async recordDownload(what: 'downloaded' | 'dismissed'): Promise<SettingsRow> {
      const at = now();
      return db.transaction('rw', db.settings, async () => {
        const existing = (await db.settings.get('app')) ?? defaultSettings();
        const downloads: DownloadRecord = {
          lastAtEpochMs: existing.downloads?.lastAtEpochMs ?? null,
          reminderDismissedAtEpochMs: existing.downloads?.reminderDismissedAtEpochMs ?? null,
          ...(what === 'downloaded' ? { lastAtEpochMs: at } : { reminderDismissedAtEpochMs: at }),
        };
        const row: SettingsRow = { ...existing, downloads, updatedAtEpochMs: at };
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
