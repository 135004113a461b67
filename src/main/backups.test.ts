import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { instantOfLocalTime, addDays } from '@shared/dates/calendar';
import { MAX_TRANSFER_BYTES, type ExportEnvelope } from '@shared/ipc/data-transfer';

type Listener = (event: unknown, ...args: unknown[]) => unknown;
const ipcHandlers = new Map<string, Listener>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener),
    removeHandler: (channel: string) => ipcHandlers.delete(channel),
  },
}));
const { setSenderPolicy } = await import('./ipc');
const { createBackupStore } = await import('./backup-store');
const { registerBackups } = await import('./backups');

const ZONE = 'Europe/Berlin';
const at = (day: number, time = '09:00') => instantOfLocalTime(addDays('2026-01-05', day), time, ZONE);
function exportText(doses: number, extra = '') {
  const envelope: ExportEnvelope = {
    format: 'steadyweek',
    formatVersion: 1,
    appVersion: '1.0.0',
    schemaVersion: 3,
    exportedAt: '2026-01-05T08:00:00.000Z',
    counts: { doses, routines: 0 },
    dateRange: null,
  };
  return (
    JSON.stringify({
      ...envelope,
      tables: { doses: Array.from({ length: doses }, (_, i) => ({ id: `d${i}` })) },
    }) + extra
  );
}

let userDataPath: string;
let nowEpochMs: number;
const store = (appVersion = '1.0.0') =>
  createBackupStore({ userDataPath, appVersion, now: () => nowEpochMs, timeZone: () => ZONE, log: () => {} });
const files = () => readdirSync(join(userDataPath, 'backups')).sort();

beforeEach(() => {
  userDataPath = mkdtempSync(join(tmpdir(), 'sw-backups-'));
  nowEpochMs = at(0);
});

describe('the backup store', () => {
  it('writes <time>-<reason>.json in userData/backups, atomically, and lists it with its envelope', () => {
    const result = store().write('manual', exportText(3));
    expect(result).toMatchObject({ status: 'written', message: null });
    expect(files()).toEqual(['20260105T080000000Z-manual.json']);
    expect(store().list()).toEqual([
      expect.objectContaining({
        id: '20260105T080000000Z-manual.json',
        reason: 'manual',
        createdAtEpochMs: at(0),
        envelope: expect.objectContaining({ counts: { doses: 3, routines: 0 } }),
        fewerRowsThanBefore: false,
      }),
    ]);
    expect(store().read('20260105T080000000Z-manual.json')).toBe(exportText(3));
  });

  it('skips a daily backup when today’s is there, in the system’s zone, and writes tomorrow’s', () => {
    const backups = store();
    expect(backups.write('daily', exportText(3)).status).toBe('written');
    nowEpochMs = at(0, '23:59');
    expect(backups.write('daily', exportText(4))).toEqual({
      status: 'skipped',
      backup: null,
      message: 'Today’s backup is already there.',
    });
    expect(backups.write('manual', exportText(4)).status).toBe('written');
    nowEpochMs = at(1, '00:01');
    expect(backups.write('daily', exportText(4)).status).toBe('written');
    expect(files()).toHaveLength(3);
  });

  it('keeps 14 daily and 8 weekly as the days go by', () => {
    const backups = store();
    for (let day = 0; day < 120; day += 1) {
      nowEpochMs = at(day);
      backups.write('daily', exportText(10));
    }
    expect(files()).toHaveLength(22);
    expect(files().at(-1)).toBe(`${new Date(at(119)).toISOString().replace(/[-:.]/g, '')}-daily.json`);
  });

  it('flags a backup with under half the rows of the one before, keeps both, and keeps the old one past rotation until a normal-size one follows', () => {
    const backups = store();
    backups.write('daily', exportText(100));
    const full = backups.list()[0]!.id;
    nowEpochMs = at(1);
    const small = backups.write('daily', exportText(40));
    expect(small).toMatchObject({ status: 'written', backup: { fewerRowsThanBefore: true } });
    expect(small.backup!.id).toMatch(/-daily-fewer\.json$/);
    for (let day = 2; day < 80; day += 1) {
      nowEpochMs = at(day);
      backups.write('daily', exportText(40));
    }
    expect(files()).toContain(full);
    expect(
      store()
        .list()
        .find((b) => b.id === small.backup!.id),
    ).toBeUndefined(); // the flagged one rotated as a daily
    nowEpochMs = at(80);
    expect(backups.write('daily', exportText(60)).backup!.fewerRowsThanBefore).toBe(false);
    expect(files()).not.toContain(full);
  });

  it.each([
    ['not JSON', 'hello there'],
    ['another app’s JSON', '{"format":"other","tables":{}}'],
    ['an envelope with a negative count', exportText(1).replace('"doses":1', '"doses":-1')],
  ])('refuses to write %s, and writes nothing', (_label, text) => {
    expect(store().write('daily', text)).toMatchObject({ status: 'failed', backup: null });
    expect(existsSync(join(userDataPath, 'backups'))).toBe(false);
  });

  it('refuses a backup of over 50 MB in bytes (it could not be opened for a restore)', () => {
    const text = exportText(1, ' '.repeat(MAX_TRANSFER_BYTES / 2) + 'é'.repeat(MAX_TRANSFER_BYTES / 4));
    expect(store().write('daily', text)).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('50 MB'),
    });
  });

  it('lists only its own backups, and reads no other file', () => {
    store().write('manual', exportText(1));
    const dir = join(userDataPath, 'backups');
    writeFileSync(join(dir, 'notes.json'), exportText(1));
    writeFileSync(join(dir, '20260105T080000000Z-daily.json'), '{"format":"other"}');
    writeFileSync(join(userDataPath, 'secret.json'), exportText(1));
    expect(
      store()
        .list()
        .map((b) => b.id),
    ).toEqual(['20260105T080000000Z-manual.json']);
    expect(() => store().read('notes.json')).toThrow(/not there/);
  });

  it('asks for a new-version backup on the first start of a version until one is written, and a daily until today’s is', () => {
    expect(store('1.0.0').due()).toEqual(['new-version', 'daily']);
    store('1.0.0').write('daily', exportText(1));
    expect(store('1.0.0').due()).toEqual(['new-version']);
    store('1.0.0').write('new-version', exportText(1));
    expect(store('1.0.0').due()).toEqual([]);
    expect(store('1.1.0').due()).toEqual(['new-version']);
    nowEpochMs = at(1);
    expect(store('1.0.0').due()).toEqual(['daily']);
  });

  it('keeps the row marker across a restart, and starts without one from a corrupt file, kept aside', () => {
    expect(store().marker()).toBeNull();
    store().setMarker({ counts: { doses: 5 }, atEpochMs: 1 });
    expect(store().marker()).toEqual({ counts: { doses: 5 }, atEpochMs: 1 });
    writeFileSync(join(userDataPath, 'row-marker.json'), '{"counts":{"doses":');
    expect(store().marker()).toBeNull();
    expect(readdirSync(userDataPath).some((f) => f.startsWith('row-marker.json.corrupt-'))).toBe(true);
  });
});

