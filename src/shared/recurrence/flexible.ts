// "N times a week": progress within the week that contains a date, and whether to nudge.
import type { LocalDate } from '../dates/local-date';
import { addDays, daysBetween, type WeekStartDay, weekStartOf } from '../dates/calendar';

export interface FlexibleProgress {
  weekStart: LocalDate;
  weekEnd: LocalDate;
  doneThisWeek: number;
  /** How many more this week to reach the target (0 when reached). */
  remaining: number;
  /** Days left in the week, today included. */
  daysLeft: number;
  doneToday: boolean;
  /**
   * Behind: still short of the target, not done today, and the remaining count needs every
   * day that is left (one a day at most). A gentle nudge, not a scold: ahead of that, nothing.
   */
  behind: boolean;
}

export function flexibleProgress(
  targetPerWeek: number,
  completedDates: readonly LocalDate[],
  today: LocalDate,
  weekStart: WeekStartDay,
): FlexibleProgress {
  const start = weekStartOf(today, weekStart);
  const end = addDays(start, 6);
  const doneDates = new Set(completedDates.filter((date) => date >= start && date <= end));
  const doneThisWeek = doneDates.size;
  const remaining = Math.max(0, targetPerWeek - doneThisWeek);
  const daysLeft = daysBetween(today, end) + 1;
  const doneToday = doneDates.has(today);
  return {
    weekStart: start,
    weekEnd: end,
    doneThisWeek,
    remaining,
    daysLeft,
    doneToday,
    behind: remaining > 0 && !doneToday && remaining >= daysLeft,
  };
}
