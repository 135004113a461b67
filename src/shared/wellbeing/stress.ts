// Stress-practice math: minutes by kind within a week, and the shape of a logged practice.
import { z } from 'zod';
import { localDateSchema, type LocalDate } from '../dates/local-date';

export const practiceKindValues = ['breathing', 'meditation', 'mindfulness', 'hobby', 'other'] as const;
export type PracticeKind = (typeof practiceKindValues)[number];

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

export const stressLogInputSchema = z.object({
  date: localDateSchema,
  kind: z.enum(practiceKindValues, { error: 'Choose a kind of practice.' }),
  minutes: z
    .number({ error: 'Enter the minutes as a number.' })
    .int('Use whole minutes.')
    .min(1, 'Enter at least 1 minute.')
    .max(600, 'That is over 10 hours; check the minutes.'),
  notes: z.string().max(1000, 'Keep notes under 1,000 characters.'),
});
export type StressLogInput = z.infer<typeof stressLogInputSchema>;

/** Whole minutes to log for a guided exercise that ran `elapsedMs` (at least 1 once started). */
export function minutesFromElapsed(elapsedMs: number): number {
  return Math.max(1, Math.round(elapsedMs / 60_000));
}
