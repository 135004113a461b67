// Week arithmetic on local dates ("YYYY-MM-DD"): the week's first day for a week start, its seven dates, ranges.
import { DateTime } from 'luxon';

const parse = (date: string) => DateTime.fromISO(date, { zone: 'utc' });
const format = (value: DateTime) => value.toISODate()!;

export function addDays(date: string, days: number): string {
  return format(parse(date).plus({ days }));
}

/** The first day of the week containing `date`, for a week starting on ISO weekday `weekStart` (1 = Monday). */
export function weekStartOf(date: string, weekStart: number): string {
  const weekday = parse(date).weekday;
  return addDays(date, -((weekday - weekStart + 7) % 7));
}

export function weekDates(firstDay: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(firstDay, i));
}

/** Every date from `from` to `to`, both included (empty if `to` is before `from`). */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let date = from; date <= to && out.length < 400; date = addDays(date, 1)) out.push(date);
  return out;
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round(parse(to).diff(parse(from), 'days').days);
}

/** "Mon 23 Nov" */
export function shortDayLabel(date: string): string {
  return parse(date).setLocale('en-GB').toFormat('ccc d LLL');
}

/** "Monday 23 November" */
export function longDayLabel(date: string): string {
  return parse(date).setLocale('en-GB').toFormat('cccc d LLLL');
}
