// Stress-practice math: minutes by kind within a week, and the shape of a logged practice.
import { z } from 'zod';
import type { LocalDate } from '../dates/local-date';
import { breathingPatternIds, type BreathingPatternId } from './breathing';
import { datedLogFields } from './dated-log-input';

export const practiceKindValues = ['breathing', 'meditation', 'mindfulness', 'hobby', 'other'] as const;
export type PracticeKind = (typeof practiceKindValues)[number];

/** What each kind is called on screen (the Stress screen and Insights). */
export const practiceLabels: Record<PracticeKind, string> = {
  breathing: 'Breathing',
  meditation: 'Meditation',
  mindfulness: 'Mindfulness',
  hobby: 'Hobby',
  other: 'Other',
};

export interface Practice {
  date: LocalDate;
  kind: PracticeKind;
  minutes: number;
}

/** What a guided session adds to a practice: its breathing pattern and stress before and after (1–5). */
export interface PracticeRatings {
  pattern?: BreathingPatternId;
  stressBefore?: number;
  stressAfter?: number;
}

export interface PracticeWeek {
  minutesByKind: Record<PracticeKind, number>;
  totalMinutes: number;
  /** Distinct days with any practice. */
  days: number;
}

export function practiceWeek(
  practices: readonly Practice[],
  weekStart: LocalDate,
  weekEnd: LocalDate,
): PracticeWeek {
  const week: PracticeWeek = {
    minutesByKind: { breathing: 0, meditation: 0, mindfulness: 0, hobby: 0, other: 0 },
    totalMinutes: 0,
    days: 0,
  };
  const dates = new Set<LocalDate>();
  for (const practice of practices) {
    if (practice.date < weekStart || practice.date > weekEnd) continue;
    week.minutesByKind[practice.kind] += practice.minutes;
    week.totalMinutes += practice.minutes;
    dates.add(practice.date);
  }
  week.days = dates.size;
  return week;
}

const stressRating = z
  .number({ error: 'Rate stress from 1 (calm) to 5 (very stressed), or leave it out.' })
  .int('Rate stress from 1 (calm) to 5 (very stressed).')
  .min(1, 'Rate stress from 1 (calm) to 5 (very stressed).')
  .max(5, 'Rate stress from 1 (calm) to 5 (very stressed).');

/** Stress after a practice, rated when it ends (the row already exists by then). */
export const stressAfterSchema = z.object({ stressAfter: stressRating });

/**
 * A practice as the form or a guided session sends it, for `today` in the profile's zone. The pattern and the
 * ratings are optional, so rows from before they existed stay valid.
 */
export const stressLogInputSchema = (today: LocalDate) =>
  z
    .object({
      ...datedLogFields(today),
      kind: z.enum(practiceKindValues, { error: 'Choose a kind of practice.' }),
      pattern: z.enum(breathingPatternIds, { error: 'Choose a breathing pattern.' }).optional(),
      stressBefore: stressRating.optional(),
      stressAfter: stressRating.optional(),
    })
    .refine((practice) => practice.pattern === undefined || practice.kind === 'breathing', {
      message: 'A breathing pattern belongs to a breathing practice.',
      path: ['pattern'],
    });
export type StressLogInput = z.infer<ReturnType<typeof stressLogInputSchema>>;

export interface StressChange {
  /** Practices rated both before and after. */
  rated: number;
  averageBefore: number;
  averageAfter: number;
  /** After minus before: negative is calmer. */
  averageChange: number;
}

/** The average stress before and after, over the practices rated both times; null when there are none. */
export function stressChange(practices: readonly PracticeRatings[]): StressChange | null {
  const rated = practices.filter(
    (p): p is PracticeRatings & { stressBefore: number; stressAfter: number } =>
      p.stressBefore !== undefined && p.stressAfter !== undefined,
  );
  if (rated.length === 0) return null;
  const average = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const averageBefore = average(rated.map((p) => p.stressBefore));
  const averageAfter = average(rated.map((p) => p.stressAfter));
  return { rated: rated.length, averageBefore, averageAfter, averageChange: averageAfter - averageBefore };
}

/** Whole minutes to log for a guided exercise that ran `elapsedMs` (at least 1 once started). */
export function minutesFromElapsed(elapsedMs: number): number {
  return Math.max(1, Math.round(elapsedMs / 60_000));
}
