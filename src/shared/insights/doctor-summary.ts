// The doctor's-visit summary's figures for a range of days: doses, side effects, magnesium against the RDA and UL, sleep, exercise, stress and check-ins.
import type { LocalDate } from '../dates/local-date';
import { daysBetween } from '../dates/calendar';
import { roundMg } from '../magnesium/elemental';
import type { DayAdherence } from '../wellbeing/adherence';
import {
  average,
  ratingFields,
  ratingTrend,
  type RatingField,
  type Trend,
} from '../wellbeing/checkin-trends';
import { weeklyMix, type ExerciseSession } from '../wellbeing/exercise';
import { aerobicMinutesOf } from '../wellbeing/exercise-targets';
import type { InsightExerciseGoals } from './pillar-figures';
import { summarizeSleep, type SleepSummary } from '../wellbeing/sleep';
import { practiceWeek, type Practice } from '../wellbeing/stress';

type Severity = 'none' | 'mild' | 'moderate' | 'severe';
const sideEffectNames = {
  diarrhoea: 'Diarrhoea',
  nausea: 'Nausea',
  cramps: 'Cramps',
  other: 'Other',
} as const;

export interface SummaryInput {
  from: LocalDate;
  to: LocalDate;
  timeZone: string;
  /** Planned and done occurrences of the supplement plan's dose routine, per day. */
  doseRoutine: readonly DayAdherence[];
  doses: readonly { date: LocalDate; status: 'taken' | 'late' | 'skipped'; elementalMg: number }[];
  checkins: readonly ({
    date: LocalDate;
    sideEffects: Record<keyof typeof sideEffectNames, Severity>;
    otherSideEffect: string;
  } & Record<RatingField, number | null>)[];
  /** Food magnesium on days with meals planned. */
  foodMagnesium: Readonly<Record<LocalDate, { magnesiumMg: number; itemCount: number }>>;
  supplementMagnesium: Readonly<Record<LocalDate, { takenMg: number }>>;
  rdaMg: number;
  /** Supplement upper limit, or null where none is set (infants). */
  upperLimitMg: number | null;
  sleepLogs: readonly {
    date: LocalDate;
    bedtime: string | null;
    wakeTime: string | null;
    quality: number | null;
  }[];
  exercise: readonly ExerciseSession[];
  /** The life stage's exercise guideline (`insightExerciseTarget`). */
  exerciseGoals: InsightExerciseGoals;
  practices: readonly Practice[];
}

