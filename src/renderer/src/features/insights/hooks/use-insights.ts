// Insights for a range: the owners' queries for the span (each live through data/live.ts), composed into one view.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import type { Profile } from '@shared/profile/profile';
import { checkinQueries } from '../../../data/checkins/checkins-queries';
import { completionQueries } from '../../../data/completions/completion-queries';
import { exerciseQueries } from '../../../data/exercise/exercise-queries';
import { mealsQueries } from '../../../data/meals/meals-queries';
import { routineQueries } from '../../../data/routines/routine-queries';
import { sleepQueries } from '../../../data/sleep/sleep-queries';
import { stressQueries } from '../../../data/stress/stress-queries';
import { supplementQueries } from '../../../data/supplement/supplement-queries';
import { insightsView, readFrom, type InsightsView } from './insights-view';

export function useInsights(profile: Profile, today: LocalDate, from: LocalDate): InsightsView | null {
  const start = readFrom(today, from);
  const routines = useQuery(routineQueries.list());
  // A year of completions is the largest read here; by key, for the routines there are.
  const routineIds = routines.data?.map((r) => r.id) ?? [];
  const completions = useQuery({
    ...completionQueries.forRoutines(routineIds, start, today),
    enabled: routines.data !== undefined,
  });
  const doses = useQuery(supplementQueries.doses(start, today));
  const checkins = useQuery(checkinQueries.between(start, today));
  const sleepLogs = useQuery(sleepQueries.logs(start, today));
  const exercise = useQuery(exerciseQueries.sessions(start, today));
  const stress = useQuery(stressQueries.practices(start, today));
  const supplementMagnesium = useQuery(supplementQueries.magnesiumBetween(start, today));
  const foodMagnesium = useQuery(mealsQueries.magnesiumBetween(start, today));

  return useMemo(() => {
    if (
      !routines.data ||
      !completions.data ||
      !doses.data ||
      !checkins.data ||
      !sleepLogs.data ||
      !exercise.data ||
      !stress.data ||
      !supplementMagnesium.data
    )
      return null;
    // Food magnesium needs the food table; if it cannot load, the charts say so and show the supplement.
    if (foodMagnesium.isPending) return null;
    return insightsView(
      {
        routines: routines.data,
        completions: completions.data,
        doses: doses.data,
        checkins: checkins.data,
        sleepLogs: sleepLogs.data,
        exercise: exercise.data,
        stress: stress.data,
        foodMagnesium: foodMagnesium.data ?? null,
        supplementMagnesium: supplementMagnesium.data,
      },
      {
        today,
        from,
        timeZone: profile.timeZone,
        weekStart: profile.weekStart,
        lifeStage: profile.lifeStage,
      },
    );
  }, [
    routines.data,
    completions.data,
    doses.data,
    checkins.data,
    sleepLogs.data,
    exercise.data,
    stress.data,
    supplementMagnesium.data,
    foodMagnesium.data,
    foodMagnesium.isPending,
    today,
    from,
    profile.timeZone,
    profile.weekStart,
    profile.lifeStage,
  ]);
}
