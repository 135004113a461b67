import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDb, schemaV1 } from '../schema';
import { defaultSettings } from '../../data/settings/default-settings';

/** Creates a database as version 1 of the app left it, with the given settings row. */
async function v1Fixture(settingsRow: Record<string, unknown> | null) {
  const indexedDB = new IDBFactory();
  const old = new Dexie('fixture', { indexedDB, IDBKeyRange });
  old.version(1).stores(schemaV1);
  await old.open();
  await old.table('profile').put({ id: 'me', timeZone: 'Europe/Berlin' });
  await old
    .table('routines')
    .put({ id: 'r1', category: 'sleep', title: 'Lights out', startDate: '2026-01-01' });
  if (settingsRow) await old.table('settings').put(settingsRow);
  old.close();
  return createDb({ name: 'fixture', indexedDB, IDBKeyRange });
}

describe('upgrade to v2', () => {
  it('creates the default settings row when v1 had none, and keeps every v1 row', async () => {
    const db = await v1Fixture(null);
    // Free days came later and are optional (absent reads as Saturday and Sunday): v2's frozen defaults lack them.
    const { freeDays: _later, ...v2Defaults } = defaultSettings();
    // Opened at today's version, so v3 has stamped the row as well.
    expect(await db.settings.get('app')).toEqual({
      ...v2Defaults,
      updatedAtEpochMs: expect.any(Number),
    });
    expect(await db.routines.get('r1')).toMatchObject({ title: 'Lights out' });
    expect(await db.profile.get('me')).toMatchObject({ timeZone: 'Europe/Berlin' });
    expect(db.verno).toBe(3);
    db.close();
  });

  it('keeps what the person chose in v1 settings and fills in fields v1 did not have', async () => {
    const db = await v1Fixture({ id: 'app', hideStreaks: true, reminders: { snoozeMinutes: 30 } });
    const settings = await db.settings.get('app');
    expect(settings).toMatchObject({ hideStreaks: true, closeToTray: true, launchAtLogin: false });
    expect(settings?.reminders).toEqual({ ...defaultSettings().reminders, snoozeMinutes: 30 });
    db.close();
  });

  it('gives v2 its new tables, empty and writable', async () => {
    const db = await v1Fixture(null);
    await db.appliedActions.put({ actionId: 'a1', appliedAtEpochMs: 1, updatedAtEpochMs: 1 });
    expect(await db.appliedActions.count()).toBe(1);
    expect(await db.mealTemplates.count()).toBe(0);
    db.close();
  });
});
