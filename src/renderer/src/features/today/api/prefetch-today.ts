// Gets Today's data into the query cache as the app boots: from the localStorage copy of its rows when
// there is one, otherwise by starting the reads through Dexie so they overlap with rendering the shell.
import type { QueryClient } from '@tanstack/react-query';
import { addDays, localDateAt } from '@shared/dates/calendar';
import { bootCompletions, seedFromBootRows } from '../../../lib/boot-data';
import { profileQueries } from '../../../data/profile/profile-queries';
import { settingsQueries } from '../../../data/settings/settings-queries';
import { routineQueries } from '../../../data/routines/routine-queries';
import { completionQueries } from '../../../data/completions/completion-queries';
import { HABIT_LOOKBACK_DAYS } from '../hooks/routine-habits';

export async function prefetchToday(queryClient: QueryClient, now: number = Date.now()): Promise<void> {
  const copy = seedFromBootRows(queryClient);
  const others = copy
    ? Promise.resolve()
    : Promise.all([
        queryClient.prefetchQuery(settingsQueries.settings()),
        queryClient.prefetchQuery(routineQueries.list()),
      ]);
  const profile = copy ? copy.profile : await queryClient.fetchQuery(profileQueries.profile());
  if (!profile) return;
  // Today is the profile's date, which the completions read is keyed on.
  const today = localDateAt(now, profile.timeZone);
  const from = addDays(today, -(HABIT_LOOKBACK_DAYS - 1));
  const completions = completionQueries.between(from, today);
  const seeded = copy ? bootCompletions(copy, from, today) : null;
  if (seeded) queryClient.setQueryData(completions.queryKey, seeded);
  await Promise.all([others, seeded ? undefined : queryClient.prefetchQuery(completions)]);
}
