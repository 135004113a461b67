// The localStorage copy of the first screen's rows: written from IndexedDB, dropped at once when its tables
// change, written again after, never left stale when it cannot be written, and checked against IndexedDB.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import Dexie, { RangeSet } from 'dexie';
import { BOOT_CACHE_KEY } from '@shared/boot-script';
import { bootCompletions, seedFromBootRows } from '../lib/boot-data';
import { profileQueries } from '../data/profile/profile-queries';
import { routineQueries } from '../data/routines/routine-queries';
import { settingsQueries } from '../data/settings/settings-queries';
import {
  hasBootCacheAt,
  idbVersionOf,
  keepBootCacheFresh,
  pageStorage,
  readBootSnapshot,
  sameFirstScreenRows,
  takeBootCache,
  type BootCacheKeeper,
  type BootSnapshot,
} from './boot-cache';
import { defaultSettings } from '../data/settings/default-settings';
import { createProfileRepository } from '../data/profile/profile-repository';
import { createSettingsRepository } from '../data/settings/settings-repository';
import { createTestDb, dailyRoutine, onboardedRepositories } from '../../../../tests/support/test-db';

const NOW = Date.parse('2026-06-30T12:00:00Z');
/** The version a copy must carry, from the schema itself: a schema bump needs no edit here. */
const IDB_VERSION = idbVersionOf(createTestDb());
let keepers: BootCacheKeeper[] = [];
afterEach(() => {
  for (const keeper of keepers) keeper.stop();
  keepers = [];
});

class MemoryStorage {
  readonly items = new Map<string, string>();
  removals = 0;
  failWrites = false;
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.removals += 1;
    this.items.delete(key);
  }
}

async function onboardedDb() {
  const db = createTestDb();
  return { db, ...(await onboardedRepositories(db, NOW)) };
}

const walk = dailyRoutine('Walk');

/** A keeper that has made its first copy (read through Dexie, as when nothing was read at start). */
async function keep(...args: Parameters<typeof keepBootCacheFresh>) {
  const keeper = keepBootCacheFresh(...args);
  keepers.push(keeper);
  keeper.offer(null);
  await keeper.flush();
  return keeper;
}

const stored = (storage: MemoryStorage) => {
  const raw = storage.items.get(BOOT_CACHE_KEY);
  return raw === undefined ? undefined : (JSON.parse(raw) as BootSnapshot);
};

