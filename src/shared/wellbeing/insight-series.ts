// Day-by-day rows for Insights: ratings beside routine adherence and doses, plus what can honestly be said about them.
import type { LocalDate } from '../dates/local-date';
import { average, ratingTrend, type Trend } from './checkin-trends';

export interface CheckinRatings {
  date: LocalDate;
  focus: number | null;
  mood: number | null;
  sleepQuality: number | null;
}

export interface DayRoutineRecord {
  date: LocalDate;
  planned: number;
  done: number;
  share: number | null;
  dosesTaken: number;
}

export interface InsightRow {
  date: LocalDate;
  focus: number | null;
  mood: number | null;
  sleepQuality: number | null;
  /** Share of planned routine occurrences done, 0–100, or null when nothing was planned. */
  adherencePercent: number | null;
  dosesTaken: number;
}

export const chartedRatings = ['focus', 'mood', 'sleepQuality'] as const;
export type ChartedRating = (typeof chartedRatings)[number];

export interface RatingSummary {
  field: ChartedRating;
  daysRated: number;
  average: number | null;
  trend: Trend | null;
}

export interface InsightSummary {
  days: number;
  daysWithCheckin: number;
  ratings: RatingSummary[];
  daysWithPlans: number;
  /** Done / planned over the days that had plans, 0–100. */
  adherencePercent: number | null;
  dosesTaken: number;
}

export function insightRows(
  dates: readonly LocalDate[],
  checkins: readonly CheckinRatings[],
  history: readonly DayRoutineRecord[],
): InsightRow[] {
  const byDate = new Map(checkins.map((c) => [c.date, c]));
  const historyByDate = new Map(history.map((h) => [h.date, h]));
  return dates.map((date) => {
    const c = byDate.get(date);
    const h = historyByDate.get(date);
    return {
      date,
      focus: c?.focus ?? null,
      mood: c?.mood ?? null,
      sleepQuality: c?.sleepQuality ?? null,
      adherencePercent: h?.share == null ? null : Math.round(h.share * 100),
      dosesTaken: h?.dosesTaken ?? 0,
    };
  });
}

export function summarizeInsights(
  rows: readonly InsightRow[],
  history: readonly DayRoutineRecord[],
  checkinDates: ReadonlySet<LocalDate>,
): InsightSummary {
  const from = rows[0]?.date ?? '';
  const to = rows[rows.length - 1]?.date ?? '';
  const ratings = chartedRatings.map((field) => {
    const rated = rows.flatMap((r) => (r[field] === null ? [] : [{ date: r.date, value: r[field] }]));
    return {
      field,
      daysRated: rated.length,
      average: average(rated.map((r) => r.value)),
      trend: ratingTrend(rated, from, to),
    };
  });
  const planned = history.filter((h) => h.planned > 0);
  const plannedTotal = planned.reduce((sum, h) => sum + h.planned, 0);
  const doneTotal = planned.reduce((sum, h) => sum + h.done, 0);
  return {
    days: rows.length,
    daysWithCheckin: rows.filter((r) => checkinDates.has(r.date)).length,
    ratings,
    daysWithPlans: planned.length,
    adherencePercent: plannedTotal === 0 ? null : Math.round((doneTotal / plannedTotal) * 100),
    dosesTaken: history.reduce((sum, h) => sum + h.dosesTaken, 0),
  };
}
