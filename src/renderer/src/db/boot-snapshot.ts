// What the inline script of index.html read from IndexedDB while the code was loading: the first
// screen's rows, taken once so no read waits for the code to arrive. Anything unexpected → null, and
// the app reads through Dexie as usual.
import type { LocalDate } from '@shared/dates/local-date';
import type { CompletionRow, Profile, RoutineRow, SettingsRow, SteadyweekDb } from './schema';

export interface BootSnapshot {
  /** The IndexedDB version the rows were read at (Dexie's version × 10). */
  idbVersion: number;
  profile: Profile | null;
  /** null when no settings row exists yet (the repository fills in the defaults). */
  settings: SettingsRow | null;
  routines: RoutineRow[];
  /** Completions on or after this date (the system's local date 62 days ago). */
  completionsFrom: LocalDate;
  completions: CompletionRow[];
}

declare global {
  interface Window {
    __steadyweekBoot?: Promise<unknown>;
  }
}

/** The first day of completions the snapshot holds: the system's local date 62 days before `now`, as the inline script computes it. */
export function bootCompletionsFrom(now: number): LocalDate {
  const day = new Date(now - 62 * 864e5);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** The IndexedDB version Dexie opens for a schema: the inline script reads only at this version. */
export const idbVersionOf = (db: Pick<SteadyweekDb, 'verno'>) => Math.round(db.verno * 10);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Checks the shape the inline script promises; a snapshot from another schema version is refused. */
export function parseBootSnapshot(value: unknown, expectedIdbVersion: number): BootSnapshot | null {
  if (!isObject(value) || value.idbVersion !== expectedIdbVersion) return null;
  const { profile, settings, routines, completions, completionsFrom } = value;
  if (profile !== null && !(isObject(profile) && profile.id === 'me')) return null;
  if (settings !== null && !(isObject(settings) && settings.id === 'app')) return null;
  if (!Array.isArray(routines) || !Array.isArray(completions)) return null;
  if (typeof completionsFrom !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(completionsFrom)) return null;
  return {
    idbVersion: expectedIdbVersion,
    profile: profile as Profile | null,
    settings: settings as SettingsRow | null,
    routines: routines as RoutineRow[],
    completionsFrom: completionsFrom as LocalDate,
    completions: completions as CompletionRow[],
  };
}

/** The snapshot, once: later callers get null (the rows may have changed since the page started). */
export async function takeBootSnapshot(
  expectedIdbVersion: number,
  source: { __steadyweekBoot?: Promise<unknown> } = window,
): Promise<BootSnapshot | null> {
  const pending = source.__steadyweekBoot;
  if (!pending) return null;
  delete source.__steadyweekBoot;
  try {
    return parseBootSnapshot(await pending, expectedIdbVersion);
  } catch {
    return null;
  }
}
