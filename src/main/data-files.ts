// The `data:save-files` and `data:open-file` handlers: dialogs in main, files written atomically, opened files read here within the bound.
import { open } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import {
  MAX_TRANSFER_BYTES,
  type OpenFileResult,
  type SavedFile,
  type SaveFilesResult,
} from '@shared/ipc/data-transfer';
import { writeAtomically } from './files/atomic-write';
import { handle } from './ipc';

/** The dialogs, injected so the rules below are tested without Electron. Each answers null when cancelled. */
export interface DataFileDialogs {
  chooseSavePath(defaultFileName: string): Promise<string | null>;
  chooseFolder(): Promise<string | null>;
  chooseFileToOpen(): Promise<string | null>;
}

export interface DataFiles {
  save(files: SavedFile[]): Promise<SaveFilesResult>;
  open(): Promise<OpenFileResult>;
}

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 300);

export function createDataFiles(dialogs: DataFileDialogs, write = writeAtomically): DataFiles {
  return {
    async save(files) {
      const one = files.length === 1 ? files[0]! : null;
      const target = one ? await dialogs.chooseSavePath(one.name) : await dialogs.chooseFolder();
      if (target === null) return { status: 'cancelled', path: null, message: null };
      const written: string[] = [];
      try {
        if (one) write(target, one.text);
        else
          for (const file of files) {
            write(join(target, file.name), file.text);
            written.push(file.name);
          }
      } catch (error) {
        const kept = written.length > 0 ? ` ${written.join(', ')} were saved; the rest were not.` : '';
        return {
          status: 'failed',
          path: target,
          message: `Could not save: ${messageOf(error)}.${kept} Your data in the app is unchanged.`,
        };
      }
      const what = one ? basename(target) : `${files.length} files`;
      return { status: 'saved', path: target, message: `Saved ${what}.` };
    },

    async open() {
      const path = await dialogs.chooseFileToOpen();
      if (path === null) return { status: 'cancelled' };
      try {
        const file = await open(path, 'r');
        try {
          const stats = await file.stat();
          if (!stats.isFile())
            return { status: 'failed', message: 'That is not a file. Choose a .json export.' };
          // Checked before reading: a huge file is never loaded into memory.
          if (stats.size > MAX_TRANSFER_BYTES)
            return {
              status: 'failed',
              message: `That file is ${megabytes(stats.size)}; Steadyweek opens files up to ${megabytes(MAX_TRANSFER_BYTES)}. Nothing was imported.`,
            };
          // One byte more than allowed is read, so a file that grew since the check is still refused.
          const buffer = Buffer.alloc(Math.min(stats.size + 1, MAX_TRANSFER_BYTES + 1));
          const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
          if (bytesRead > MAX_TRANSFER_BYTES)
            return {
              status: 'failed',
              message: 'That file grew past 50 MB while it was read. Nothing was imported.',
            };
          const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead);
          return { status: 'opened', file: { name: basename(path).slice(0, 260), bytes } };
        } finally {
          await file.close();
        }
      } catch (error) {
        return {
          status: 'failed',
          message: `Could not read that file: ${messageOf(error)}. Nothing was imported.`,
        };
      }
    },
  };
}

const filterOf = (fileName: string) => {
  const extension = extname(fileName).slice(1);
  const names: Record<string, string> = { json: 'Steadyweek export', csv: 'CSV', ics: 'Calendar' };
  return [{ name: names[extension] ?? extension, extensions: [extension] }];
};

export function registerDataFiles(deps: { getWindow: () => BrowserWindow | null }): void {
  const parentOf = () => {
    const win = deps.getWindow();
    return win && !win.isDestroyed() ? win : null;
  };
  const withParent = <O, R>(show: (win: BrowserWindow, options: O) => R, showAlone: (options: O) => R) => {
    return (options: O) => {
      const parent = parentOf();
      return parent ? show(parent, options) : showAlone(options);
    };
  };
  const saveDialog = withParent(
    (win, options: Electron.SaveDialogOptions) => dialog.showSaveDialog(win, options),
    (options) => dialog.showSaveDialog(options),
  );
  const openDialog = withParent(
    (win, options: Electron.OpenDialogOptions) => dialog.showOpenDialog(win, options),
    (options) => dialog.showOpenDialog(options),
  );
  const files = createDataFiles({
    async chooseSavePath(defaultFileName) {
      const choice = await saveDialog({
        title: 'Save your Steadyweek data',
        defaultPath: join(app.getPath('documents'), defaultFileName),
        filters: filterOf(defaultFileName),
      });
      return choice.canceled || !choice.filePath ? null : choice.filePath;
    },
    async chooseFolder() {
      const choice = await openDialog({
        title: 'Choose a folder for your Steadyweek files',
        defaultPath: app.getPath('documents'),
        properties: ['openDirectory', 'createDirectory'],
      });
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
    async chooseFileToOpen() {
      const choice = await openDialog({
        title: 'Open a Steadyweek export',
        defaultPath: app.getPath('documents'),
        properties: ['openFile'],
        filters: [
          { name: 'Steadyweek export', extensions: ['json'] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
  });
  handle('data:save-files', ({ files: toSave }) => files.save(toSave));
  handle('data:open-file', () => files.open());
}
