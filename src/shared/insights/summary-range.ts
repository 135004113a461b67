// The range a doctor's-visit summary may cover: one rule for the print request (main) and the screen.
import type { LocalDate } from '../dates/local-date';
import { addDays, daysBetween } from '../dates/calendar';

/** The longest range a summary covers: a year of figures still fits on one page. */
export const maxSummaryDays = 366;
/** What a summary covers unless the person chooses: the four weeks before a visit. */
export const defaultSummaryDays = 28;

/** Why a range cannot be summarised, or null when it can (shared by the print request and the screen). */
export function summaryRangeError(from: LocalDate, to: LocalDate): string | null {
  if (from > to) return 'The first day must not be after the last.';
  if (daysBetween(from, to) >= maxSummaryDays) return `A summary covers at most ${maxSummaryDays} days.`;
  return null;
}

/** The last four weeks up to `today`, inclusive. */
export function defaultSummaryRange(today: LocalDate): { from: LocalDate; to: LocalDate } {
  return { from: addDays(today, -(defaultSummaryDays - 1)), to: today };
}
