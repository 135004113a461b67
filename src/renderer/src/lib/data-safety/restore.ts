// Restoring a backup: the current data is first kept as a `before-restore` backup, then the backup replaces it.
import type { DataPlatform } from '../../platform/data-platform';
import type { TransferFunctions } from './transfer';

type Backups = NonNullable<DataPlatform['backups']>;

export interface RestoreDeps {
  backups: Backups;
  transfer: Pick<TransferFunctions, 'exportAllText' | 'importText' | 'rawDump'>;
  databaseName: string;
  /**
   * How the current data is kept first: `export` when the database opens, `raw` (a plain IndexedDB dump)
   * when it cannot, `none` when it is empty (the restore offer after a wipe).
   */
  keepCurrent: 'export' | 'raw' | 'none';
  /** With `raw`: removes the store that cannot open, so the backup can be written into a new one. */
  deleteDatabase?: () => Promise<void>;
}

/**
 * Restores backup `id`. Nothing is replaced unless the current data was kept first: if that backup
 * cannot be written, this throws and the database is as it was.
 */
export async function restoreBackup(id: string, deps: RestoreDeps): Promise<void> {
  const text = await deps.backups.read(id);
  if (deps.keepCurrent !== 'none') {
    const current =
      deps.keepCurrent === 'export'
        ? await deps.transfer.exportAllText()
        : await deps.transfer.rawDump(deps.databaseName);
    const kept = await deps.backups.write('before-restore', current);
    if (kept.status !== 'written')
      throw new Error(
        `Your current data could not be kept as a backup first (${kept.message ?? kept.status}), so nothing was restored.`,
      );
  }
  if (deps.keepCurrent === 'raw') await deps.deleteDatabase?.();
  await deps.transfer.importText(text, 'replace');
}
