import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { MAX_TRANSFER_BYTES } from '@shared/ipc/data-transfer';
import { FIXTURE_NOW, fixtureRows, writeFixture } from '../../../../../tests/support/transfer-fixtures';
import { createDb, schemaV1, type SteadyweekDb } from '../../db/schema';
import { applyImport, type ImportMode } from './apply-import';
import { buildExport, exportFileText, type ExportFile } from './export-file';
import { ImportError, parseImport } from './parse-import';
import { rawDump } from './raw-dump';

let counter = 0;
function freshDb() {
  counter += 1;
  const indexedDB = new IDBFactory();
  const name = `transfer-test-${counter}`;
  return { db: createDb({ name, indexedDB, IDBKeyRange }), name, indexedDB };
}

async function fixtureDb() {
  const made = freshDb();
  await writeFixture(made.db);
  return made;
}

const idb = { indexedDB: new IDBFactory(), IDBKeyRange };
const parse = (input: string | Uint8Array) =>
  parseImport(input, { nowEpochMs: FIXTURE_NOW, fallbackZone: 'UTC', idb });

async function importInto(db: SteadyweekDb, input: string | Uint8Array, mode: ImportMode = 'replace') {
  return applyImport(db, await parse(input), mode, { nowEpochMs: FIXTURE_NOW });
}

/** The file's data without the moment it was made: what must match across a round trip. */
const dataOf = (file: ExportFile) => ({ ...file, exportedAt: null });

