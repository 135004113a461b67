// The profile (one row): read, create on first run (with the settings row), update. Inputs are validated before anything is written.
import { localDateAt } from '@shared/dates/calendar';
import type { LocalDate } from '@shared/dates/local-date';
import type { LifeStage, Profile, ProfileInput } from '@shared/profile/profile';
import type { SteadyweekDb, TableName } from '../../db/schema';
import { parseOrThrow } from '../validation';
import { ensureSettingsRow, writeTravelRecord } from '../settings/settings-repository';

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
  /** Writes the profile from `change` and re-checks what depends on it, in one transaction. */
  async function save(
    change: (existing: Profile) => ProfileInput,
    alsoWrite?: (profile: Profile, atEpochMs: number) => Promise<void>,
  ): Promise<Profile> {
    const dependents = await loadDependents();
    const tables: TableName[] = [
      'profile',
      ...dependents.tables,
      ...(alsoWrite ? ['settings' as const] : []),
    ];
    return db.transaction('rw', tables, async () => {
      const existing = await db.profile.get('me');
      if (!existing) throw new Error('There is no profile yet; finish the first-run questions first.');
      const at = now();
      const profile: Profile = { ...existing, ...change(existing), updatedAtEpochMs: at };
      await db.profile.put(profile);
      // A new life stage has another upper limit (or none, for infants): the plan is checked again with it.
      await dependents.recheck(db, profile.lifeStage, at);
      await alsoWrite?.(profile, at);
      return profile;
    });
  }

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
      return save(() => parsed);
    },

    /**
     * "Follow the new zone": the profile takes the system's zone, so Today, reminders and the tray use
     * it, and the answer is remembered in the same transaction.
     */
    async followSystemZone(systemZone: string): Promise<Profile> {
      const schema = await loadProfileSchema();
      return save(
        ({ lifeStage, weekStart, units }) =>
          parseOrThrow(schema, { lifeStage, timeZone: systemZone, weekStart, units }, 'profile'),
        (profile, at) =>
          writeTravelRecord(db, { systemZone: profile.timeZone, answer: 'follow', atEpochMs: at }),
      );
    },
  };
}
