// Starts reading Today's data as the app boots, so the database work overlaps with loading the code.
import type { QueryClient } from '@tanstack/react-query';
import { addDays, localDateAt } from '@shared/recurrence/local-days';
import { profileQueries } from '../../../lib/profile-queries';
import { routineQueries } from '../../../lib/routines/routine-queries';
import { HABIT_LOOKBACK_DAYS } from '../hooks/routine-habits';

export async function prefetchToday(queryClient: QueryClient, now: number = Date.now()): Promise<void> {
  const others = Promise.all([
    queryClient.prefetchQuery(profileQueries.settings()),
    queryClient.prefetchQuery(routineQueries.list()),
  ]);
  const profileRead = queryClient.fetchQuery(profileQueries.profile());
  // While the reads are in flight, load the time-zone data (the first zoned date costs ~40 ms).
  localDateAt(now, Intl.DateTimeFormat().resolvedOptions().timeZone);
  const profile = await profileRead;
  if (!profile) return;
  // Today is the profile's date, which the completions read is keyed on.
  const today = localDateAt(now, profile.timeZone);
  await Promise.all([
    others,
    queryClient.prefetchQuery(routineQueries.completions(addDays(today, -(HABIT_LOOKBACK_DAYS - 1)), today)),
  ]);
}
