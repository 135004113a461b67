// Insights' daily and weekly figures from the owners' rows: magnesium, sleep, exercise, practice and adherence.
import { addDays, datesBetween, minutesOfDay, weekStartOf, type WeekStartDay } from '../dates/calendar';
import type { LocalDate, TimeOfDay } from '../dates/local-date';
import { roundMg } from '../magnesium/elemental';
import type { RoutineCategory } from '../routines/schedule';
import { adherenceByDay, type CompletionRecord, type PlannedRoutine } from '../wellbeing/adherence';
import { weeklyMix, type ExerciseSession } from '../wellbeing/exercise';
import { aerobicMinutesOf, type ExerciseTarget } from '../wellbeing/exercise-targets';
import { nightInstants, type Night } from '../wellbeing/sleep';
import { practiceWeek, type Practice, type PracticeKind } from '../wellbeing/stress';

export interface MagnesiumDay {
  date: LocalDate;
  /** Magnesium in the meals planned that day (USDA SR28 through the meals owner). */
  foodMg: number;
  /** Supplement magnesium logged as taken (on time or late) that day. */
  supplementMg: number;
  totalMg: number;
}

export function magnesiumDays(
  dates: readonly LocalDate[],
  food: Readonly<Record<LocalDate, { magnesiumMg: number }>>,
  supplement: Readonly<Record<LocalDate, { takenMg: number }>>,
): MagnesiumDay[] {
  return dates.map((date) => {
    const foodMg = roundMg(food[date]?.magnesiumMg ?? 0);
    const supplementMg = roundMg(supplement[date]?.takenMg ?? 0);
    return { date, foodMg, supplementMg, totalMg: roundMg(foodMg + supplementMg) };
  });
}

export interface MagnesiumSummary {
  days: number;
  averageFoodMg: number;
  averageSupplementMg: number;
  averageTotalMg: number;
  daysAtOrAboveRda: number;
  daysSupplementAboveUpperLimit: number;
  highestSupplementMg: number;
}

export function summarizeMagnesium(
  days: readonly MagnesiumDay[],
  rdaMg: number,
  upperLimitMg: number,
): MagnesiumSummary {
  const n = days.length;
  const sum = (pick: (d: MagnesiumDay) => number) => days.reduce((s, d) => s + pick(d), 0);
  const mean = (pick: (d: MagnesiumDay) => number) => (n === 0 ? 0 : Math.round(sum(pick) / n));
  return {
    days: n,
    averageFoodMg: mean((d) => d.foodMg),
    averageSupplementMg: mean((d) => d.supplementMg),
    averageTotalMg: mean((d) => d.totalMg),
    daysAtOrAboveRda: days.filter((d) => d.totalMg >= rdaMg).length,
    daysSupplementAboveUpperLimit: days.filter((d) => d.supplementMg > upperLimitMg).length,
    highestSupplementMg: days.reduce((m, d) => Math.max(m, d.supplementMg), 0),
  };
}

export interface SleepLogLike {
  date: LocalDate;
  bedtime: TimeOfDay | null;
  wakeTime: TimeOfDay | null;
}

export interface NightBar {
  date: LocalDate;
  /** Minutes after 18:00 the evening before the wake-up date. */
  bedOffsetMinutes: number;
  wakeOffsetMinutes: number;
  durationMinutes: number;
  bedtime: TimeOfDay;
  wakeTime: TimeOfDay;
}

/** Charts read the night from 18:00 the evening before, so a bar runs left to right from bed to waking. */
export const nightAxisStartMinutes = 18 * 60;

/** Minutes from 18:00 to a clock time, 0–1439. */
function clockOffset(time: TimeOfDay): number {
  return (minutesOfDay(time) - nightAxisStartMinutes + 1440) % 1440;
}

/** One bar per logged night with both times; durations from real instants (DST nights are ±1 h). */
export function nightBars(logs: readonly SleepLogLike[], timeZone: string): NightBar[] {
  const bars: NightBar[] = [];
  for (const log of logs) {
    if (!log.bedtime || !log.wakeTime) continue;
    const night: Night = { date: log.date, bedtime: log.bedtime, wakeTime: log.wakeTime };
    const { durationMinutes } = nightInstants(night, timeZone);
    const bedOffsetMinutes = clockOffset(log.bedtime);
    const wake = clockOffset(log.wakeTime);
    bars.push({
      date: log.date,
      bedOffsetMinutes,
      // Placed by the clock, so a night across a DST change still ends at its wake time on the axis.
      wakeOffsetMinutes: wake > bedOffsetMinutes ? wake : wake + 1440,
      durationMinutes,
      bedtime: log.bedtime,
      wakeTime: log.wakeTime,
    });
  }
  return bars;
}

