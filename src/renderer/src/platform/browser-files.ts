// Web mode's files: saving is a download per file, opening is a file input (the transfer engineer's fuller version replaces this).
import { MAX_TRANSFER_BYTES } from '@shared/ipc/data-transfer';
import type { DataPlatform } from './data-platform';

const typeOf = (name: string) =>
  name.endsWith('.csv') ? 'text/csv' : name.endsWith('.ics') ? 'text/calendar' : 'application/json';

export function createBrowserFiles(win: Window): DataPlatform['files'] {
  return {
    async save(files) {
      for (const file of files) {
        const url = URL.createObjectURL(
          new Blob([file.text], { type: `${typeOf(file.name)};charset=utf-8` }),
        );
        const link = win.document.createElement('a');
        link.href = url;
        link.download = file.name;
        link.click();
        // The download has taken the blob by the next task; the URL is not needed after it.
        win.setTimeout(() => URL.revokeObjectURL(url), 0);
      }
      const what = files.length === 1 ? files[0]!.name : `${files.length} files`;
      return { status: 'saved', path: null, message: `Downloaded ${what}.` };
    },
    open() {
      return new Promise((resolve) => {
        const input = win.document.createElement('input');
        input.type = 'file';
        input.accept = '.json,application/json';
        input.addEventListener('cancel', () => resolve({ status: 'cancelled' }));
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return resolve({ status: 'cancelled' });
          if (file.size > MAX_TRANSFER_BYTES)
            return resolve({
              status: 'failed',
              message: 'That file is over 50 MB; Steadyweek opens files up to 50 MB. Nothing was imported.',
            });
          file.arrayBuffer().then(
            (buffer) =>
              resolve({ status: 'opened', file: { name: file.name, bytes: new Uint8Array(buffer) } }),
            () => resolve({ status: 'failed', message: 'Could not read that file. Nothing was imported.' }),
          );
        });
        input.click();
      });
    },
  };
}
