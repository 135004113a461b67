// Exercise math: one week's mix of sessions (the targets by life stage are in exercise-targets.ts).
import { z } from 'zod';
import type { LocalDate } from '../dates/local-date';
import { datedLogFields } from './dated-log-input';

export const exerciseKindValues = ['aerobic', 'strength', 'flexibility', 'other'] as const;
export type ExerciseKind = (typeof exerciseKindValues)[number];
export const intensityValues = ['light', 'moderate', 'vigorous'] as const;
export type Intensity = (typeof intensityValues)[number];

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