describe('the backup channels', () => {
  beforeEach(() => {
    ipcHandlers.clear();
    setSenderPolicy(() => true);
    registerBackups({
      userDataPath,
      appVersion: '1.0.0',
      now: () => nowEpochMs,
      timeZone: () => ZONE,
      log: () => {},
    });
  });
  const invoke = (channel: string, ...args: unknown[]) =>
    Promise.resolve().then(() => ipcHandlers.get(channel)!({ sender: { id: 1 } }, ...args));

  it.each([
    ['backups:write', { reason: 'hourly', text: exportText(1) }],
    ['backups:write', { reason: 'daily', text: 'x'.repeat(MAX_TRANSFER_BYTES + 1) }],
    ['backups:write', { reason: 'daily' }],
    ['backups:read', '../row-marker.json'],
    ['backups:read', '/etc/passwd'],
    ['backups:read', 'x'.repeat(200) + '.json'],
    ['backups:set-marker', { counts: { doses: -1 }, atEpochMs: 0 }],
    ['backups:set-marker', { counts: { 'no/slash': 1 }, atEpochMs: 0 }],
    ['backups:set-marker', { counts: {}, atEpochMs: 9e15 }],
    ['backups:list', 'please'],
  ])('%s refuses a malformed payload and touches no file', async (channel, payload) => {
    await expect(invoke(channel, payload)).rejects.toThrow(/malformed/);
    expect(readdirSync(userDataPath)).toEqual([]);
  });

  it('writes, lists, reads and keeps the marker through the channels', async () => {
    await expect(invoke('backups:write', { reason: 'daily', text: exportText(2) })).resolves.toMatchObject({
      status: 'written',
    });
    const [info] = (await invoke('backups:list')) as { id: string }[];
    await expect(invoke('backups:read', info!.id)).resolves.toBe(exportText(2));
    await invoke('backups:set-marker', { counts: { doses: 2 }, atEpochMs: 5 });
    await expect(invoke('backups:get-marker')).resolves.toEqual({ counts: { doses: 2 }, atEpochMs: 5 });
  });
});
