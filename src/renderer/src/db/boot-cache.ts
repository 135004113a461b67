// A copy of the first screen's rows in localStorage, so a start can show Today before the browser's storage
// backend has opened IndexedDB (100–300 ms in a fresh process with years of history; localStorage is ready
// in a few). It is the only way the first screen gets rows early; without a copy the app reads through
// Dexie. IndexedDB stays the truth: the copy is dropped the moment any of its tables changes and written
// again from IndexedDB shortly after, and once a screen shown from it is up, the app reads the same rows
// from IndexedDB and refetches everything if they differ (lib/boot-data.ts).
import Dexie, { type ObservabilitySet } from 'dexie';
import { BOOT_CACHE_KEY } from '@shared/boot-script';
import type { LocalDate } from '@shared/dates/local-date';
import type { CompletionRow, Profile, RoutineRow, SettingsRow, SteadyweekDb } from './schema';

/** The first screen's rows, as the copy holds them. */
export interface BootSnapshot {
  /** The IndexedDB version the rows were read at (Dexie's version × 10). */
  idbVersion: number;
  profile: Profile | null;
  /** null when no settings row exists yet (the repository fills in the defaults). */
  settings: SettingsRow | null;
  routines: RoutineRow[];
  /** Completions on or after this date (the system's local date 62 days before the read). */
  completionsFrom: LocalDate;
  completions: CompletionRow[];
}

/** The tables the first screen reads; a write to any of them makes the copy stale. */
const FIRST_SCREEN_TABLES = ['profile', 'settings', 'routines', 'completions'] as const;

declare global {
  interface Window {
    /** The copy as index.html's script found it (a JSON string), or null. */
    __steadyweekBootCache?: string | null;
  }
}

/** The IndexedDB version Dexie opens for a schema: a copy is used only if it was read at this version. */
export const idbVersionOf = (db: Pick<SteadyweekDb, 'verno'>) => Math.round(db.verno * 10);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * The copy index.html's script found, once, if it is whole, read at this schema version and for a person
 * who has finished onboarding (a first run always waits for IndexedDB). Anything else → null.
 */
export function takeBootCache(
  expectedIdbVersion: number,
  source: { __steadyweekBootCache?: string | null } = window,
): BootSnapshot | null {
  const raw = source.__steadyweekBootCache;
  delete source.__steadyweekBootCache;
  if (typeof raw !== 'string') return null;
  let copy: unknown;
  try {
    copy = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isObject(copy) || copy.idbVersion !== expectedIdbVersion) return null;
  const { profile, settings, routines, completions, completionsFrom } = copy;
  if (!isObject(profile) || profile.id !== 'me') return null;
  if (settings !== null && !(isObject(settings) && settings.id === 'app')) return null;
  if (!Array.isArray(routines) || !Array.isArray(completions)) return null;
  if (typeof completionsFrom !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(completionsFrom)) return null;
  return copy as unknown as BootSnapshot;
}

/**
 * Whether index.html found a copy read at this IndexedDB version, without taking or parsing it: such a
 * copy proves the store is at this version already, so no upgrade can run while the first screen starts.
 */
export const hasBootCacheAt = (
  expectedIdbVersion: number,
  source: { __steadyweekBootCache?: string | null } = window,
): boolean =>
  typeof source.__steadyweekBootCache === 'string' &&
  source.__steadyweekBootCache.startsWith(`{"idbVersion":${expectedIdbVersion},`);

/**
 * Whether two snapshots show the same first screen: the same profile, settings and routines, and the
 * same completions over the days both cover.
 */
export function sameFirstScreenRows(a: BootSnapshot, b: BootSnapshot): boolean {
  const from = a.completionsFrom > b.completionsFrom ? a.completionsFrom : b.completionsFrom;
  const shown = (snapshot: BootSnapshot) =>
    JSON.stringify([
      snapshot.profile,
      snapshot.settings,
      snapshot.routines,
      snapshot.completions.filter((row) => row.date >= from),
    ]);
  return shown(a) === shown(b);
}

