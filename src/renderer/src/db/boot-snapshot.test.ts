// Runs index.html's inline boot script against databases made by the Dexie schema, and checks that what it
// reads is what the repositories return, and that it never creates, changes or holds open a database.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { bootCompletions, seedFromBootRows } from '../lib/boot-data';
import { profileQueries } from '../data/profile/profile-queries';
import { settingsQueries } from '../data/settings/settings-queries';
import { routineQueries } from '../data/routines/routine-queries';
import { QueryClient } from '@tanstack/react-query';
import { BOOT_CACHE_KEY } from './boot-cache';
import { idbVersionOf, parseBootSnapshot, takeBootSnapshot, type BootSnapshot } from './boot-snapshot';
import { defaultSettings } from '../data/settings/default-settings';
import { createProfileRepository } from '../data/profile/profile-repository';
import { createSettingsRepository } from '../data/settings/settings-repository';
import { createDb, DATABASE_NAME } from './schema';
import { dailyRoutine, onboardedRepositories } from '../../../../tests/support/test-db';
import html from '../../index.html?raw';

const [bootScript] = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);

function runBootScript(
  indexedDB: IDBFactory,
  localStorage: Pick<Storage, 'getItem'> = { getItem: () => null },
) {
  const page: { __steadyweekBoot?: Promise<unknown>; __steadyweekBootCache?: string | null } = {};
  new Function('window', 'indexedDB', 'IDBKeyRange', 'localStorage', bootScript!)(
    page,
    indexedDB,
    IDBKeyRange,
    localStorage,
  );
  return page;
}

const NOW = Date.parse('2026-06-30T12:00:00Z');
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

async function seededDatabase() {
  const indexedDB = new IDBFactory();
  const db = createDb({ indexedDB, IDBKeyRange });
  const { routines, completions } = await onboardedRepositories(db, NOW);
  await routines.create(dailyRoutine('Walk'));
  await routines.create(dailyRoutine('Breathing'));
  // Before the script's window (62 days back: 2026-04-29), inside it, today and one ahead.
  for (const date of ['2026-04-01', '2026-04-28', '2026-04-29', '2026-05-01', '2026-06-30', '2026-07-01']) {
    await completions.setStatus({
      occurrence: { routineId: 'r1', date, plannedTime: '18:00' },
      status: 'done',
      timeZone: 'Europe/Berlin',
    });
  }
  return { indexedDB, db, routines, completions };
}

describe('the inline boot script of index.html', () => {
  it('reads the profile, settings, routines and recent completions exactly as the repositories do', async () => {
    const { indexedDB, db, routines, completions } = await seededDatabase();
    const snapshot = await takeBootSnapshot(idbVersionOf(db), runBootScript(indexedDB));
    expect(snapshot).not.toBeNull();
    expect(snapshot!.profile).toEqual(await createProfileRepository(db).get());
    expect(snapshot!.settings).toEqual(await createSettingsRepository(db).get());
    expect(snapshot!.completionsFrom).toBe('2026-04-29');

    const client = new QueryClient();
    await seedFromBootRows(client, {
      take: () => Promise.resolve(snapshot),
      takeCached: () => null,
      keep: () => {},
    });
    expect(client.getQueryData(routineQueries.list().queryKey)).toEqual(await routines.list());
    expect(client.getQueryData(routineQueries.list().queryKey)).toHaveLength(2);
    for (const [from, to] of [
      ['2026-05-02', '2026-06-30'],
      ['2026-04-29', '2026-07-01'],
    ] as const) {
      expect(bootCompletions(snapshot!, from, to)).toEqual(await completions.listRange(from, to));
    }
    expect(bootCompletions(snapshot!, '2026-04-28', '2026-06-30')).toBeNull();
    db.close();
  });

  it("hands over the app's localStorage copy of the rows as it finds it, and leaves IndexedDB for later", async () => {
    const { indexedDB, db } = await seededDatabase();
    const stored = new Map([[BOOT_CACHE_KEY, '{"copy":true}']]);
    const page = runBootScript(indexedDB, { getItem: (key) => stored.get(key) ?? null });
    expect(page.__steadyweekBootCache).toBe('{"copy":true}');
    expect(page.__steadyweekBoot).toBeUndefined();
    expect((await takeBootSnapshot(idbVersionOf(db), runBootScript(indexedDB)))?.routines).toHaveLength(2);
    db.close();
  });

  it('reads IndexedDB when localStorage refuses to open (storage disabled)', async () => {
    const { indexedDB, db } = await seededDatabase();
    const page = runBootScript(indexedDB, {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(page.__steadyweekBootCache).toBeUndefined();
    expect((await takeBootSnapshot(idbVersionOf(db), page))?.profile?.timeZone).toBe('Europe/Berlin');
    db.close();
  });

  it('on a first run gives nothing and creates no database', async () => {
    const indexedDB = new IDBFactory();
    expect(await takeBootSnapshot(20, runBootScript(indexedDB))).toBeNull();
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('leaves a database at another version to Dexie, closed, so its upgrade is not blocked', async () => {
    const indexedDB = new IDBFactory();
    await new Promise<void>((resolve) => {
      const open = indexedDB.open(DATABASE_NAME, 10);
      open.onupgradeneeded = () => open.result.createObjectStore('profile', { keyPath: 'id' });
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
    });
    expect(await takeBootSnapshot(20, runBootScript(indexedDB))).toBeNull();
    const db = createDb({ indexedDB, IDBKeyRange });
    const blocked = vi.fn();
    db.on('blocked', blocked);
    await db.open();
    expect(blocked).not.toHaveBeenCalled();
    expect(db.verno).toBe(3);
    db.close();
  });

  it('reads at the version the Dexie schema opens, so a schema change must change the script too', () => {
    const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    expect(bootScript).toContain(`db.version !== ${idbVersionOf(db)}`);
  });
});

describe('taking the boot snapshot', () => {
  const valid: BootSnapshot = {
    idbVersion: 20,
    profile: null,
    settings: null,
    routines: [],
    completionsFrom: '2026-04-29',
    completions: [],
  };

  it('gives it once: later callers read the database themselves', async () => {
    const page = { __steadyweekBoot: Promise.resolve(valid) };
    expect(await takeBootSnapshot(20, page)).toEqual(valid);
    expect(await takeBootSnapshot(20, page)).toBeNull();
  });

  it.each([
    ['another version', { ...valid, idbVersion: 10 }],
    ['no object', 'rows'],
    ['a profile without its id', { ...valid, profile: { timeZone: 'UTC' } }],
    ['settings without their id', { ...valid, settings: {} }],
    ['routines not a list', { ...valid, routines: null }],
    ['a bad window date', { ...valid, completionsFrom: 'yesterday' }],
  ])('refuses %s', (_label, value) => {
    expect(parseBootSnapshot(value, 20)).toBeNull();
  });

  it('gives null when the script failed', async () => {
    expect(await takeBootSnapshot(20, { __steadyweekBoot: Promise.reject(new Error('no IDB')) })).toBeNull();
    expect(await takeBootSnapshot(20, {})).toBeNull();
  });

  it('seeds the default settings when no settings row exists yet', async () => {
    const client = new QueryClient();
    await seedFromBootRows(client, {
      take: () => Promise.resolve(valid),
      takeCached: () => null,
      keep: () => {},
    });
    expect(client.getQueryData(settingsQueries.settings().queryKey)).toEqual(defaultSettings());
    expect(client.getQueryData(profileQueries.profile().queryKey)).toBeNull();
  });
});
