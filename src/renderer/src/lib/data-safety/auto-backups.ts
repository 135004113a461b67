// Desktop backups asked for at idle moments: daily (the first idle moment of a day) and on a new version's first start.
import type { DataPlatform } from '../../platform/data-platform';

type Backups = NonNullable<DataPlatform['backups']>;

export interface AutoBackupDeps {
  backups: Backups;
  exportAllText: () => Promise<string>;
  /** Runs the callback when the page is idle (requestIdleCallback). */
  whenIdle: (run: () => void) => void;
  /** How often to look again while the app stays open (it may run for days). */
  everyMs?: number;
  log?: (message: string, error?: unknown) => void;
}

/**
 * Asks main which backups are due; when any are, exports once and writes one backup per reason. Main
 * answers `daily` only while today has none, so a day's first idle moment makes it and later ones cost
 * one small IPC call. After a backup, the row marker takes its counts.
 */
export async function takeDueBackups(deps: Omit<AutoBackupDeps, 'whenIdle'>): Promise<void> {
  const log = deps.log ?? ((message, error) => console.warn(`[backups] ${message}`, error ?? ''));
  const due = await deps.backups.due();
  if (due.length === 0) return;
  const text = await deps.exportAllText();
  for (const reason of due) {
    const result = await deps.backups.write(reason, text);
    if (result.status === 'failed') log(`the ${reason} backup was not written: ${result.message ?? ''}`);
    if (result.backup)
      await deps.backups.setMarker({
        counts: result.backup.envelope.counts,
        atEpochMs: result.backup.createdAtEpochMs,
      });
  }
}

/** Starts looking for due backups at the next idle moment and then every hour; returns a stop function. */
export function startAutoBackups(deps: AutoBackupDeps): () => void {
  const log = deps.log ?? ((message, error) => console.warn(`[backups] ${message}`, error ?? ''));
  let stopped = false;
  let running = false;
  const look = () =>
    deps.whenIdle(() => {
      if (stopped || running) return;
      running = true;
      void takeDueBackups(deps)
        .catch((error: unknown) => log('could not take the due backups; trying again later', error))
        .finally(() => (running = false));
    });
  look();
  const timer = setInterval(look, deps.everyMs ?? 3_600_000);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