/** The first screen's rows, read now through Dexie in one transaction: the copy's only table reads. */
export function readBootSnapshot(db: SteadyweekDb, now: number = Date.now()): Promise<BootSnapshot> {
  // The system's local date 62 days back: Today's 60 days of habit strength, whatever the profile's zone.
  const day = new Date(now - 62 * 864e5);
  const pad = (n: number) => String(n).padStart(2, '0');
  const completionsFrom: LocalDate = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  return db.transaction('r', [...FIRST_SCREEN_TABLES], async () => {
    const [profile, settings, routines, completions] = await Promise.all([
      db.profile.get('me'),
      db.settings.get('app'),
      db.routines.toArray(),
      db.completions.where('date').aboveOrEqual(completionsFrom).toArray(),
    ]);
    return {
      idbVersion: idbVersionOf(db),
      profile: profile ?? null,
      settings: settings ?? null,
      routines,
      completionsFrom,
      completions,
    };
  });
}

/** The page's localStorage, or a store that keeps nothing where the browser refuses it (site data blocked). */
export function pageStorage(
  win: { readonly localStorage: Storage } = window,
): Pick<Storage, 'setItem' | 'removeItem'> {
  try {
    return win.localStorage;
  } catch {
    return { setItem: () => undefined, removeItem: () => undefined };
  }
}

export interface BootCacheKeeper {
  /**
   * Hands over rows read from IndexedDB at start: written as the copy unless one of the tables has changed
   * since the keeper started. null → the copy is read through Dexie shortly.
   */
  offer(snapshot: BootSnapshot | null): void;
  /** Resolves once any rewrite that is due has been made. */
  flush(): Promise<void>;
  stop(): void;
}

/**
 * Keeps the copy in step with every write to the first screen's tables made through Dexie (in this page
 * or, through Dexie's broadcast, in another of the app's pages): the copy is removed at once, so it is
 * never stale on disk, and written again from IndexedDB once the writes pause. Start it before anything
 * can write, then offer it the rows read at start.
 */
export function keepBootCacheFresh(
  db: SteadyweekDb,
  storage: Pick<Storage, 'setItem' | 'removeItem'>,
  options: { delayMs?: number; now?: () => number } = {},
): BootCacheKeeper {
  const delayMs = options.delayMs ?? 250;
  const now = options.now ?? Date.now;
  const prefixes = FIRST_SCREEN_TABLES.map((table) => `idb://${db.name}/${table}/`);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();
  let changed = false;
  let stopped = false;

  const save = (snapshot: BootSnapshot) => {
    try {
      storage.setItem(BOOT_CACHE_KEY, JSON.stringify(snapshot));
    } catch {
      // Full or refused storage: no copy is better than a stale one.
      storage.removeItem(BOOT_CACHE_KEY);
    }
  };
  const write = () => {
    timer = null;
    writing = writing.then(async () => {
      if (stopped) return;
      try {
        const snapshot = await readBootSnapshot(db, now());
        // A write that landed while reading has already scheduled the next rewrite: this one is stale.
        if (!stopped && timer === null) save(snapshot);
      } catch {
        storage.removeItem(BOOT_CACHE_KEY);
      }
    });
  };
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  };
  // Dexie names each changed table and index ("idb://steadyweek/routines/"), or "all" when it cannot
  // know (the page coming back from the back-forward cache).
  const touchesFirstScreen = (part: string) =>
    part === 'all' || prefixes.some((prefix) => part.startsWith(prefix));
  const onMutated = (parts: ObservabilitySet) => {
    if (stopped || !Object.keys(parts).some(touchesFirstScreen)) return;
    changed = true;
    storage.removeItem(BOOT_CACHE_KEY);
    schedule();
  };

  Dexie.on('storagemutated', onMutated);
  return {
    offer(snapshot) {
      if (stopped || changed) return;
      if (snapshot) save(snapshot);
      else schedule();
    },
    async flush() {
      if (timer !== null) {
        clearTimeout(timer);
        write();
      }
      await writing;
    },
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(onMutated);
    },
  };
}
