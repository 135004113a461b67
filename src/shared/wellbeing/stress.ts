// Stress-practice math: minutes by kind within a week, and the shape of a logged practice.
import { z } from 'zod';
import type { LocalDate } from '../dates/local-date';
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

/** A practice as the form sends it, for `today` in the profile's zone. */
export const stressLogInputSchema = (today: LocalDate) =>
  z.object({
    ...datedLogFields(today),
    kind: z.enum(practiceKindValues, { error: 'Choose a kind of practice.' }),
  });
export type StressLogInput = z.infer<ReturnType<typeof stressLogInputSchema>>;

/** Whole minutes to log for a guided exercise that ran `elapsedMs` (at least 1 once started). */
export function minutesFromElapsed(elapsedMs: number): number {
  return Math.max(1, Math.round(elapsedMs / 60_000));
}
