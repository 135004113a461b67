// Seeds the query cache with the first screen's rows so it renders without waiting for a database read:
// from the localStorage copy when there is one (checked against IndexedDB once the screen is up),
// otherwise from what index.html's script read. Each seed matches what its query would return.
import type { QueryClient } from '@tanstack/react-query';
import { sameFirstScreenRows } from '../db/boot-cache';
import type { BootSnapshot } from '../db/boot-snapshot';
import { defaultSettings } from '../data/settings/default-settings';
import { bootCacheKeeper, readBootRows, takeBootRows, takeCachedBootRows } from '../db/repositories';
import { profileQueries } from '../data/profile/profile-queries';
import { settingsQueries } from '../data/settings/settings-queries';
import { sortRoutines } from '../data/routines/routines-repository';
import { routineQueries } from '../data/routines/routine-queries';
import { completionQueries } from '../data/completions/completion-queries';

/**
 * Seeds profile, settings and the routine list; returns the snapshot (null when there is none). From the
 * copy, IndexedDB is read once the first screen is up, and if it differs (a write the copy missed), every
 * first-screen query is read again.
 */
export async function seedFromBootRows(
  queryClient: QueryClient,
  {
    take = takeBootRows,
    takeCached = takeCachedBootRows,
    readNow = readBootRows,
    // What IndexedDB gives becomes the copy for the next start.
    keep = (rows) => bootCacheKeeper().offer(rows),
    afterFirstPaint = (task) => requestIdleCallback(task, { timeout: 1000 }),
  }: {
    take?: () => Promise<BootSnapshot | null>;
    takeCached?: () => BootSnapshot | null;
    readNow?: () => Promise<BootSnapshot>;
    keep?: (rows: BootSnapshot | null) => void;
    afterFirstPaint?: (task: () => void) => void;
  } = {},
): Promise<BootSnapshot | null> {
  const cached = takeCached();
  if (cached) {
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
  const snapshot = await take();
  keep(snapshot);
  if (snapshot) seed(queryClient, snapshot);
  return snapshot;
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

/** The snapshot's completions for [from, to], or null when the snapshot does not reach back to `from`. */
export function bootCompletions(
  snapshot: BootSnapshot,
  from: string,
  to: string,
): BootSnapshot['completions'] | null {
  if (snapshot.completionsFrom > from) return null;
  return snapshot.completions.filter((row) => row.date >= from && row.date <= to);
}
