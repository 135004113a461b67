// Shown when the database cannot open: what happened, that the data is kept, a raw export and a restore from a backup.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { BackupInfo } from '@shared/ipc/data-transfer';
import type { OpenFailure } from '@shared/backups/start-check';
import { BackupSummary } from '../../../components/backup-summary';

export interface DatabaseFailureProps {
  failure: OpenFailure;
  /** Saves a plain IndexedDB dump through the save dialog (or a download); answers what happened. */
  saveRawCopy: () => Promise<string>;
  /** Null in web mode, which has no backups folder. */
  listBackups: (() => Promise<BackupInfo[]>) | null;
  restore: (id: string) => Promise<void>;
}

const NEXT_STEP: Record<OpenFailure['kind'], string> = {
  migration:
    'This version could not update your data, so it left it exactly as it was. Save a raw copy, then install the version you used before, or restore a backup.',
  newer:
    'A newer version of Steadyweek saved your data; this one cannot read it without risking it. Install the newer version again, or restore a backup made before.',
  quota: 'Free some space on this computer, then restart Steadyweek.',
  other: 'Restart Steadyweek. If this keeps happening, save a raw copy and restore a backup.',
};

export function DatabaseFailureScreen({ failure, saveRawCopy, listBackups, restore }: DatabaseFailureProps) {
  const backups = useQuery({
    queryKey: ['backups', 'list'],
    queryFn: () => listBackups!(),
    enabled: listBackups !== null,
  });
  const [chosen, setChosen] = useState('');
  const [status, setStatus] = useState<{ busy: boolean; message: string | null; error: boolean }>({
    busy: false,
    message: null,
    error: false,
  });

  async function run(action: () => Promise<string | void>) {
    setStatus({ busy: true, message: null, error: false });
    try {
      const message = await action();
      setStatus({ busy: false, message: message ?? null, error: false });
    } catch (error) {
      setStatus({
        busy: false,
        message: error instanceof Error ? error.message : String(error),
        error: true,
      });
    }
  }

  const choice = backups.data?.find((backup) => backup.id === chosen) ?? backups.data?.[0] ?? null;
  return (
    <main className="onboarding" aria-labelledby="failure-heading">
      <div className="error-panel" role="alert">
        <h1 id="failure-heading">{failure.headline}</h1>
        <p>
          <strong>Your data is kept.</strong> Nothing was changed or deleted.
        </p>
        <p>{NEXT_STEP[failure.kind]}</p>
        <p className="muted">Details: {failure.detail}</p>
      </div>
      <section className="card" aria-labelledby="raw-copy-heading">
        <h2 id="raw-copy-heading">Save a raw copy</h2>
        <p>A plain copy of everything stored, as it is now, that a later version of Steadyweek can read.</p>
        <button type="button" disabled={status.busy} onClick={() => void run(saveRawCopy)}>
          Save a raw copy…
        </button>
      </section>
      {listBackups ? (
        <section className="card" aria-labelledby="failure-restore-heading">
          <h2 id="failure-restore-heading">Restore from a backup</h2>
          {backups.isPending ? <p role="status">Looking for backups…</p> : null}
          {backups.data?.length === 0 ? <p>No backups were found.</p> : null}
          {choice ? (
            <>
              <p>
                Your current data is saved as a backup first; then the backup you choose replaces it in a new
                store.
              </p>
              <label className="field">
                <span>Backup</span>
                <select value={choice.id} onChange={(event) => setChosen(event.target.value)}>
                  {backups.data!.map((backup) => (
                    <option key={backup.id} value={backup.id}>
                      {new Date(backup.createdAtEpochMs).toLocaleString()} ({backup.reason})
                    </option>
                  ))}
                </select>
              </label>
              <BackupSummary backup={choice} />
              <button type="button" disabled={status.busy} onClick={() => void run(() => restore(choice.id))}>
                Restore this backup
              </button>
            </>
          ) : null}
        </section>
      ) : null}
      {status.message ? (
        <p className={status.error ? 'form-error' : 'ok'} role={status.error ? 'alert' : 'status'}>
          {status.message}
        </p>
      ) : null}
    </main>
  );
}
