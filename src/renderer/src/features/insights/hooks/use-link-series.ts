// The daily series the Links section relates, composed from the owners' queries (each kept live by data/live.ts).
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import { datesBetween } from '@shared/dates/calendar';
import { dailySeries, type DailySeries } from '@shared/insights/link-pairs';
import { adherenceByDay } from '@shared/wellbeing/adherence';
import { checkinQueries } from '../../../data/checkins/checkins-queries';
import { completionQueries } from '../../../data/completions/completion-queries';
import { exerciseQueries } from '../../../data/exercise/exercise-queries';
import { mealsQueries } from '../../../data/meals/meals-queries';
import { routineQueries } from '../../../data/routines/routine-queries';
import { sleepQueries } from '../../../data/sleep/sleep-queries';
import { stressQueries } from '../../../data/stress/stress-queries';
import { supplementQueries } from '../../../data/supplement/supplement-queries';
import type { Loaded } from './use-insights';

/**
 * Every series over [from, to]. Magnesium needs the food table (a large lazy load), so it is read only
 * when `withMagnesium` is set; until then its series is empty.
 */
export function useLinkSeries(
  from: LocalDate,
  to: LocalDate,
  timeZone: string,
  withMagnesium: boolean,
): Loaded<DailySeries> {
  const checkins = useQuery(checkinQueries.between(from, to));
  const sleepLogs = useQuery(sleepQueries.logs(from, to));
  const exercise = useQuery(exerciseQueries.sessions(from, to));
  const practices = useQuery(stressQueries.practices(from, to));
  const routines = useQuery(routineQueries.list());
  const doseRoutineIds =
    routines.data?.filter((r) => r.source?.kind === 'titration-plan').map((r) => r.id) ?? [];
  const completions = useQuery({
    ...completionQueries.forRoutines(doseRoutineIds, from, to),
    enabled: routines.data !== undefined,
  });
  const food = useQuery({ ...mealsQueries.magnesiumBetween(from, to), enabled: withMagnesium });
  const supplement = useQuery({ ...supplementQueries.magnesiumBetween(from, to), enabled: withMagnesium });

  const failed = [checkins, sleepLogs, exercise, practices, routines, completions, food, supplement].some(
    (query) => query.isError,
  );
  const series = useMemo(() => {
    if (!checkins.data || !sleepLogs.data || !exercise.data || !practices.data) return null;
    if (!routines.data || !completions.data) return null;
    if (withMagnesium && (!food.data || !supplement.data)) return null;
    const doseRoutines = routines.data.filter((r) => r.source?.kind === 'titration-plan');
    return dailySeries({
      from,
      to,
      timeZone,
      checkins: checkins.data,
      sleepLogs: sleepLogs.data,
      exercise: exercise.data,
      practices: practices.data,
      supplementAdherence: adherenceByDay(doseRoutines, completions.data, datesBetween(from, to)),
      foodMagnesium: withMagnesium ? (food.data ?? null) : null,
      supplementTakenMg: withMagnesium ? (supplement.data ?? null) : null,
    });
  }, [
    checkins.data,
    sleepLogs.data,
    exercise.data,
    practices.data,
    routines.data,
    completions.data,
    food.data,
    supplement.data,
    withMagnesium,
    from,
    to,
    timeZone,
  ]);
  return { data: series, failed };
}
