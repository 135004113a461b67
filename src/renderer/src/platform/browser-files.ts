// Files in a plain browser: a save is a download (a Blob URL), an open is a file input.
// The limit comes from bounds (plain numbers): importing it from the contract would put zod in the first screen's code.
import { maxTransferBytes } from '@shared/bounds';
import type { OpenFileResult, SavedFile, SaveFilesResult } from '@shared/ipc/data-transfer';
import type { DataPlatform } from './data-platform';

const typeOf = (name: string) =>
  name.endsWith('.json') ? 'application/json' : name.endsWith('.csv') ? 'text/csv' : 'text/calendar';

export function createBrowserFiles(win: Window = window): DataPlatform['files'] {
  return {
    async save(files: SavedFile[]): Promise<SaveFilesResult> {
      try {
        for (const file of files) {
          const url = URL.createObjectURL(
            new Blob([file.text], { type: `${typeOf(file.name)};charset=utf-8` }),
          );
          const link = win.document.createElement('a');
          link.href = url;
          link.download = file.name;
          link.hidden = true;
          win.document.body.append(link);
          link.click();
          link.remove();
          // The download has its own copy once started; give it a moment before the URL goes.
          setTimeout(() => URL.revokeObjectURL(url), 60_000);
        }
        const names = files.map((f) => f.name).join(', ');
        return { status: 'saved', path: null, message: `Downloaded ${names} to your downloads folder.` };
      } catch (error) {
        return {
          status: 'failed',
          path: null,
          message: `The download could not start: ${(error as Error).message}`,
        };
      }
    },
    open(): Promise<OpenFileResult> {
      return new Promise((resolve) => {
        const input = win.document.createElement('input');
        input.type = 'file';
        input.accept = '.json,application/json';
        input.hidden = true;
        const done = (result: OpenFileResult) => {
          input.remove();
          resolve(result);
        };
        input.addEventListener('cancel', () => done({ status: 'cancelled' }));
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return done({ status: 'cancelled' });
          if (file.size > maxTransferBytes) {
            return done({
              status: 'failed',
              message: 'The file is over 50 MB, more than any Steadyweek export; nothing was read.',
            });
          }
          file.arrayBuffer().then(
            (buffer) => done({ status: 'opened', file: { name: file.name, bytes: new Uint8Array(buffer) } }),
            (error: unknown) =>
              done({ status: 'failed', message: `The file could not be read: ${String(error)}` }),
          );
        });
        win.document.body.append(input);
        input.click();
      });
    },
  };
}
