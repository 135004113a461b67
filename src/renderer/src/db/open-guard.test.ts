import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { countRows, openGuarded, storedIdbVersion } from './open-guard';

const NAME = 'steadyweek';

/** A v2 store with rows, as an older app left it. */
async function storeAtV2(indexedDB: IDBFactory) {
  const old = new Dexie(NAME, { indexedDB, IDBKeyRange });
  old.version(2).stores({ doses: 'id, date', profile: 'id' });
  await old.open();
  await old.table('doses').bulkAdd([
    { id: 'd1', date: '2026-01-02', mg: 100 },
    { id: 'd2', date: '2026-01-03', mg: 150 },
  ]);
  await old.table('profile').add({ id: 'me', timeZone: 'Europe/Berlin' });
  old.close();
}

/** The store read with plain IndexedDB: its version and every row, as they are on disk. */
async function rawStore(indexedDB: IDBFactory) {
  const version = await storedIdbVersion(indexedDB, NAME);
  const db = new Dexie(NAME, { indexedDB, IDBKeyRange });
  await db.open(); // dynamic mode: opens whatever version is there, changing nothing
  const rows = Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));
  db.close();
  return { version, rows };
}

function appAtV3(indexedDB: IDBFactory, upgrade: () => void) {
  const db = new Dexie(NAME, { indexedDB, IDBKeyRange });
  db.version(2).stores({ doses: 'id, date', profile: 'id' });
  db.version(3).stores({ deletions: '[table+id]' }).upgrade(upgrade);
  return db;
}

describe('openGuarded', () => {
  it('backs up the store as it is before Dexie upgrades it, then upgrades', async () => {
    const indexedDB = new IDBFactory();
    await storeAtV2(indexedDB);
    const seenAtBackup: unknown[] = [];
    const outcome = await openGuarded({
      db: appAtV3(indexedDB, () => {}),
      indexedDB,
      backupBeforeMigration: async () => void seenAtBackup.push(await storedIdbVersion(indexedDB, NAME)),
      log: () => {},
    });
    expect(outcome).toEqual({ status: 'open' });
    expect(seenAtBackup).toEqual([20]);
    expect(await storedIdbVersion(indexedDB, NAME)).toBe(30);
  });

  it('leaves the data as it was and says a migration failed when one throws', async () => {
    const indexedDB = new IDBFactory();
    await storeAtV2(indexedDB);
    const before = await rawStore(indexedDB);
    const db = appAtV3(indexedDB, () => {
      throw new TypeError('cannot read properties of undefined');
    });
    const outcome = await openGuarded({ db, indexedDB, backupBeforeMigration: null, log: () => {} });
    expect(outcome).toMatchObject({ status: 'failed', failure: { kind: 'migration' } });
    db.close();
    expect(await rawStore(indexedDB)).toEqual(before);
    expect(before.version).toBe(20);
    expect(before.rows.doses).toHaveLength(2);
  });

  it('goes ahead with the upgrade when the backup could not be written', async () => {
    const indexedDB = new IDBFactory();
    await storeAtV2(indexedDB);
    const log = vi.fn();
    const outcome = await openGuarded({
      db: appAtV3(indexedDB, () => {}),
      indexedDB,
      backupBeforeMigration: () => Promise.reject(new Error('disk full')),
      log,
    });
    expect(outcome).toEqual({ status: 'open' });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('updating anyway'), expect.any(Error));
  });

  it('says the data is from a newer version when the store is newer than the app', async () => {
    const indexedDB = new IDBFactory();
    const newer = new Dexie(NAME, { indexedDB, IDBKeyRange });
    newer.version(5).stores({ doses: 'id, date', profile: 'id', deletions: '[table+id]', extra: 'id' });
    await newer.open();
    newer.close();
    const db = appAtV3(indexedDB, () => {});
    const outcome = await openGuarded({ db, indexedDB, backupBeforeMigration: vi.fn(), log: () => {} });
    expect(outcome).toMatchObject({ status: 'failed', failure: { kind: 'newer' } });
  });

  it('takes no backup for a new store or one already at this version', async () => {
    const indexedDB = new IDBFactory();
    const backup = vi.fn(async () => {});
    await openGuarded({
      db: appAtV3(indexedDB, () => {}),
      indexedDB,
      backupBeforeMigration: backup,
      log: () => {},
    });
    const again = appAtV3(indexedDB, () => {});
    await openGuarded({ db: again, indexedDB, backupBeforeMigration: backup, log: () => {} });
    expect(backup).not.toHaveBeenCalled();
    expect(await countRows(again)).toEqual({ doses: 0, profile: 0, deletions: 0 });
  });
});