export interface DoctorSummary {
  from: LocalDate;
  to: LocalDate;
  days: number;
  doses: {
    /** Dose times the plan had in the range. */
    planned: number;
    onTime: number;
    late: number;
    skipped: number;
    /** Planned times with nothing logged, neither taken nor skipped. */
    notLogged: number;
    elementalMgTaken: number;
  };
  sideEffects: { date: LocalDate; items: string[] }[];
  magnesium: {
    daysWithMeals: number;
    /** Average food magnesium on days with meals planned. */
    averageFoodMg: number | null;
    /** Average supplement magnesium taken, over every day in the range. */
    averageSupplementMg: number;
    /** Food + supplement on days with meals planned (the only days the total is known). */
    averageTotalMg: number | null;
    rdaMg: number;
    upperLimitMg: number | null;
    highestSupplementMg: number;
    daysSupplementAboveLimit: number;
  };
  sleep: SleepSummary & { averageQuality: number | null };
  exercise: {
    sessions: number;
    totalMinutes: number;
    /** Aerobic minutes a week, counted as the guideline counts them. */
    aerobicMinutesPerWeek: number;
    strengthDaysPerWeek: number;
    goals: InsightExerciseGoals;
  };
  stress: { totalMinutes: number; days: number; minutesPerWeek: number };
  ratings: { field: RatingField; daysRated: number; average: number | null; trend: Trend | null }[];
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

export function doctorSummary(input: SummaryInput): DoctorSummary {
  const { from, to } = input;
  const days = daysBetween(from, to) + 1;
  const weeks = days / 7;
  const inRange = (date: LocalDate) => date >= from && date <= to;

  const doses = input.doses.filter((d) => inRange(d.date));
  const planned = input.doseRoutine.filter((d) => inRange(d.date)).reduce((sum, d) => sum + d.planned, 0);
  const onTime = doses.filter((d) => d.status === 'taken').length;
  const late = doses.filter((d) => d.status === 'late').length;
  const skipped = doses.filter((d) => d.status === 'skipped').length;

  const checkins = input.checkins.filter((c) => inRange(c.date));
  const sideEffects = checkins
    .map((c) => ({
      date: c.date,
      items: (Object.keys(sideEffectNames) as (keyof typeof sideEffectNames)[])
        .filter((key) => c.sideEffects[key] !== 'none')
        .map((key) => {
          const name =
            key === 'other' && c.otherSideEffect.trim() ? c.otherSideEffect.trim() : sideEffectNames[key];
          return `${name} (${c.sideEffects[key]})`;
        }),
    }))
    .filter((d) => d.items.length > 0);

  const mealDays = Object.entries(input.foodMagnesium).filter(
    ([date, f]) => inRange(date) && f.itemCount > 0,
  );
  const takenOn = (date: LocalDate) => input.supplementMagnesium[date]?.takenMg ?? 0;
  const supplementDays = Object.entries(input.supplementMagnesium).filter(([date]) => inRange(date));
  const supplementTotal = supplementDays.reduce((sum, [, s]) => sum + s.takenMg, 0);
  const highestSupplementMg = supplementDays.reduce((max, [, s]) => Math.max(max, s.takenMg), 0);
  const limit = input.upperLimitMg;

  const sleepLogs = input.sleepLogs.filter((l) => inRange(l.date));
  const nights = sleepLogs.flatMap((l) =>
    l.bedtime && l.wakeTime ? [{ date: l.date, bedtime: l.bedtime, wakeTime: l.wakeTime }] : [],
  );
  const mix = weeklyMix(input.exercise, from, to);
  const practice = practiceWeek(input.practices, from, to);

  return {
    from,
    to,
    days,
    doses: {
      planned,
      onTime,
      late,
      skipped,
      notLogged: Math.max(0, planned - onTime - late - skipped),
      elementalMgTaken: roundMg(
        doses.filter((d) => d.status !== 'skipped').reduce((s, d) => s + d.elementalMg, 0),
      ),
    },
    sideEffects,
    magnesium: {
      daysWithMeals: mealDays.length,
      averageFoodMg: mealDays.length ? Math.round(average(mealDays.map(([, f]) => f.magnesiumMg))!) : null,
      averageSupplementMg: Math.round(supplementTotal / days),
      averageTotalMg: mealDays.length
        ? Math.round(average(mealDays.map(([date, f]) => f.magnesiumMg + takenOn(date)))!)
        : null,
      rdaMg: input.rdaMg,
      upperLimitMg: limit,
      highestSupplementMg: roundMg(highestSupplementMg),
      daysSupplementAboveLimit:
        limit === null ? 0 : supplementDays.filter(([, s]) => s.takenMg > limit).length,
    },
    sleep: {
      ...summarizeSleep(nights, input.timeZone),
      averageQuality: (() => {
        const q = average(sleepLogs.flatMap((l) => (l.quality === null ? [] : [l.quality])));
        return q === null ? null : oneDecimal(q);
      })(),
    },
    exercise: {
      sessions: mix.sessions,
      totalMinutes: mix.totalMinutes,
      aerobicMinutesPerWeek: Math.round(
        input.exercise
          .filter((s) => inRange(s.date))
          .reduce((sum, s) => sum + aerobicMinutesOf(s, input.exerciseGoals.counting), 0) / weeks,
      ),
      strengthDaysPerWeek: oneDecimal(mix.strengthDays / weeks),
      goals: input.exerciseGoals,
    },
    stress: {
      totalMinutes: practice.totalMinutes,
      days: practice.days,
      minutesPerWeek: Math.round(practice.totalMinutes / weeks),
    },
    ratings: ratingFields.map((field) => {
      const rated = checkins.flatMap((c) => (c[field] === null ? [] : [{ date: c.date, value: c[field] }]));
      const mean = average(rated.map((r) => r.value));
      return {
        field,
        daysRated: rated.length,
        average: mean === null ? null : oneDecimal(mean),
        trend: ratingTrend(rated, from, to),
      };
    }),
  };
}
