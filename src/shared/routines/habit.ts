// Streaks and a forgiving habit-strength figure from a routine's recent scheduled days.
import type { LocalDate } from '../dates/local-date';

export type DayOutcome = 'done' | 'skipped' | 'missed' | 'open';

export interface ScheduledDay {
  date: LocalDate;
  outcome: DayOutcome;
}

/** Each day further back weighs this much of the day after it. */
export const HABIT_DECAY = 0.9;
/** How many scheduled days the figure looks at. */
export const HABIT_WINDOW_DAYS = 30;

export const habitStrengthExplanation =
  'Habit strength: the share of your last 30 scheduled days done, each day back counting 0.9× the one after it; skipped days are left out, so one miss costs about a tenth, not everything.';

export interface HabitStats {
  /** Scheduled days in a row done, counting back from the latest; skipped days neither count nor break it. */
  streakDays: number;
  /** 0–1, or null when there is nothing to judge yet. */
  strength: number | null;
}

/**
 * `days` are the routine's scheduled days up to today, oldest first. Today while still `open`
 * is ignored (the day is not over); `skipped` days are neutral for both figures.
 */
export function habitStats(days: readonly ScheduledDay[]): HabitStats {
  const judged = days.filter((day, index) => !(index === days.length - 1 && day.outcome === 'open'));
  let streakDays = 0;
  for (let index = judged.length - 1; index >= 0; index -= 1) {
    const outcome = judged[index]!.outcome;
    if (outcome === 'skipped') continue;
    if (outcome !== 'done') break;
    streakDays += 1;
  }
  const counted = judged.filter((day) => day.outcome !== 'skipped').slice(-HABIT_WINDOW_DAYS);
  if (counted.length === 0) return { streakDays, strength: null };
  let weighted = 0;
  let total = 0;
  counted.forEach((day, index) => {
    const weight = HABIT_DECAY ** (counted.length - 1 - index);
    total += weight;
    if (day.outcome === 'done') weighted += weight;
  });
  return { streakDays, strength: weighted / total };
}