describe('export and import (replace)', () => {
  it('export → import → export gives identical data in every table', async () => {
    const source = await fixtureDb();
    const first = await buildExport(source.db, FIXTURE_NOW);
    for (const [table, rows] of Object.entries(first.tables)) expect(rows.length, table).toBeGreaterThan(0);
    expect(first.deletions).toHaveLength(1);

    const target = freshDb();
    const report = await importInto(target.db, exportFileText(first));
    const second = await buildExport(target.db, FIXTURE_NOW + 1000);

    expect(dataOf(second)).toEqual(dataOf(first));
    expect(report.tables.routines).toMatchObject({ inFile: 2, written: 2, total: 2 });
    expect(first).toMatchObject({
      format: 'steadyweek',
      formatVersion: 1,
      schemaVersion: 3,
      counts: { routines: 2, doses: 1, deletions: 1 },
      dateRange: { first: '2026-03-12', last: '2026-03-16' },
    });
  });

  it('replaces what was there: rows missing from the file are gone', async () => {
    const source = await fixtureDb();
    const file = await buildExport(source.db, FIXTURE_NOW);
    const target = await fixtureDb();
    await target.db.exerciseLogs.put({ ...fixtureRows().exerciseLogs![0], id: 'extra' } as never);
    const report = await importInto(target.db, exportFileText(file));
    expect(await target.db.exerciseLogs.toCollection().primaryKeys()).toEqual(['e1']);
    expect(report.tables.exerciseLogs).toMatchObject({ removed: 2, written: 1, total: 1 });
  });

  it('keeps HTML and script in text as inert text (React, CSV and iCalendar escape it where shown)', async () => {
    const target = freshDb();
    const source = await fixtureDb();
    await importInto(target.db, exportFileText(await buildExport(source.db, FIXTURE_NOW)));
    expect((await target.db.routines.get('r1'))!.notes).toBe('<script>alert(1)</script> kept as text');
  });

  it('holds an imported plan above the upper limit without the matching acknowledgement', async () => {
    const source = await fixtureDb();
    const file = await buildExport(source.db, FIXTURE_NOW);
    // 8 capsules × 70 mg = 560 mg a day, over the 350 mg limit, acknowledged for another figure.
    Object.assign(file.tables.titrationPlans[0]!, {
      targetUnits: 8,
      upperLimitAcknowledgement: { mgPerDay: 420, limitMg: 350, ageBand: '31-50', atEpochMs: FIXTURE_NOW },
    });
    const target = freshDb();
    const report = await importInto(target.db, exportFileText(file));
    expect(report.heldPlans).toBe(1);
    expect((await target.db.routines.get('titration-plan-plan1'))!.paused).toBe(true);
  });

  it('reads a raw dump of an older database and upgrades it with the app’s own migrations', async () => {
    const old = new Dexie('old-v1', { indexedDB: new IDBFactory(), IDBKeyRange });
    const factory = (old as unknown as { _options: { indexedDB: IDBFactory } })._options.indexedDB;
    old.version(1).stores(schemaV1);
    await old.open();
    const rows = fixtureRows();
    for (const table of Object.keys(schemaV1)) {
      // v1 rows had no updatedAtEpochMs where that version did not keep one.
      const list = rows[table]!.map((row) => {
        const copy = { ...row };
        if (table === 'sleepLogs' || table === 'exerciseLogs' || table === 'stressLogs')
          delete copy.updatedAtEpochMs;
        return copy;
      });
      await old.table(table).bulkPut(list);
    }
    old.close();
    const dump = await rawDump('old-v1', { indexedDB: factory, nowEpochMs: FIXTURE_NOW });
    expect(JSON.parse(dump)).toMatchObject({ schemaVersion: 1, counts: { routines: 2 } });

    const target = freshDb();
    const report = await importInto(target.db, dump);
    expect(report.tables.sleepLogs.total).toBe(1);
    // upgradeToV3 stamped the rows v1 left without a last-write time.
    expect((await target.db.sleepLogs.get('2026-03-14'))!.updatedAtEpochMs).toBeGreaterThan(0);
    expect(await target.db.settings.get('app')).toMatchObject({ id: 'app' });
    expect(await target.db.mealTemplates.count()).toBe(0);
  });

  it('a raw dump at this schema version imports to the same data as an export', async () => {
    const source = await fixtureDb();
    const dump = await rawDump(source.name, { indexedDB: source.indexedDB, nowEpochMs: FIXTURE_NOW });
    const target = freshDb();
    await importInto(target.db, dump);
    expect(dataOf(await buildExport(target.db, FIXTURE_NOW))).toEqual(
      dataOf(await buildExport(source.db, FIXTURE_NOW)),
    );
  });

  it('an import aborted part-way (a write throws mid-transaction) leaves the old data in place', async () => {
    const source = await fixtureDb();
    const file = await buildExport(source.db, FIXTURE_NOW);
    file.tables.exerciseLogs[0]!.notes = 'from the file';
    const target = await fixtureDb();
    const before = await rawDump(target.name, { indexedDB: target.indexedDB, nowEpochMs: 0 });
    // Doses are written after profile, settings, products, plans, routines and completions.
    vi.spyOn(target.db.table('doses'), 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(importInto(target.db, exportFileText(file))).rejects.toThrow('disk full');
    expect(await rawDump(target.name, { indexedDB: target.indexedDB, nowEpochMs: 0 })).toBe(before);
  });
});

describe('merge of two diverged copies', () => {
  const base = Date.UTC(2026, 2, 10, 9);
  const log = (id: string, notes: string, at: number) => ({
    id,
    date: '2026-03-13',
    kind: 'aerobic',
    minutes: 30,
    intensity: 'moderate',
    notes,
    updatedAtEpochMs: at,
  });
  type Side = { row?: ReturnType<typeof log>; deletedAt?: number };
  const cases: { name: string; here: Side; file: Side; expected: string | null }[] = [
    {
      name: 'edit here newer than edit in the file',
      here: { row: log('x', 'here', base + 2) },
      file: { row: log('x', 'file', base + 1) },
      expected: 'here',
    },
    {
      name: 'edit in the file newer than edit here',
      here: { row: log('x', 'here', base + 1) },
      file: { row: log('x', 'file', base + 2) },
      expected: 'file',
    },
    {
      name: 'edit vs delete: the file deleted it later',
      here: { row: log('x', 'here', base + 1) },
      file: { deletedAt: base + 2 },
      expected: null,
    },
    {
      name: 'edit vs delete: edited here after the file deleted it',
      here: { row: log('x', 'here', base + 3) },
      file: { deletedAt: base + 2 },
      expected: 'here',
    },
    {
      name: 'delete vs edit: deleted here after the file’s edit',
      here: { deletedAt: base + 3 },
      file: { row: log('x', 'file', base + 2) },
      expected: null,
    },
    {
      name: 'delete vs edit: the file edited it after it was deleted here',
      here: { deletedAt: base + 1 },
      file: { row: log('x', 'file', base + 2) },
      expected: 'file',
    },
    { name: 'added only here', here: { row: log('x', 'here', base) }, file: {}, expected: 'here' },
    { name: 'added only in the file', here: {}, file: { row: log('x', 'file', base) }, expected: 'file' },
    {
      name: 'same time on both sides: the row here stays',
      here: { row: log('x', 'here', base) },
      file: { row: log('x', 'file', base) },
      expected: 'here',
    },
  ];

  it.each(cases)('$name', async ({ here, file, expected }) => {
    const target = await fixtureDb();
    if (here.row) await target.db.exerciseLogs.put(here.row as never);
    if (here.deletedAt)
      await target.db.deletions.put({ table: 'exerciseLogs', id: 'x', deletedAtEpochMs: here.deletedAt });
    const source = await fixtureDb();
    if (file.row) await source.db.exerciseLogs.put(file.row as never);
    if (file.deletedAt)
      await source.db.deletions.put({ table: 'exerciseLogs', id: 'x', deletedAtEpochMs: file.deletedAt });

    await importInto(target.db, exportFileText(await buildExport(source.db, FIXTURE_NOW)), 'merge');
    const row = await target.db.exerciseLogs.get('x');
    expect(row?.notes ?? null).toBe(expected);
    // The rows both copies share are untouched, and both sides' deletions are kept.
    expect(await target.db.exerciseLogs.get('e1')).toMatchObject({ id: 'e1' });
    if (here.deletedAt ?? file.deletedAt)
      expect(await target.db.deletions.get(['exerciseLogs', 'x'])).toMatchObject({
        table: 'exerciseLogs',
        id: 'x',
      });
  });

  it('adds on both sides keep both rows and report what came in and what did not', async () => {
    const target = await fixtureDb();
    await target.db.exerciseLogs.put(log('mine', 'here', base) as never);
    await target.db.exerciseLogs.put(log('e1', 'edited here', base + 5) as never);
    const source = await fixtureDb();
    await source.db.exerciseLogs.put(log('theirs', 'file', base) as never);
    const report = await importInto(
      target.db,
      exportFileText(await buildExport(source.db, FIXTURE_NOW)),
      'merge',
    );
    expect((await target.db.exerciseLogs.toCollection().primaryKeys()).sort()).toEqual([
      'e1',
      'mine',
      'theirs',
    ]);
    expect(report.tables.exerciseLogs).toMatchObject({ inFile: 2, written: 1, keptHere: 1, total: 3 });
  });
});

describe('malformed files are refused and the database is byte-for-byte unchanged', () => {
  const valid = async () => {
    const source = await fixtureDb();
    return buildExport(source.db, FIXTURE_NOW);
  };
  const edited = async (edit: (file: ExportFile & Record<string, unknown>) => void) => {
    const file = (await valid()) as ExportFile & Record<string, unknown>;
    edit(file);
    return exportFileText(file);
  };
  const encoder = new TextEncoder();
  const manyLogs = (n: number) =>
    Array.from({ length: n }, (_, i): Record<string, unknown> => ({
      ...fixtureRows().exerciseLogs![0],
      id: `bulk-${i}`,
    }));

  const cases: { name: string; file: () => Promise<string | Uint8Array>; message: RegExp }[] = [
    {
      name: 'truncated',
      file: async () => exportFileText(await valid()).slice(0, 900),
      message: /not valid JSON; it may be cut short/,
    },
    { name: 'not JSON', file: async () => 'Steadyweek backup, 2026', message: /not valid JSON/ },
    {
      name: 'another app’s JSON',
      file: async () => '{"app":"peer-tracker","version":3,"entries":[]}',
      message: /not a Steadyweek export/,
    },
    { name: 'an empty object', file: async () => '{}', message: /not a Steadyweek export/ },
    { name: 'a JSON array', file: async () => '[1,2,3]', message: /not a Steadyweek export/ },
    {
      name: 'a future format version',
      file: () => edited((f) => (f.formatVersion = 2)),
      message: /newer Steadyweek \(format 2/,
    },
    {
      name: 'a future schema version',
      file: () => edited((f) => (f.schemaVersion = 9)),
      message: /newer database \(version 9/,
    },
    {
      name: 'wrong types in the header',
      file: () => edited((f) => ((f as Record<string, unknown>).formatVersion = '1')),
      message: /header is damaged \(formatVersion/,
    },
    {
      name: 'wrong types in a row',
      file: () => edited((f) => (f.tables.exerciseLogs[0]!.minutes = '30')),
      message: /Row 1 of exerciseLogs \(key "e1"\) is not valid: minutes/,
    },
    {
      name: 'a missing table',
      file: () => edited((f) => delete (f.tables as Record<string, unknown>).sleepLogs),
      message: /"sleepLogs" is missing/,
    },
    {
      name: 'an unknown table',
      file: () => edited((f) => ((f.tables as Record<string, unknown>).secrets = [])),
      message: /table Steadyweek does not know: "secrets"/,
    },
    {
      name: 'a negative value',
      file: () => edited((f) => (f.tables.exerciseLogs[0]!.minutes = -5)),
      message: /exerciseLogs .* minutes: Enter at least 1 minute/,
    },
    {
      name: 'an absurd value',
      file: () => edited((f) => (f.tables.mealPlan[0]!.grams = 1e9)),
      message: /mealPlan .* grams: That is more than 5 kg/,
    },
    {
      name: 'a date before 1900',
      file: () => edited((f) => (f.tables.titrationPlans[0]!.startDate = '1850-01-01')),
      message: /1850 is outside the years Steadyweek keeps/,
    },
    {
      name: 'a date after 2100',
      file: () => edited((f) => (f.tables.mealPlan[0]!.date = '2200-01-01')),
      message: /2200 is outside the years/,
    },
    {
      name: 'a future-dated log',
      file: () => edited((f) => (f.tables.exerciseLogs[0]!.date = '2026-03-20')),
      message: /exerciseLogs .* date: That day has not come yet/,
    },
    {
      name: 'duplicate ids',
      file: () =>
        edited((f) => {
          f.tables.exerciseLogs.push({ ...f.tables.exerciseLogs[0]! });
          f.counts.exerciseLogs = 2;
        }),
      message: /Two rows of exerciseLogs have the same key "e1"/,
    },
    {
      name: 'a dose of a deleted plan',
      file: () =>
        edited((f) => {
          f.tables.titrationPlans = [];
          f.counts.titrationPlans = 0;
          f.tables.routines = f.tables.routines.filter((r) => r.source === null);
          f.counts.routines = 1;
          f.deletions.push({ table: 'titrationPlans', id: 'plan1', deletedAtEpochMs: FIXTURE_NOW });
          f.counts.deletions = 2;
        }),
      message: /doses \("plan1\|2026-03-14\|21:00"\) belongs to plan "plan1", which is not there/,
    },
    {
      name: 'a completion of a missing routine',
      file: () =>
        edited((f) => {
          const row = f.tables.completions[0]!;
          row.routineId = 'gone';
          row.id = `gone|${String(row.date)}|${String(row.plannedTime ?? '')}`;
        }),
      message: /completions .* belongs to routine "gone"/,
    },
    {
      name: "a completion under another occurrence's id (it would count twice)",
      file: () => edited((f) => (f.tables.completions[0]!.date = '2026-03-01')),
      message: /completions .* id: id must be "routine\|date\|time" of its own occurrence/,
    },
    { name: 'over 50 MB', file: async () => new Uint8Array(MAX_TRANSFER_BYTES + 1), message: /over 50 MB/ },
    {
      name: 'a script tag as an id (ids are keys, not text: the id rule refuses markup)',
      file: () => edited((f) => (f.tables.stressLogs[0]!.id = '<script>alert(1)</script>')),
      message: /stressLogs .* id: An id may not hold control characters, <, >/,
    },
    {
      name: 'a note over 5,000 characters',
      file: () => edited((f) => (f.tables.stressLogs[0]!.notes = '<p>' + 'x'.repeat(5000))),
      message: /Notes can be at most 5,000 characters/,
    },
    {
      name: 'a byte-order mark',
      file: async () => new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(exportFileText(await valid()))]),
      message: /byte-order mark/,
    },
    {
      name: 'a byte-order mark in text',
      file: async () => `\uFEFF${exportFileText(await valid())}`,
      message: /byte-order mark/,
    },
    {
      name: 'UTF-16 text',
      file: async () => {
        const text = exportFileText(await valid());
        const bytes = new Uint8Array(2 + text.length * 2);
        bytes.set([0xff, 0xfe]);
        for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
        return bytes;
      },
      message: /UTF-16 text/,
    },
    {
      name: 'Latin-1 bytes (not UTF-8)',
      file: async () => new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]),
      message: /not UTF-8 text/,
    },
    {
      name: 'a header count that does not match the rows',
      file: () => edited((f) => (f.counts.doses = 5)),
      message: /says 5 rows of doses but the file holds 1/,
    },
    {
      name: 'a routine that ends before it starts',
      file: () => edited((f) => (f.tables.routines[0]!.endDate = '2025-01-01')),
      message: /endDate: The end date is before the start date/,
    },
    {
      name: 'a bad deletion',
      file: () => edited((f) => (f.deletions[0]!.table = 'nowhere' as never)),
      message: /Deletion 1 is not valid: table/,
    },
    {
      name: 'a valid file with one bad row deep inside',
      file: () =>
        edited((f) => {
          const logs = manyLogs(5000);
          logs[4320]!.kind = 'flying';
          f.tables.exerciseLogs = logs;
          f.counts.exerciseLogs = 5000;
        }),
      message: /Row 4,321 of exerciseLogs \(key "bulk-4320"\) is not valid: kind: Choose a kind of exercise/,
    },
  ];

  it.each(cases)('$name', async ({ file, message }) => {
    const target = await fixtureDb();
    const before = await rawDump(target.name, { indexedDB: target.indexedDB, nowEpochMs: 0 });
    const input = await file();
    const error = await importInto(target.db, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/your data is as it was/);
    expect(await rawDump(target.name, { indexedDB: target.indexedDB, nowEpochMs: 0 })).toBe(before);
  });
});
