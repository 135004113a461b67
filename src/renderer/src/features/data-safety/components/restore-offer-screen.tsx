// Shown at start instead of a first run when the database is empty but main's marker remembers rows: offer the newest backup.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { BackupInfo, RowMarker } from '@shared/ipc/data-transfer';
import { totalRowsOf } from '@shared/backups/rotation';
import { BackupSummary, formatWhen } from '../../../components/backup-summary';

export interface RestoreOfferProps {
  marker: RowMarker;
  listBackups: () => Promise<BackupInfo[]>;
  restore: (id: string) => Promise<void>;
  startFresh: () => void;
}

export function RestoreOfferScreen({ marker, listBackups, restore, startFresh }: RestoreOfferProps) {
  const backups = useQuery({ queryKey: ['backups', 'list'], queryFn: listBackups });
  // The newest backup with data, passing over one kept as far smaller than the one before it (likely
  // made after the data went missing).
  const withRows = backups.data?.filter((backup) => totalRowsOf(backup.envelope.counts) > 0) ?? [];
  const newest = withRows.find((backup) => !backup.fewerRowsThanBefore) ?? withRows[0] ?? null;
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  async function onRestore(backup: BackupInfo) {
    setState({ busy: true, error: null });
    try {
      await restore(backup.id);
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <main className="onboarding" aria-labelledby="restore-offer-heading">
      <h1 id="restore-offer-heading">Your data is missing from this computer’s app storage</h1>
      <p className="lead">
        On {formatWhen(marker.atEpochMs)} Steadyweek held {totalRowsOf(marker.counts).toLocaleString()} rows
        of your routines and logs. Now its storage is empty: it may have been cleared or reset. Your backups
        are separate, so you can bring your data back.
      </p>
      {backups.isPending ? <p role="status">Looking for backups…</p> : null}
      {backups.isError ? (
        <p className="form-error">Could not list the backups: {backups.error.message}</p>
      ) : null}
      {backups.data && !newest ? <p>No backup with your data was found.</p> : null}
      {newest ? (
        <section className="card" aria-labelledby="newest-backup-heading">
          <h2 id="newest-backup-heading">Newest backup</h2>
          <BackupSummary backup={newest} />
          <div className="row">
            <button type="button" disabled={state.busy} onClick={() => void onRestore(newest)}>
              {state.busy ? 'Restoring…' : 'Restore this backup'}
            </button>
          </div>
        </section>
      ) : null}
      {state.error ? (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      ) : null}
      <section className="card" aria-labelledby="start-fresh-heading">
        <h2 id="start-fresh-heading">Or start again</h2>
        <p>
          Starting fresh sets the app up as new. Your backups stay in the backups folder, and Settings →
          Backups can restore one later.
        </p>
        <button type="button" className="secondary" disabled={state.busy} onClick={startFresh}>
          Start fresh
        </button>
      </section>
    </main>
  );
}
