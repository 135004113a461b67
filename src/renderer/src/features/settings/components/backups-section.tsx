// Settings → Backups (desktop): the automatic backups with a preview, Restore (the current data is kept as a backup first) and Back up now.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { BackupInfo } from '@shared/ipc/data-transfer';
import { BackupSummary } from '../../../components/backup-summary';
import { platform } from '../../../platform';
import { loadTransfer } from '../../../lib/data-safety/transfer';
import { restoreBackup } from '../../../lib/data-safety/restore';
import { DATABASE_NAME } from '../../../db/schema';

const BACKUPS_LIST_KEY = ['backups', 'list'] as const;
type Status = { busy: boolean; message: string | null; error: boolean };

export function BackupsSection() {
  const backups = platform.backups;
  if (!backups) return null;
  return <BackupsList backups={backups} />;
}

function BackupsList({ backups }: { backups: NonNullable<typeof platform.backups> }) {
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: BACKUPS_LIST_KEY, queryFn: () => backups.list() });
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ busy: false, message: null, error: false });

  async function run(action: () => Promise<string>) {
    setStatus({ busy: true, message: null, error: false });
    try {
      setStatus({ busy: false, message: await action(), error: false });
    } catch (error) {
      setStatus({
        busy: false,
        message: error instanceof Error ? error.message : String(error),
        error: true,
      });
    } finally {
      setConfirming(null);
      void queryClient.invalidateQueries({ queryKey: BACKUPS_LIST_KEY });
    }
  }
  const backUpNow = () =>
    run(async () => {
      const result = await backups.write('manual', await (await loadTransfer()).exportAllText());
      if (result.status !== 'written') throw new Error(result.message ?? 'The backup was not written.');
      return 'Backed up.';
    });
  const restore = (backup: BackupInfo) =>
    run(async () => {
      await restoreBackup(backup.id, {
        backups,
        transfer: await loadTransfer(),
        databaseName: DATABASE_NAME,
        keepCurrent: 'export',
      });
      return 'Restored. Your data before the restore is kept as a backup.';
    });

  return (
    <section className="card" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <p>
        Steadyweek backs up your data on this computer once a day, before it updates your data and before a
        new version first starts. It keeps 14 daily and 8 weekly backups.
      </p>
      <div className="row">
        <button type="button" className="secondary" disabled={status.busy} onClick={() => void backUpNow()}>
          Back up now
        </button>
      </div>
      {status.message ? (
        <p className={status.error ? 'form-error' : 'ok'} role={status.error ? 'alert' : 'status'}>
          {status.message}
        </p>
      ) : null}
      {list.isPending ? <p role="status">Looking for backups…</p> : null}
      {list.isError ? <p className="form-error">Could not list the backups: {list.error.message}</p> : null}
      {list.data?.length === 0 ? <p>No backups yet. The first is made when the app is next idle.</p> : null}
      {list.data && list.data.length > 0 ? (
        <ul className="backup-list">
          {list.data.map((backup) => (
            <li key={backup.id}>
              <BackupSummary backup={backup} />
              {confirming === backup.id ? (
                <div className="warning" role="group" aria-label="Confirm the restore">
                  <p>
                    This replaces all the data now in Steadyweek with this backup. Your current data is saved
                    as a backup first.
                  </p>
                  <div className="row">
                    <button type="button" disabled={status.busy} onClick={() => void restore(backup)}>
                      {status.busy ? 'Restoring…' : 'Restore'}
                    </button>
                    <button type="button" className="secondary" onClick={() => setConfirming(null)}>
                      Cancel
                    </button>
                  </div>
                </div>
              ) : (
                <button type="button" className="secondary" onClick={() => setConfirming(backup.id)}>
                  Restore…
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
