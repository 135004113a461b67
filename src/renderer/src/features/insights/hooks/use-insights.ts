// Insights for a range, and the weekly card: the owners' queries for a span (each live through
// data/live.ts), composed into one view.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import type { Profile } from '@shared/profile/profile';
import type { WeekFigure } from '@shared/insights/week-comparison';
import { checkinQueries } from '../../../data/checkins/checkins-queries';
import { completionQueries } from '../../../data/completions/completion-queries';
import { exerciseQueries } from '../../../data/exercise/exercise-queries';
import { mealsQueries } from '../../../data/meals/meals-queries';
import { routineQueries } from '../../../data/routines/routine-queries';
import { sleepQueries } from '../../../data/sleep/sleep-queries';
import { stressQueries } from '../../../data/stress/stress-queries';
import { supplementQueries } from '../../../data/supplement/supplement-queries';
import {
  insightsView,
  weekFigures,
  weekFiguresFrom,
  type InsightsRows,
  type InsightsView,
} from './insights-view';

/** Something read, still coming, or failed to be read (the screen says so rather than wait for ever). */
export interface Loaded<T> {
  data: T | null;
  failed: boolean;
}

/** Every owner's rows over [from, to]; null until all have arrived (nothing is read while not `enabled`). */
export function useInsightRows(from: LocalDate, to: LocalDate, enabled = true): Loaded<InsightsRows> {
  const routines = useQuery(routineQueries.list());
  // A year of completions is the largest read here; by key, for the routines there are.
  const routineIds = routines.data?.map((r) => r.id) ?? [];
  const completions = useQuery({
    ...completionQueries.forRoutines(routineIds, from, to),
    enabled: enabled && routines.data !== undefined,
  });
  const doses = useQuery({ ...supplementQueries.doses(from, to), enabled });
  const checkins = useQuery({ ...checkinQueries.between(from, to), enabled });
  const sleepLogs = useQuery({ ...sleepQueries.logs(from, to), enabled });
  const exercise = useQuery({ ...exerciseQueries.sessions(from, to), enabled });
  const stress = useQuery({ ...stressQueries.practices(from, to), enabled });
  const supplementMagnesium = useQuery({ ...supplementQueries.magnesiumBetween(from, to), enabled });
  const foodMagnesium = useQuery({ ...mealsQueries.magnesiumBetween(from, to), enabled });

  // Food magnesium may fail alone: the charts then say so and show the supplement.
  const failed = [
    routines,
    completions,
    doses,
    checkins,
    sleepLogs,
    exercise,
    stress,
    supplementMagnesium,
  ].some((query) => query.isError);
  const rows = useMemo(() => {
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
    if (foodMagnesium.isPending) return null;
    return {
      routines: routines.data,
      completions: completions.data,
      doses: doses.data,
      checkins: checkins.data,
      sleepLogs: sleepLogs.data,
      exercise: exercise.data,
      stress: stress.data,
      foodMagnesium: foodMagnesium.data ?? null,
      supplementMagnesium: supplementMagnesium.data,
    };
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
  ]);
  return { data: rows, failed };
}

/** The range's sections. `enabled`: read only then (the screen waits for the weekly card's rows first). */
export function useInsights(
  profile: Profile,
  today: LocalDate,
  from: LocalDate,
  enabled = true,
): Loaded<InsightsView> {
  const { data: rows, failed } = useInsightRows(from, today, enabled);
  const { timeZone, weekStart, lifeStage } = profile;
  const view = useMemo(
    () => rows && insightsView(rows, { today, from, timeZone, weekStart, lifeStage }),
    [rows, today, from, timeZone, weekStart, lifeStage],
  );
  return { data: view, failed };
}

/** The weekly card's figures: always the last 14 days, whatever the range. */
export function useWeekFigures(profile: Profile, today: LocalDate): Loaded<WeekFigure[]> {
  const { data: rows, failed } = useInsightRows(weekFiguresFrom(today), today);
  const { timeZone } = profile;
  const figures = useMemo(() => rows && weekFigures(rows, { today, timeZone }), [rows, today, timeZone]);
  return { data: figures, failed };
}
