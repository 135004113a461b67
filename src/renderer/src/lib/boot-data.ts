// Seeds the query cache with the first screen's rows from the localStorage copy, so the screen renders
// without waiting for IndexedDB, and checks the copy against IndexedDB once the screen is up. Without a
// copy it seeds nothing: the first screen's queries read through Dexie. Each seed matches what its query
// would return.
import type { QueryClient } from '@tanstack/react-query';
import { sameFirstScreenRows, type BootSnapshot } from '../db/boot-cache';
import { defaultSettings } from '../data/settings/default-settings';
import { bootCacheKeeper, readBootRows, takeCachedBootRows } from '../db/repositories';
import { profileQueries } from '../data/profile/profile-queries';
import { settingsQueries } from '../data/settings/settings-queries';
import { sortRoutines } from '../data/routines/routines-repository';
import { routineQueries } from '../data/routines/routine-queries';
import { completionQueries } from '../data/completions/completion-queries';

/**
 * Seeds profile, settings and the routine list from the copy; returns it (null when there is none). From
 * the copy, IndexedDB is read once the first screen is up, and if it differs (a write the copy missed),
 * every first-screen query is read again.
 */
export function seedFromBootRows(
  queryClient: QueryClient,
  {
    takeCached = takeCachedBootRows,
    readNow = readBootRows,
    // What IndexedDB gives becomes the copy for the next start; null: the keeper reads it itself.
    keep = (rows) => bootCacheKeeper().offer(rows),
    afterFirstPaint = (task) => requestIdleCallback(task, { timeout: 1000 }),
  }: {
    takeCached?: () => BootSnapshot | null;
    readNow?: () => Promise<BootSnapshot>;
    keep?: (rows: BootSnapshot | null) => void;
    afterFirstPaint?: (task: () => void) => void;
  } = {},
): BootSnapshot | null {
  const cached = takeCached();
  if (!cached) {
    // The keeper's own read waits for the screen, so it does not compete with the screen's reads.
    afterFirstPaint(() => keep(null));
    return null;
  }
  seed(queryClient, cached);
  afterFirstPaint(() => {
    void readNow().then(
      (rows) => {
        keep(rows);
        if (!sameFirstScreenRows(cached, rows)) void refetchFirstScreen(queryClient);
      },
      () => void refetchFirstScreen(queryClient),
    );
  });
  return cached;
}

function seed(queryClient: QueryClient, snapshot: BootSnapshot) {
  queryClient.setQueryData(profileQueries.profile().queryKey, snapshot.profile);
  queryClient.setQueryData(settingsQueries.settings().queryKey, snapshot.settings ?? defaultSettings());
  queryClient.setQueryData(routineQueries.list().queryKey, sortRoutines([...snapshot.routines]));
}

function refetchFirstScreen(queryClient: QueryClient) {
  return Promise.all(
    [
      profileQueries.all(),
      settingsQueries.settings().queryKey,
      routineQueries.all(),
      completionQueries.all(),
    ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}

/** The copy's completions for [from, to], or null when the copy does not reach back to `from`. */
export function bootCompletions(
  snapshot: BootSnapshot,
  from: string,
  to: string,
): BootSnapshot['completions'] | null {
  if (snapshot.completionsFrom > from) return null;
  return snapshot.completions.filter((row) => row.date >= from && row.date <= to);
}