describe('keeping the copy of the first screen', () => {
  it('writes what IndexedDB holds, and the app can take it back whole', async () => {
    const { db, routines } = await onboardedDb();
    await routines.create(walk);
    const storage = new MemoryStorage();
    await keep(db, storage, { now: () => NOW });

    expect(stored(storage)).toEqual(await readBootSnapshot(db, NOW));
    const taken = takeBootCache(IDB_VERSION, {
      __steadyweekBootCache: storage.items.get(BOOT_CACHE_KEY)!,
    });
    expect(taken?.routines.map((routine) => routine.title)).toEqual(['Walk']);
    expect(taken?.profile?.timeZone).toBe('Europe/Berlin');
    db.close();
  });

  it('drops the copy the moment a routine or completion changes, and writes it again after', async () => {
    const { db, routines, completions } = await onboardedDb();
    const storage = new MemoryStorage();
    const keeper = await keep(db, storage, { delayMs: 20, now: () => NOW });
    expect(stored(storage)?.routines).toEqual([]);

    await routines.create(walk);
    // Right after the write commits, there is no copy on disk to go stale.
    expect(stored(storage)).toBeUndefined();
    await keeper.flush();
    expect(stored(storage)?.routines.map((routine) => routine.title)).toEqual(['Walk']);

    await completions.setStatus({
      occurrence: { routineId: 'r1', date: '2026-06-30', plannedTime: '18:00' },
      status: 'done',
      timeZone: 'Europe/Berlin',
    });
    expect(stored(storage)).toBeUndefined();
    await keeper.flush();
    expect(stored(storage)?.completions.map((row) => row.status)).toEqual(['done']);
    db.close();
  });

  it('writes the rows read at start as they are', async () => {
    const { db } = await onboardedDb();
    const atStart = await readBootSnapshot(db, NOW);
    const storage = new MemoryStorage();
    const keeper = keepBootCacheFresh(db, storage, { now: () => NOW });
    keepers.push(keeper);
    keeper.offer(atStart);
    expect(stored(storage)).toEqual(atStart);
    db.close();
  });

  it('refuses rows read at start once a write has landed since, and reads them again', async () => {
    const { db, routines } = await onboardedDb();
    const atStart = await readBootSnapshot(db, NOW);
    const storage = new MemoryStorage();
    const keeper = keepBootCacheFresh(db, storage, { delayMs: 5, now: () => NOW });
    keepers.push(keeper);
    await routines.create(walk);
    keeper.offer(atStart);
    expect(stored(storage)).toBeUndefined();
    await keeper.flush();
    expect(stored(storage)?.routines.map((routine) => routine.title)).toEqual(['Walk']);
    db.close();
  });

  it('leaves the copy alone when other tables change', async () => {
    const { db } = await onboardedDb();
    const storage = new MemoryStorage();
    await keep(db, storage, { now: () => NOW });
    const removals = storage.removals;
    await db.checkins.put({
      date: '2026-06-30',
      focus: 3,
      mood: 3,
      irritability: 3,
      restlessness: 3,
      sleepQuality: 3,
      giSideEffects: { diarrhoea: 'none', nausea: 'none', cramps: 'none' },
      notes: '',
      updatedAtEpochMs: NOW,
    } as never);
    expect(storage.removals).toBe(removals);
    expect(stored(storage)).toBeDefined();
    db.close();
  });

  it('drops the copy when Dexie cannot say what changed (a page back from the back-forward cache)', async () => {
    const { db } = await onboardedDb();
    const storage = new MemoryStorage();
    await keep(db, storage, { now: () => NOW });
    Dexie.on.storagemutated.fire({ all: new RangeSet(-Infinity, [[]]) });
    expect(stored(storage)).toBeUndefined();
    db.close();
  });

  it('keeps no copy at all when localStorage is full', async () => {
    const { db, routines } = await onboardedDb();
    const storage = new MemoryStorage();
    const keeper = await keep(db, storage, { delayMs: 5, now: () => NOW });
    storage.failWrites = true;
    await routines.create(walk);
    await keeper.flush();
    expect(stored(storage)).toBeUndefined();
    db.close();
  });

  it('stops listening when stopped', async () => {
    const { db, routines } = await onboardedDb();
    const storage = new MemoryStorage();
    const keeper = await keep(db, storage, { delayMs: 5, now: () => NOW });
    keeper.stop();
    await routines.create(walk);
    expect(stored(storage)?.routines).toEqual([]);
    db.close();
  });
});

