// Exercise math: one week's mix of sessions against the adult reference in the U.S. Physical Activity Guidelines.
import { z } from 'zod';
import type { LocalDate } from '../dates/local-date';
import { datedLogFields } from './dated-log-input';

export const exerciseKindValues = ['aerobic', 'strength', 'flexibility', 'other'] as const;
export type ExerciseKind = (typeof exerciseKindValues)[number];
export const intensityValues = ['light', 'moderate', 'vigorous'] as const;
export type Intensity = (typeof intensityValues)[number];

/**
 * Physical Activity Guidelines for Americans, 2nd edition (2018), for adults: 150 minutes a week of
 * moderate aerobic activity, or 75 of vigorous (a vigorous minute counts as two moderate ones),
 * plus muscle-strengthening activity of moderate or greater intensity on 2 or more days.
 * A reference point, not a prescription.
 */
export const activityReference = {
  source: 'U.S. Physical Activity Guidelines for Americans, 2nd edition (2018)',
  aerobicModerateEquivalentMinutes: 150,
  strengthDays: 2,
} as const;

export interface ExerciseSession {
  date: LocalDate;
  kind: ExerciseKind;
  minutes: number;
  intensity: Intensity;
}

export interface WeeklyMix {
  /** Moderate aerobic minutes + 2 × vigorous aerobic minutes (light minutes are not in this figure). */
  aerobicEquivalentMinutes: number;
  /** Distinct days with a moderate or vigorous strength session. */
  strengthDays: number;
  minutesByKind: Record<ExerciseKind, number>;
  lightMinutes: number;
  totalMinutes: number;
  sessions: number;
}

/** The mix for the sessions dated within [weekStart, weekStart + 6]. */
export function weeklyMix(
  sessions: readonly ExerciseSession[],
  weekStart: LocalDate,
  weekEnd: LocalDate,
): WeeklyMix {
  const mix: WeeklyMix = {
    aerobicEquivalentMinutes: 0,
    strengthDays: 0,
    minutesByKind: { aerobic: 0, strength: 0, flexibility: 0, other: 0 },
    lightMinutes: 0,
    totalMinutes: 0,
    sessions: 0,
  };
  const strengthDates = new Set<LocalDate>();
  for (const session of sessions) {
    if (session.date < weekStart || session.date > weekEnd) continue;
    mix.sessions += 1;
    mix.totalMinutes += session.minutes;
    mix.minutesByKind[session.kind] += session.minutes;
    if (session.intensity === 'light') mix.lightMinutes += session.minutes;
    if (session.kind === 'aerobic' && session.intensity !== 'light') {
      mix.aerobicEquivalentMinutes +=
        session.intensity === 'vigorous' ? session.minutes * 2 : session.minutes;
    }
    if (session.kind === 'strength' && session.intensity !== 'light') strengthDates.add(session.date);
  }
  mix.strengthDays = strengthDates.size;
  return mix;
}

/** A session as the form sends it, for `today` in the profile's zone. */
export const exerciseLogInputSchema = (today: LocalDate) =>
  z.object({
    ...datedLogFields(today),
    kind: z.enum(exerciseKindValues, { error: 'Choose a kind of exercise.' }),
    intensity: z.enum(intensityValues, { error: 'Choose how hard it felt.' }),
  });
export type ExerciseLogInput = z.infer<ReturnType<typeof exerciseLogInputSchema>>;
