// Everything Insights draws for a range, computed from the owners' rows (pure: the bench calls it too).
import { addDays, datesBetween, type WeekStartDay } from '@shared/dates/calendar';
import type { LocalDate } from '@shared/dates/local-date';
import { rdaFor, upperLimitFor, type Rda, type UpperLimit } from '@shared/magnesium/reference-values';
import type { LifeStage } from '@shared/profile/profile';
import { routineCategories } from '@shared/routines/schedule';
import {
  insightExerciseTarget,
  insightSleepRegularity,
  type InsightExerciseGoals,
} from '@shared/insights/pillar-figures';
import {
  adherenceByArea,
  exerciseWeeks,
  magnesiumDays,
  nightBars,
  practiceWeeks,
  regularityWeeks,
  summarizeMagnesium,
  weekStartsBetween,
  type AreaAdherence,
  type ExerciseWeek,
  type MagnesiumDay,
  type MagnesiumSummary,
  type NightBar,
  type PracticeWeekRow,
  type RegularityWeek,
} from '@shared/insights/series';
import { compareWeeks, type WeekFigure } from '@shared/insights/week-comparison';
import {
  insightRows,
  summarizeInsights,
  type InsightRow,
  type InsightSummary,
} from '@shared/wellbeing/insight-series';
import type {
  CheckinRow,
  CompletionRow,
  DoseRow,
  ExerciseLogRow,
  RoutineRow,
  SleepLogRow,
  StressLogRow,
} from '../../../db/schema';
import { dayHistory } from './day-history';

export interface InsightsRows {
  routines: readonly RoutineRow[];
  completions: readonly CompletionRow[];
  doses: readonly DoseRow[];
  checkins: readonly CheckinRow[];
  sleepLogs: readonly SleepLogRow[];
  exercise: readonly ExerciseLogRow[];
  stress: readonly StressLogRow[];
  /** Magnesium from planned meals by date (meals owner, USDA SR28); null when the food table could not load. */
  foodMagnesium: Readonly<Record<LocalDate, { magnesiumMg: number; itemCount: number }>> | null;
  /** Supplement magnesium taken by date (supplement owner, logged doses). */
  supplementMagnesium: Readonly<Record<LocalDate, { takenMg: number }>>;
}

export interface InsightsContext {
  today: LocalDate;
  /** The range's first day (the rows cover [from, today]). */
  from: LocalDate;
  timeZone: string;
  weekStart: WeekStartDay;
  lifeStage: LifeStage;
}

export interface InsightsView {
  from: LocalDate;
  to: LocalDate;
  magnesium: {
    days: MagnesiumDay[];
    summary: MagnesiumSummary;
    rda: Rda;
    upperLimit: UpperLimit;
    foodAvailable: boolean;
  };
  sleep: { nights: NightBar[]; regularity: RegularityWeek[]; averageDurationMinutes: number | null };
  exercise: { weeks: ExerciseWeek[]; target: InsightExerciseGoals };
  stress: { weeks: PracticeWeekRow[] };
  checkins: { rows: InsightRow[]; summary: InsightSummary };
  areas: AreaAdherence[];
}

const inRange = <T extends { date: LocalDate }>(rows: readonly T[], from: LocalDate): T[] =>
  rows.filter((r) => r.date >= from);

export function insightsView(rows: InsightsRows, context: InsightsContext): InsightsView {
  const { today, from, timeZone, weekStart, lifeStage } = context;
  const dates = datesBetween(from, today);
  const weeks = weekStartsBetween(from, today, weekStart);

  const rda = rdaFor(lifeStage);
  const target = insightExerciseTarget(lifeStage);
  const upperLimit = upperLimitFor(lifeStage);
  const food = rows.foodMagnesium ?? {};
  const mgDays = magnesiumDays(dates, food, rows.supplementMagnesium);

  const nights = inRange(nightBars(rows.sleepLogs, timeZone), from);
  const durations = nights.map((n) => n.durationMinutes);

  const supplementRoutines = rows.routines.filter((r) => r.category === 'supplement');
  const history = dayHistory(supplementRoutines, rows.completions, rows.doses, dates);
  const checkins = inRange(rows.checkins, from);
  const checkinRows = insightRows(dates, checkins, history);

  const areas = adherenceByArea(routineCategories, rows.routines, rows.completions, from, today);

  return {
    from,
    to: today,
    magnesium: {
      days: mgDays,
      summary: summarizeMagnesium(mgDays, rda.mg, upperLimit.established ? upperLimit.mg : Infinity),
      rda,
      upperLimit,
      foodAvailable: rows.foodMagnesium !== null,
    },
    sleep: {
      nights,
      regularity: regularityWeeks(weeks, nights, weekStart, (n) => insightSleepRegularity(n, timeZone)),
      averageDurationMinutes:
        durations.length === 0 ? null : Math.round(durations.reduce((a, b) => a + b, 0) / durations.length),
    },
    exercise: {
      weeks: exerciseWeeks(weeks, inRange(rows.exercise, from), weekStart, target.counting),
      target,
    },
    stress: { weeks: practiceWeeks(weeks, inRange(rows.stress, from), weekStart) },
    checkins: {
      rows: checkinRows,
      summary: summarizeInsights(checkinRows, history, new Set(checkins.map((c) => c.date))),
    },
    areas,
  };
}

/** The first day of the weekly card's rows: the last 7 days and the 7 before. */
export const weekFiguresFrom = (today: LocalDate): LocalDate => addDays(today, -13);

/**
 * The weekly card (this week against last), from rows covering [weekFiguresFrom(today), today]: read
 * on their own, so the card, near the top, does not wait for a long range's rows below it.
 */
export function weekFigures(
  rows: InsightsRows,
  context: { today: LocalDate; timeZone: string },
): WeekFigure[] {
  const { today, timeZone } = context;
  const fortnight = datesBetween(weekFiguresFrom(today), today);
  const areas = adherenceByArea(routineCategories, rows.routines, rows.completions, fortnight[0]!, today);
  return compareWeeks({
    today,
    magnesium: magnesiumDays(fortnight, rows.foodMagnesium ?? {}, rows.supplementMagnesium),
    nights: nightBars(rows.sleepLogs, timeZone),
    sessions: rows.exercise,
    practices: rows.stress,
    focus: rows.checkins,
    routines: fortnight.map((date, i) => ({
      date,
      planned: areas.reduce((s, a) => s + a.days[i]!.planned, 0),
      done: areas.reduce((s, a) => s + a.days[i]!.done, 0),
    })),
  });
}
