// Which automatic backups to keep: 14 daily, 8 weekly, the newest 5 of each other reason, and never the one a far smaller backup followed.
import { DateTime } from 'luxon';
import type { BackupReason, RowCounts } from '../ipc/data-transfer';
import { localDateAt } from '../dates/calendar';

export const KEEP_DAILY = 14;
export const KEEP_WEEKLY = 8;
/** Pre-migration, new-version, before-restore and manual backups: the newest this many of each. */
export const KEEP_PER_OTHER_REASON = 5;

export interface KeptBackup {
  id: string;
  reason: BackupReason;
  createdAtEpochMs: number;
  /** Total rows in all tables (the envelope's counts). */
  totalRows: number;
}

export const totalRowsOf = (counts: RowCounts): number =>
  Object.values(counts).reduce((total, count) => total + count, 0);

/** A backup with under half the rows of the one before it is "far fewer": it never replaces that one silently. */
export function hasFarFewerRows(totalRows: number, before: { totalRows: number } | null): boolean {
  return before !== null && totalRows * 2 < before.totalRows;
}

/**
 * The backups a far smaller one followed, still protected: each is kept, whatever its age, until a
 * backup with at least half its rows comes after it (the data is back, or a person chose to keep less).
 */
export function protectedBackups(backups: readonly KeptBackup[]): Set<string> {
  const oldestFirst = [...backups].sort((a, b) => a.createdAtEpochMs - b.createdAtEpochMs);
  const guarded = new Map<string, number>();
  let previous: KeptBackup | null = null;
  for (const backup of oldestFirst) {
    for (const [id, rows] of guarded)
      if (!hasFarFewerRows(backup.totalRows, { totalRows: rows })) guarded.delete(id);
    if (previous && hasFarFewerRows(backup.totalRows, previous)) guarded.set(previous.id, previous.totalRows);
    previous = backup;
  }
  return new Set(guarded.keys());
}

/**
 * The ids to keep. Dailies: the newest of each of the 14 most recent days that have one; older ones:
 * the newest daily of each ISO week (in the zone given), for the 8 most recent such weeks. Counting
 * days that have a backup (not calendar days) means a month away never deletes every daily at once.
 */
export function backupsToKeep(backups: readonly KeptBackup[], timeZone: string): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAtEpochMs - a.createdAtEpochMs);
  const keep = protectedBackups(backups);

  const perReason = new Map<BackupReason, number>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const backup of newestFirst) {
    if (backup.reason !== 'daily') {
      const kept = perReason.get(backup.reason) ?? 0;
      if (kept < KEEP_PER_OTHER_REASON) keep.add(backup.id);
      perReason.set(backup.reason, kept + 1);
      continue;
    }
    const day = localDateAt(backup.createdAtEpochMs, timeZone);
    if (days.size < KEEP_DAILY || days.has(day)) {
      if (!days.has(day)) keep.add(backup.id);
      days.add(day);
      continue;
    }
    const week = DateTime.fromMillis(backup.createdAtEpochMs, { zone: timeZone }).toFormat("kkkk-'W'WW");
    if (!weeks.has(week) && weeks.size < KEEP_WEEKLY) keep.add(backup.id);
    weeks.add(week);
  }
  return keep;
}
