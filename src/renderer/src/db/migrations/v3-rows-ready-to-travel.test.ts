import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDb, schemaV1, schemaV2, schemaV3 } from '../schema';
import { lastWriteFields } from './v3-rows-ready-to-travel';

// One row per table as v1 and v2 wrote them (no updatedAtEpochMs where those versions had none).
const v1Rows: Record<string, Record<string, unknown>[]> = {
  profile: [{ id: 'me', timeZone: 'Europe/Berlin', createdAtEpochMs: 5, updatedAtEpochMs: 6 }],
  settings: [{ id: 'app', hideStreaks: true }],
  routines: [
    {
      id: 'r1',
      category: 'sleep',
      title: 'Lights out',
      startDate: '2026-01-01',
      createdAtEpochMs: 7,
      updatedAtEpochMs: 8,
    },
  ],
  completions: [
    { id: 'r1|2026-01-02|22:30', routineId: 'r1', date: '2026-01-02', status: 'done', atEpochMs: 9 },
  ],
  products: [{ id: 'p1', name: 'Magtein', createdAtEpochMs: 10, updatedAtEpochMs: 11 }],
  titrationPlans: [
    {
      id: 't1',
      productId: 'p1',
      startDate: '2026-01-01',
      upperLimitAcknowledgedAtEpochMs: 12,
      createdAtEpochMs: 12,
      updatedAtEpochMs: 13,
    },
  ],
  doses: [{ id: 'd1', planId: 't1', date: '2026-01-02', takenAtEpochMs: 14, createdAtEpochMs: 14 }],
  checkins: [{ date: '2026-01-02', focus: 3, updatedAtEpochMs: 15 }],
  mealPlan: [{ id: 'm1', date: '2026-01-02', slot: 'lunch', createdAtEpochMs: 16 }],
  customFoods: [{ id: 'c1', name: 'Oat bake', createdAtEpochMs: 17 }],
  recipes: [{ id: 'rc1', name: 'Bake', createdAtEpochMs: 18 }],
  sleepLogs: [{ date: '2026-01-02', bedtime: '23:00', wakeTime: '07:00' }],
  exerciseLogs: [{ id: 'e1', date: '2026-01-02', minutes: 20 }],
  stressLogs: [{ id: 's1', date: '2026-01-02', minutes: 5 }],
};
const v2Rows: Record<string, Record<string, unknown>[]> = {
  mealTemplates: [{ id: 'mt1', name: 'Usual', items: [], createdAtEpochMs: 19 }],
  shoppingItems: [{ id: 'sh1', weekStart: '2026-01-05', key: 'extra:x', text: 'Oats', checked: false }],
  supplementSafety: [{ id: 'me', answers: {}, answeredAtEpochMs: 20 }],
  appliedActions: [{ actionId: 'a1', appliedAtEpochMs: 21 }],
  sleepTarget: [{ id: 'me', bedtime: '23:00', wakeTime: '07:00', updatedAtEpochMs: 22 }],
};

async function fixture(version: 1 | 2) {
  const indexedDB = new IDBFactory();
  const old = new Dexie('fixture', { indexedDB, IDBKeyRange });
  old.version(1).stores(schemaV1);
  if (version === 2) old.version(2).stores(schemaV2);
  await old.open();
  const rows = version === 2 ? { ...v1Rows, ...v2Rows } : v1Rows;
  for (const [table, list] of Object.entries(rows)) await old.table(table).bulkPut(list);
  old.close();
  return { db: createDb({ name: 'fixture', indexedDB, IDBKeyRange }), rows };
}

describe('upgrade to v3', () => {
  it.each([1, 2] as const)(
    'keeps every row of a v%i database and gives each an updatedAtEpochMs',
    async (version) => {
      const { db, rows } = await fixture(version);
      await db.open();
      expect(db.verno).toBe(3);
      for (const [table, list] of Object.entries(rows)) {
        const after = await db.table(table).toArray();
        // v2's own upgrade adds the settings row to a v1 database; nothing is lost.
        expect(after.length, table).toBeGreaterThanOrEqual(list.length);
        for (const row of list) {
          const key = db.table(table).schema.primKey.keyPath as string;
          const upgraded = await db.table(table).get(row[key] as string);
          const { upperLimitAcknowledgedAtEpochMs: _old, ...kept } = row;
          expect(upgraded, `${table} ${String(row[key])}`).toMatchObject(kept);
          expect(typeof upgraded.updatedAtEpochMs, table).toBe('number');
        }
      }
      db.close();
    },
  );

  it('takes the last-write time from the row where it has one, and the upgrade time where it has none', async () => {
    const before = Date.now();
    const { db } = await fixture(2);
    expect((await db.completions.get('r1|2026-01-02|22:30'))?.updatedAtEpochMs).toBe(9);
    expect((await db.doses.get('d1'))?.updatedAtEpochMs).toBe(14);
    expect((await db.routines.get('r1'))?.updatedAtEpochMs).toBe(8);
    expect((await db.appliedActions.get('a1'))?.updatedAtEpochMs).toBe(21);
    expect((await db.sleepLogs.get('2026-01-02'))?.updatedAtEpochMs).toBeGreaterThanOrEqual(before);
    db.close();
  });

  it('asks again for a limit acknowledged in v2, since v2 did not keep the figure', async () => {
    const { db } = await fixture(2);
    const plan = await db.titrationPlans.get('t1');
    expect(plan?.upperLimitAcknowledgement).toBeNull();
    expect(plan).not.toHaveProperty('upperLimitAcknowledgedAtEpochMs');
    db.close();
  });

  it('covers every table it inherits, and starts an empty, writable deletion log', async () => {
    expect(Object.keys(lastWriteFields).sort()).toEqual(Object.keys({ ...schemaV1, ...schemaV2 }).sort());
    expect(Object.keys(schemaV3)).toEqual(['deletions']);
    const { db } = await fixture(1);
    expect(await db.deletions.count()).toBe(0);
    await db.deletions.put({ table: 'routines', id: 'r1', deletedAtEpochMs: 1 });
    expect(await db.deletions.get(['routines', 'r1'])).toMatchObject({ deletedAtEpochMs: 1 });
    db.close();
  });
});
