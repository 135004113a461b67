import { mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILES_PER_SAVE, MAX_TRANSFER_BYTES } from '@shared/ipc/data-transfer';

type Listener = (event: unknown, ...args: unknown[]) => unknown;
const ipcHandlers = new Map<string, Listener>();
const dialog = vi.hoisted(() => ({ showSaveDialog: vi.fn(), showOpenDialog: vi.fn() }));
vi.mock('electron', () => ({
  app: { getPath: () => tmpdir() },
  dialog,
  ipcMain: {
    handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener),
    removeHandler: (channel: string) => ipcHandlers.delete(channel),
  },
}));

const { setSenderPolicy } = await import('./ipc');
const { createDataFiles, registerDataFiles } = await import('./data-files');

const folder = () => mkdtempSync(join(tmpdir(), 'sw-data-files-'));
const dialogs = (answers: { save?: string | null; folder?: string | null; open?: string | null }) => ({
  chooseSavePath: vi.fn(async () => answers.save ?? null),
  chooseFolder: vi.fn(async () => answers.folder ?? null),
  chooseFileToOpen: vi.fn(async () => answers.open ?? null),
});

describe('saving files', () => {
  it('writes one file where the save dialog says, offering its name', async () => {
    const path = join(folder(), 'mine.json');
    const d = dialogs({ save: path });
    const result = await createDataFiles(d).save([{ name: 'steadyweek.json', text: '{"a":1}' }]);
    expect(d.chooseSavePath).toHaveBeenCalledWith('steadyweek.json');
    expect(result).toEqual({ status: 'saved', path, message: 'Saved mine.json.' });
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}');
  });

  it('writes several files side by side in the chosen folder, and no temp file', async () => {
    const dir = folder();
    const result = await createDataFiles(dialogs({ folder: dir })).save([
      { name: 'doses.csv', text: 'a,b' },
      { name: 'routines.ics', text: 'BEGIN:VCALENDAR' },
    ]);
    expect(result.status).toBe('saved');
    expect(readdirSync(dir).sort()).toEqual(['doses.csv', 'routines.ics']);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const write = vi.fn();
    const result = await createDataFiles(dialogs({}), write).save([{ name: 'a.json', text: '{}' }]);
    expect(result).toEqual({ status: 'cancelled', path: null, message: null });
    expect(write).not.toHaveBeenCalled();
  });

  it('says which files were saved when one fails, and that the data in the app is unchanged', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'b.csv'));
    writeFileSync(join(dir, 'b.csv', 'x'), 'x'); // a non-empty folder where b.csv should go
    const result = await createDataFiles(dialogs({ folder: dir })).save([
      { name: 'a.csv', text: '1' },
      { name: 'b.csv', text: '2' },
    ]);
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(
      /^Could not save: .*a\.csv were saved; the rest were not\. Your data in the app is unchanged\.$/,
    );
  });
});

describe('opening a file', () => {
  it('hands over the bytes undecoded, with the file name', async () => {
    const path = join(folder(), 'export.json');
    writeFileSync(path, Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]));
    const result = await createDataFiles(dialogs({ open: path })).open();
    expect(result.status).toBe('opened');
    if (result.status !== 'opened') return;
    expect(result.file.name).toBe('export.json');
    expect([...result.file.bytes]).toEqual([0xef, 0xbb, 0xbf, 0x7b, 0x7d]);
  });

  it('reads a file of exactly 50 MB and refuses one byte more before reading it', async () => {
    const path = join(folder(), 'big.json');
    writeFileSync(path, '');
    truncateSync(path, MAX_TRANSFER_BYTES);
    const atLimit = await createDataFiles(dialogs({ open: path })).open();
    expect(atLimit.status === 'opened' && atLimit.file.bytes.byteLength).toBe(MAX_TRANSFER_BYTES);
    truncateSync(path, MAX_TRANSFER_BYTES + 1);
    expect(await createDataFiles(dialogs({ open: path })).open()).toEqual({
      status: 'failed',
      message: 'That file is 51 MB; Steadyweek opens files up to 50 MB. Nothing was imported.',
    });
  });

  it('refuses a folder and a file that is gone, with a message', async () => {
    const dir = folder();
    expect(await createDataFiles(dialogs({ open: dir })).open()).toMatchObject({ status: 'failed' });
    const gone = await createDataFiles(dialogs({ open: join(dir, 'gone.json') })).open();
    expect(gone).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^Could not read that file/),
    });
  });

  it('answers cancelled when the dialog is', async () => {
    expect(await createDataFiles(dialogs({})).open()).toEqual({ status: 'cancelled' });
  });
});

describe('the data channels', () => {
  beforeEach(() => {
    ipcHandlers.clear();
    vi.clearAllMocks();
    setSenderPolicy(() => true);
    registerDataFiles({ getWindow: () => null });
  });
  const invoke = (channel: string, ...args: unknown[]) =>
    Promise.resolve().then(() => ipcHandlers.get(channel)!({ sender: { id: 1 } }, ...args));
  const file = (name: string, text = '{}') => ({ name, text });

  it.each([
    ['no files', { files: [] }],
    [
      `more than ${MAX_FILES_PER_SAVE} files`,
      { files: Array.from({ length: 13 }, (_, i) => file(`f${i}.csv`)) },
    ],
    ['a name with a folder in it', { files: [file('../evil.json')] }],
    ['an absolute path', { files: [file('/etc/passwd.json')] }],
    ['a name ending in .exe', { files: [file('steadyweek.exe')] }],
    ['a name that is only a dot file', { files: [file('.json')] }],
    ['two files of one name', { files: [file('a.csv'), file('A.csv')] }],
    ['a text over 50 MB', { files: [file('a.json', 'x'.repeat(MAX_TRANSFER_BYTES + 1))] }],
    [
      'texts over 100 MB together',
      { files: [0, 1, 2].map((i) => file(`f${i}.csv`, 'x'.repeat(MAX_TRANSFER_BYTES * 0.7))) },
    ],
    ['a text that is not a string', { files: [{ name: 'a.json', text: 7 }] }],
    ['a bare array', [file('a.json')]],
  ])('refuses a save of %s and shows no dialog', async (_label, payload) => {
    await expect(invoke('data:save-files', payload)).rejects.toThrow(/malformed/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses an open request that carries a payload', async () => {
    await expect(invoke('data:open-file', { path: '/etc/passwd' })).rejects.toThrow(/malformed/);
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('saves through the system dialog when the payload is good', async () => {
    const path = join(folder(), 'a.json');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
    await expect(invoke('data:save-files', { files: [file('a.json')] })).resolves.toMatchObject({
      status: 'saved',
    });
    expect(readFileSync(path, 'utf8')).toBe('{}');
  });
});
