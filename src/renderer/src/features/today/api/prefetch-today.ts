// Gets Today's data into the query cache as the app boots: from the rows index.html read while the code
// was loading when there are any, otherwise by starting the reads so they overlap with loading the code.
import type { QueryClient } from '@tanstack/react-query';
import { addDays, localDateAt } from '@shared/dates/calendar';
import { bootCompletions, seedFromBootRows } from '../../../lib/boot-data';
import { profileQueries } from '../../../data/profile/profile-queries';
import { settingsQueries } from '../../../data/settings/settings-queries';
import { routineQueries } from '../../../data/routines/routine-queries';
import { completionQueries } from '../../../data/completions/completion-queries';
import { HABIT_LOOKBACK_DAYS } from '../hooks/routine-habits';

export async function prefetchToday(queryClient: QueryClient, now: number = Date.now()): Promise<void> {
  const snapshot = await seedFromBootRows(queryClient);
  const others = snapshot
    ? Promise.resolve()
    : Promise.all([
        queryClient.prefetchQuery(settingsQueries.settings()),
        queryClient.prefetchQuery(routineQueries.list()),
      ]);
  const profileRead = snapshot
    ? Promise.resolve(snapshot.profile)
    : queryClient.fetchQuery(profileQueries.profile());
  // While the reads are in flight, load the time-zone data (the first zoned date costs ~15–40 ms); with
  // the boot rows, index.html's script has already started it.
  if (!snapshot) localDateAt(now, Intl.DateTimeFormat().resolvedOptions().timeZone);
  const profile = await profileRead;
  if (!profile) return;
  // Today is the profile's date, which the completions read is keyed on.
  const today = localDateAt(now, profile.timeZone);
  const from = addDays(today, -(HABIT_LOOKBACK_DAYS - 1));
  const completions = completionQueries.between(from, today);
  const seeded = snapshot ? bootCompletions(snapshot, from, today) : null;
  if (seeded) queryClient.setQueryData(completions.queryKey, seeded);
  await Promise.all([others, seeded ? undefined : queryClient.prefetchQuery(completions)]);
}
