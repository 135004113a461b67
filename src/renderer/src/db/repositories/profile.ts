// Profile and settings: read, create on first run, update. Inputs are validated before anything is written.
import { localDateAt } from '@shared/dates/calendar';
import type { LocalDate } from '@shared/dates/local-date';
import type { Profile } from '@shared/profile/profile';
import type { SettingsRow, SteadyweekDb } from '../schema';
import { defaultSettings } from '../defaults';

// Schemas are only needed to write: they load then, not with the first screen.
const loadProfileSchema = async () => (await import('@shared/profile/profile')).profileInputSchema;
const loadSettingsSchema = async () => (await import('../settings-schema')).settingsInputSchema;

export class ValidationError extends Error {
  constructor(
    message: string,
    /** Field path (dot-separated) → message, for showing beside each field. */
    readonly fieldErrors: Record<string, string>,
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}

export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= issue.message;
  }
  return errors;
}

export function parseOrThrow<T>(
  schema: {
    safeParse(
      input: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  input: unknown,
  what: string,
): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(
    `Some ${what} values need fixing; nothing was saved.`,
    fieldErrorsOf(result.error.issues),
  );
}

/**
 * Today in the profile's zone at `nowEpochMs`: the latest date a log, check-in or side effect may
 * carry. Before onboarding there is no profile, and the system's zone is the one onboarding offers.
 */
export async function profileToday(db: SteadyweekDb, nowEpochMs: number): Promise<LocalDate> {
  const zone = (await db.profile.get('me'))?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return localDateAt(nowEpochMs, zone);
}

export function createProfileRepository(db: SteadyweekDb, now: () => number = Date.now) {
  return {
    async get(): Promise<Profile | null> {
      return (await db.profile.get('me')) ?? null;
    },

    /** First run: saves the profile (disclaimer accepted now) and default settings in one transaction. */
    async completeOnboarding(input: unknown): Promise<Profile> {
      const parsed = parseOrThrow(await loadProfileSchema(), input, 'profile');
      const at = now();
      const profile: Profile = {
        ...parsed,
        id: 'me',
        disclaimerAcceptedAtEpochMs: at,
        createdAtEpochMs: at,
        updatedAtEpochMs: at,
      };
      await db.transaction('rw', db.profile, db.settings, async () => {
        await db.profile.put(profile);
        if (!(await db.settings.get('app'))) await db.settings.put(defaultSettings());
      });
      return profile;
    },

    async update(input: unknown): Promise<Profile> {
      const parsed = parseOrThrow(await loadProfileSchema(), input, 'profile');
      return db.transaction('rw', db.profile, async () => {
        const existing = await db.profile.get('me');
        if (!existing) throw new Error('There is no profile yet; finish the first-run questions first.');
        const profile: Profile = { ...existing, ...parsed, updatedAtEpochMs: now() };
        await db.profile.put(profile);
        return profile;
      });
    },
  };
}

export function createSettingsRepository(db: SteadyweekDb) {
  return {
    async get(): Promise<SettingsRow> {
      return (await db.settings.get('app')) ?? defaultSettings();
    },
    async update(input: unknown): Promise<SettingsRow> {
      const parsed = parseOrThrow(await loadSettingsSchema(), input, 'settings');
      const row: SettingsRow = { ...parsed, id: 'app' };
      await db.settings.put(row);
      return row;
    },
  };
}
