// One backup as a person reads it: when and why it was made, its rows per table, the dates it covers, and the far-fewer-rows note.
import type { BackupInfo, BackupReason, RowCounts } from '@shared/ipc/data-transfer';
import { totalRowsOf } from '@shared/backups/rotation';

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  daily: 'Daily backup',
  'pre-migration': 'Before a data update',
  'new-version': 'Before a new app version',
  'before-restore': 'Before a restore',
  manual: 'Made by hand',
};

/** Table names as a person would say them; a table a later version adds shows its own name. */
const TABLE_LABELS: Record<string, string> = {
  profile: 'Profile',
  routines: 'Routines',
  completions: 'Routine check-offs',
  products: 'Supplement products',
  titrationPlans: 'Supplement plans',
  doses: 'Doses',
  checkins: 'Check-ins',
  mealPlan: 'Planned meals',
  customFoods: 'Your foods',
  recipes: 'Recipes',
  mealTemplates: 'Meal templates',
  shoppingItems: 'Shopping items',
  sleepLogs: 'Sleep logs',
  sleepTarget: 'Sleep target',
  exerciseLogs: 'Exercise logs',
  stressLogs: 'Stress practices',
  settings: 'Settings',
  supplementSafety: 'Supplement safety answers',
  appliedActions: 'Reminder actions',
  deletions: 'Deletions',
};

export const formatWhen = (epochMs: number) =>
  new Date(epochMs).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function RowCountList({ counts }: { counts: RowCounts }) {
  const shown = Object.entries(counts).filter(([, count]) => count > 0);
  if (shown.length === 0) return <p className="muted">No rows.</p>;
  return (
    <table className="backup-counts">
      <tbody>
        {shown.map(([table, count]) => (
          <tr key={table}>
            <th scope="row">{TABLE_LABELS[table] ?? table}</th>
            <td className="num">{count.toLocaleString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BackupSummary({ backup }: { backup: BackupInfo }) {
  const { envelope } = backup;
  return (
    <div className="backup-summary">
      <p>
        <strong>{formatWhen(backup.createdAtEpochMs)}</strong> · {BACKUP_REASON_LABELS[backup.reason]} ·{' '}
        {totalRowsOf(envelope.counts).toLocaleString()} rows
        {envelope.dateRange ? ` from ${envelope.dateRange.first} to ${envelope.dateRange.last}` : ''}
      </p>
      {backup.fewerRowsThanBefore ? (
        <p className="warning">
          This backup has far fewer rows than the one before it (under half). Both are kept: the one before it
          stays until a backup of normal size follows, so you can restore it if something was lost.
        </p>
      ) : null}
      <details>
        <summary>Rows per table</summary>
        <RowCountList counts={envelope.counts} />
      </details>
    </div>
  );
}
