// Keeps main's row marker (the last known row counts, outside IndexedDB) in step with the database, once writes settle.
import Dexie, { type ObservabilitySet } from 'dexie';
import type { RowCounts, RowMarker } from '@shared/ipc/data-transfer';

export interface RowMarkerKeeper {
  stop(): void;
}

/**
 * After each burst of writes to `databaseName` (Dexie's `storagemutated`, from this page or another of
 * the app's), counts the rows once the writes have paused for `delayMs` and hands the counts to
 * `setMarker`. Start it only once the start-up check has passed: an emptied store must not overwrite
 * the marker that lets the next start offer a restore.
 */
export function keepRowMarker(options: {
  databaseName: string;
  countRows: () => Promise<RowCounts>;
  setMarker: (marker: RowMarker) => Promise<void>;
  delayMs?: number;
  now?: () => number;
}): RowMarkerKeeper {
  const delayMs = options.delayMs ?? 2000;
  const now = options.now ?? Date.now;
  const prefix = `idb://${options.databaseName}/`;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const write = () => {
    timer = null;
    void options
      .countRows()
      .then((counts) => (stopped ? undefined : options.setMarker({ counts, atEpochMs: now() })))
      // A marker that could not be kept now is kept after the next write.
      .catch((error: unknown) => console.warn('[row marker] could not keep the row counts', error));
  };
  const onMutated = (parts: ObservabilitySet) => {
    if (stopped || !Object.keys(parts).some((part) => part === 'all' || part.startsWith(prefix))) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  };
  Dexie.on('storagemutated', onMutated);
  return {
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(onMutated);
    },
  };
}
