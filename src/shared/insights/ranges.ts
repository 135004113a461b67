// The ranges Insights offers (a week to everything kept) as inclusive local-date spans ending today.
import { addDays } from '../dates/calendar';
import type { LocalDate } from '../dates/local-date';

export const insightRanges = ['week', 'month', '3-months', 'year', 'all'] as const;
export type InsightRange = (typeof insightRanges)[number];

export const insightRangeLabels: Record<InsightRange, string> = {
  week: 'Week',
  month: 'Month',
  '3-months': '3 months',
  year: 'Year',
  all: 'All',
};

const daysIn: Record<Exclude<InsightRange, 'all'>, number> = {
  week: 7,
  month: 30,
  '3-months': 91,
  year: 365,
};

/**
 * The span a range covers. "All" starts on the first day the person kept anything (the profile's first
 * day), never later than a week back, so a new person still sees a week.
 */
export function rangeSpan(
  range: InsightRange,
  today: LocalDate,
  firstDay: LocalDate,
): { from: LocalDate; to: LocalDate } {
  if (range === 'all') {
    const weekBack = addDays(today, -6);
    return { from: firstDay < weekBack ? firstDay : weekBack, to: today };
  }
  return { from: addDays(today, -(daysIn[range] - 1)), to: today };
}