describe("the page's storage", () => {
  it('is a store that keeps nothing when the browser refuses localStorage', () => {
    const blocked = {
      get localStorage(): Storage {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    };
    const storage = pageStorage(blocked);
    expect(() => storage.setItem(BOOT_CACHE_KEY, '{}')).not.toThrow();
    expect(() => storage.removeItem(BOOT_CACHE_KEY)).not.toThrow();
  });
});

describe('taking the copy at start', () => {
  const valid: BootSnapshot = {
    idbVersion: IDB_VERSION,
    profile: { id: 'me', timeZone: 'Europe/Berlin' } as BootSnapshot['profile'],
    settings: null,
    routines: [],
    completionsFrom: '2026-04-29',
    completions: [],
  };

  it('gives it once', () => {
    const page = { __steadyweekBootCache: JSON.stringify(valid) };
    expect(takeBootCache(IDB_VERSION, page)).toEqual(valid);
    expect(takeBootCache(IDB_VERSION, page)).toBeNull();
  });

  it.each([
    ['nothing stored', null],
    ['no script ran', undefined],
    ['broken JSON', `{"idbVersion":${IDB_VERSION},`],
    ['no object', JSON.stringify('rows')],
    ['an older schema version', JSON.stringify({ ...valid, idbVersion: IDB_VERSION - 10 })],
    // A first run waits for IndexedDB rather than show onboarding from a copy.
    ['no profile yet', JSON.stringify({ ...valid, profile: null })],
    ['a profile without its id', JSON.stringify({ ...valid, profile: { timeZone: 'UTC' } })],
    ['settings without their id', JSON.stringify({ ...valid, settings: {} })],
    ['routines not a list', JSON.stringify({ ...valid, routines: null })],
    ['a bad window date', JSON.stringify({ ...valid, completionsFrom: 'yesterday' })],
  ])('refuses %s', (_label, raw) => {
    expect(takeBootCache(IDB_VERSION, { __steadyweekBootCache: raw })).toBeNull();
  });

  it('after a schema bump, refuses the copy made at the version before and takes its own', async () => {
    const { db } = await onboardedDb();
    const written = JSON.stringify(await readBootSnapshot(db, NOW));
    db.close();
    // The next schema version, as a bump would add it: nothing else in the start-up path names a version.
    const bumped = createTestDb();
    bumped.version(bumped.verno + 1).stores({});
    expect(idbVersionOf(bumped)).toBe(IDB_VERSION + 10);
    expect(takeBootCache(idbVersionOf(bumped), { __steadyweekBootCache: written })).toBeNull();
    await onboardedRepositories(bumped, NOW);
    const own = JSON.stringify(await readBootSnapshot(bumped, NOW));
    expect(takeBootCache(idbVersionOf(bumped), { __steadyweekBootCache: own })?.profile?.id).toBe('me');
    bumped.close();
  });
});

describe('seeding the first screen from the copy', () => {
  it('gives each query exactly what it reads from IndexedDB', async () => {
    const { db, routines, completions } = await onboardedDb();
    await routines.create(dailyRoutine('Walk'));
    await routines.create(dailyRoutine('Breathing'));
    // Before the copy's window (62 days back: 2026-04-29), inside it, today and one ahead.
    for (const date of ['2026-04-01', '2026-04-28', '2026-04-29', '2026-05-01', '2026-06-30', '2026-07-01']) {
      await completions.setStatus({
        occurrence: { routineId: 'r1', date, plannedTime: '18:00' },
        status: 'done',
        timeZone: 'Europe/Berlin',
      });
    }
    const copy = await readBootSnapshot(db, NOW);
    expect(copy.completionsFrom).toBe('2026-04-29');

    const client = new QueryClient();
    seedFromBootRows(client, { takeCached: () => copy, afterFirstPaint: () => {} });
    expect(client.getQueryData(profileQueries.profile().queryKey)).toEqual(
      await createProfileRepository(db).get(),
    );
    expect(client.getQueryData(settingsQueries.settings().queryKey)).toEqual(
      await createSettingsRepository(db).get(),
    );
    expect(client.getQueryData(routineQueries.list().queryKey)).toEqual(await routines.list());
    expect(client.getQueryData(routineQueries.list().queryKey)).toHaveLength(2);
    for (const [from, to] of [
      ['2026-05-02', '2026-06-30'],
      ['2026-04-29', '2026-07-01'],
    ] as const) {
      expect(bootCompletions(copy, from, to)).toEqual(await completions.listRange(from, to));
    }
    // A range the copy does not reach back to is read from IndexedDB instead.
    expect(bootCompletions(copy, '2026-04-28', '2026-06-30')).toBeNull();
    db.close();
  });

  it('seeds the default settings when the copy has no settings row yet', async () => {
    const { db } = await onboardedDb();
    const copy = { ...(await readBootSnapshot(db, NOW)), settings: null };
    db.close();
    const client = new QueryClient();
    seedFromBootRows(client, { takeCached: () => copy, afterFirstPaint: () => {} });
    expect(client.getQueryData(settingsQueries.settings().queryKey)).toEqual(defaultSettings());
  });

  it('without a copy seeds nothing, and once the screen is up has the keeper read the next copy', () => {
    const client = new QueryClient();
    const kept: (BootSnapshot | null)[] = [];
    const painted: (() => void)[] = [];
    const seeded = seedFromBootRows(client, {
      takeCached: () => null,
      keep: (rows) => kept.push(rows),
      afterFirstPaint: (task) => painted.push(task),
    });
    expect(seeded).toBeNull();
    expect(client.getQueryCache().getAll()).toEqual([]);
    expect(kept).toEqual([]);
    for (const task of painted) task();
    expect(kept).toEqual([null]);
  });
});

describe('checking the copy against IndexedDB', () => {
  const row = (date: string, status: 'done' | 'skipped') =>
    ({
      routineId: 'r1',
      date,
      plannedTime: '18:00',
      status,
      atEpochMs: NOW,
    }) as BootSnapshot['completions'][0];
  const base: BootSnapshot = {
    idbVersion: IDB_VERSION,
    profile: { id: 'me', timeZone: 'Europe/Berlin' } as BootSnapshot['profile'],
    settings: null,
    routines: [{ id: 'r1', title: 'Walk' } as BootSnapshot['routines'][0]],
    completionsFrom: '2026-04-29',
    completions: [row('2026-04-29', 'done'), row('2026-06-30', 'done')],
  };

  it.each([
    ['the same rows', base, true],
    // A copy saved days ago reaches further back; only the days both cover count.
    [
      'an older window',
      { ...base, completionsFrom: '2026-05-01', completions: [row('2026-06-30', 'done')] },
      true,
    ],
    ['a renamed routine', { ...base, routines: [{ ...base.routines[0]!, title: 'Run' }] }, false],
    [
      'a changed status',
      { ...base, completions: [row('2026-04-29', 'done'), row('2026-06-30', 'skipped')] },
      false,
    ],
    ['a missing completion', { ...base, completions: [row('2026-04-29', 'done')] }, false],
    ['another time zone', { ...base, profile: { ...base.profile!, timeZone: 'UTC' } }, false],
  ])('%s → same: %s', (_label, other, same) => {
    expect(sameFirstScreenRows(base, other)).toBe(same);
    expect(sameFirstScreenRows(other, base)).toBe(same);
  });

  async function seededFromCopy(fromIndexedDb: BootSnapshot | Error) {
    const client = new QueryClient();
    const kept: (BootSnapshot | null)[] = [];
    const painted: (() => void)[] = [];
    const readNow = vi.fn(() =>
      fromIndexedDb instanceof Error ? Promise.reject(fromIndexedDb) : Promise.resolve(fromIndexedDb),
    );
    const seeded = seedFromBootRows(client, {
      takeCached: () => base,
      readNow,
      keep: (rows) => kept.push(rows),
      afterFirstPaint: (task) => painted.push(task),
    });
    // The first screen's data is there without touching IndexedDB …
    expect(seeded).toBe(base);
    expect(client.getQueryData(profileQueries.profile().queryKey)).toEqual(base.profile);
    expect(client.getQueryData(routineQueries.list().queryKey)).toEqual(base.routines);
    expect(readNow).not.toHaveBeenCalled();
    // … which is read once the screen is up.
    expect(painted).toHaveLength(1);
    painted[0]!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(readNow).toHaveBeenCalledTimes(1);
    // What IndexedDB gave, not the copy, becomes the next copy.
    expect(kept).toEqual(fromIndexedDb instanceof Error ? [] : [fromIndexedDb]);
    return client.getQueryState(routineQueries.list().queryKey)!.isInvalidated;
  }

  it('keeps the seeded rows when IndexedDB agrees', async () => {
    expect(await seededFromCopy(base)).toBe(false);
  });

  it('reads everything again when IndexedDB differs', async () => {
    expect(await seededFromCopy({ ...base, routines: [] })).toBe(true);
  });

  it('reads everything again when the check itself fails', async () => {
    expect(await seededFromCopy(new Error('database closed'))).toBe(true);
  });
});

describe('hasBootCacheAt', () => {
  it.each([
    ['a copy read at this version', '{"idbVersion":30,"profile":{}}', true],
    ['a copy read at an older version (an upgrade may be due)', '{"idbVersion":20,"profile":{}}', false],
    ['a version that only starts the same', '{"idbVersion":300,"profile":{}}', false],
    ['no copy', null, false],
  ])('%s: %s', (_label, raw, current) => {
    const source = { __steadyweekBootCache: raw };
    expect(hasBootCacheAt(30, source)).toBe(current);
    expect(source.__steadyweekBootCache).toBe(raw); // looked at, not taken
  });
});
