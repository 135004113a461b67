// Seeds the query cache with the rows index.html read while the code was loading, so the first
// screen renders without waiting for a database read. Each seed matches what its query would return.
import type { QueryClient } from '@tanstack/react-query';
import type { BootSnapshot } from '../db/boot-snapshot';
import { defaultSettings } from '../db/defaults';
import { takeBootRows } from '../db/repositories';
import { profileQueries } from './profile-queries';
import { sortRoutines } from './routines/routines-repository';
import { routineQueries } from './routines/routine-queries';

/** Seeds profile, settings and the routine list; returns the snapshot (null when there is none). */
export async function seedFromBootRows(
  queryClient: QueryClient,
  take: () => Promise<BootSnapshot | null> = takeBootRows,
): Promise<BootSnapshot | null> {
  const snapshot = await take();
  if (!snapshot) return null;
  queryClient.setQueryData(profileQueries.profile().queryKey, snapshot.profile);
  queryClient.setQueryData(profileQueries.settings().queryKey, snapshot.settings ?? defaultSettings());
  queryClient.setQueryData(routineQueries.list().queryKey, sortRoutines([...snapshot.routines]));
  return snapshot;
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