/** The first day of every week that touches [from, to], weeks starting on `weekStart`. */
export function weekStartsBetween(from: LocalDate, to: LocalDate, weekStart: WeekStartDay): LocalDate[] {
  const starts: LocalDate[] = [];
  for (let start = weekStartOf(from, weekStart); start <= to; start = addDays(start, 7)) starts.push(start);
  return starts;
}

function groupByWeek<T extends { date: LocalDate }>(
  rows: readonly T[],
  weekStart: WeekStartDay,
): Map<LocalDate, T[]> {
  const groups = new Map<LocalDate, T[]>();
  for (const row of rows) {
    const key = weekStartOf(row.date, weekStart);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

export interface ExerciseWeek {
  weekStart: LocalDate;
  /** Aerobic minutes as the life stage's guideline counts them (`aerobicMinutesOf`). */
  aerobicMinutes: number;
  strengthDays: number;
  totalMinutes: number;
}

export function exerciseWeeks(
  weekStarts: readonly LocalDate[],
  sessions: readonly ExerciseSession[],
  weekStart: WeekStartDay,
  counting: ExerciseTarget['aerobicCounting'],
): ExerciseWeek[] {
  const groups = groupByWeek(sessions, weekStart);
  return weekStarts.map((start) => {
    const week = groups.get(start) ?? [];
    const mix = weeklyMix(week, start, addDays(start, 6));
    return {
      weekStart: start,
      aerobicMinutes: week.reduce((sum, s) => sum + aerobicMinutesOf(s, counting), 0),
      strengthDays: mix.strengthDays,
      totalMinutes: mix.totalMinutes,
    };
  });
}

export type PracticeWeekRow = { weekStart: LocalDate; totalMinutes: number } & Record<PracticeKind, number>;

export function practiceWeeks(
  weekStarts: readonly LocalDate[],
  practices: readonly Practice[],
  weekStart: WeekStartDay,
): PracticeWeekRow[] {
  const groups = groupByWeek(practices, weekStart);
  return weekStarts.map((start) => {
    const week = practiceWeek(groups.get(start) ?? [], start, addDays(start, 6));
    return { weekStart: start, totalMinutes: week.totalMinutes, ...week.minutesByKind };
  });
}

export interface RegularityWeek {
  weekStart: LocalDate;
  nights: number;
  /** Null when the week had too few nights for a figure. */
  variabilityMinutes: number | null;
}

/** The regularity figure week by week, through the one regularity function the caller passes. */
export function regularityWeeks(
  weekStarts: readonly LocalDate[],
  bars: readonly NightBar[],
  weekStart: WeekStartDay,
  regularity: (nights: readonly Night[]) => number | null,
): RegularityWeek[] {
  const groups = groupByWeek(bars, weekStart);
  return weekStarts.map((start) => {
    const nights = groups.get(start) ?? [];
    return { weekStart: start, nights: nights.length, variabilityMinutes: regularity(nights) };
  });
}

export interface AreaRoutine extends PlannedRoutine {
  category: RoutineCategory;
}

export interface AreaDay {
  date: LocalDate;
  planned: number;
  done: number;
  share: number | null;
}

export interface AreaAdherence {
  area: RoutineCategory;
  days: AreaDay[];
  planned: number;
  done: number;
  /** Done of planned over the span, 0–100, or null when nothing was planned. */
  percent: number | null;
}

/** Adherence day by day for each area that has routines, in the order of `areas`. */
export function adherenceByArea(
  areas: readonly RoutineCategory[],
  routines: readonly AreaRoutine[],
  completions: readonly CompletionRecord[],
  from: LocalDate,
  to: LocalDate,
): AreaAdherence[] {
  const dates = datesBetween(from, to);
  const out: AreaAdherence[] = [];
  for (const area of areas) {
    const own = routines.filter((r) => r.category === area);
    if (own.length === 0) continue;
    const ids = new Set(own.map((r) => r.id));
    const days = adherenceByDay(
      own,
      completions.filter((c) => ids.has(c.routineId)),
      dates,
    );
    const planned = days.reduce((s, d) => s + d.planned, 0);
    const done = days.reduce((s, d) => s + d.done, 0);
    out.push({
      area,
      days,
      planned,
      done,
      percent: planned === 0 ? null : Math.round((done / planned) * 100),
    });
  }
  return out;
}
