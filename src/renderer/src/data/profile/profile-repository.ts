// The profile (one row): read, create on first run (with the settings row), update. Inputs are validated before anything is written.
import { localDateAt } from '@shared/dates/calendar';
import type { LocalDate } from '@shared/dates/local-date';
import type { LifeStage, Profile } from '@shared/profile/profile';
import type { SteadyweekDb, TableName } from '../../db/schema';
import { parseOrThrow } from '../validation';
import { ensureSettingsRow } from '../settings/settings-repository';

// Schemas are only needed to write: they load then, not with the first screen.
const loadProfileSchema = async () => (await import('@shared/profile/profile')).profileInputSchema;

/** Reads the profile; for other owners' transactions (which include 'profile'). */
export async function readProfile(db: SteadyweekDb): Promise<Profile | null> {
  return (await db.profile.get('me')) ?? null;
}

/**
 * Today in the profile's zone at `nowEpochMs`: the latest date a log, check-in or side effect may
 * carry. Before onboarding there is no profile, and the system's zone is the one onboarding offers.
 */
export async function profileToday(db: SteadyweekDb, nowEpochMs: number): Promise<LocalDate> {
  const zone = (await readProfile(db))?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return localDateAt(nowEpochMs, zone);
}

/**
 * What must be re-checked when the life stage changes (the supplement plan against the upper limit),
 * injected by the binding module so this owner does not depend on the supplement owner.
 */
export interface LifeStageDependents {
  tables: readonly TableName[];
  recheck(db: SteadyweekDb, lifeStage: LifeStage, atEpochMs: number): Promise<void>;
}

export function createProfileRepository(
  db: SteadyweekDb,
  now: () => number = Date.now,
  loadDependents: () => Promise<LifeStageDependents> = async () => ({ tables: [], recheck: async () => {} }),
) {
  return {
    async get(): Promise<Profile | null> {
      return readProfile(db);
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
        await ensureSettingsRow(db, at);
      });
      return profile;
    },

    async update(input: unknown): Promise<Profile> {
      const parsed = parseOrThrow(await loadProfileSchema(), input, 'profile');
      const dependents = await loadDependents();
      return db.transaction('rw', ['profile', ...dependents.tables], async () => {
        const existing = await db.profile.get('me');
        if (!existing) throw new Error('There is no profile yet; finish the first-run questions first.');
        const at = now();
        const profile: Profile = { ...existing, ...parsed, updatedAtEpochMs: at };
        await db.profile.put(profile);
        // A new life stage has another upper limit (or none, for infants): the plan is checked again with it.
        await dependents.recheck(db, profile.lifeStage, at);
        return profile;
      });
    },
  };
}
