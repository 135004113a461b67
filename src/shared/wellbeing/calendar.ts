// Local calendar arithmetic for the wellbeing screens: today in a zone, day offsets, week starts.
import { DateTime } from 'luxon';
import type { LocalDate } from '../dates/local-date';

/** ISO weekday the week starts on (1 = Monday, 6 = Saturday, 7 = Sunday). */
export type WeekStartDay = 1 | 6 | 7;

function parse(date: LocalDate): DateTime {
  return DateTime.fromISO(date, { zone: 'utc' });
}

/** The local calendar date at `nowEpochMs` in `timeZone`. */
export function todayIn(timeZone: string, nowEpochMs: number): LocalDate {
  return DateTime.fromMillis(nowEpochMs, { zone: timeZone }).toISODate() ?? '';
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return parse(date).plus({ days }).toISODate() ?? '';
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  return parse(date).weekday;
}

/** The first day of the week that contains `date`, for a week starting on `weekStart`. */
export function weekStartOf(date: LocalDate, weekStart: WeekStartDay): LocalDate {
  const back = (isoWeekday(date) - weekStart + 7) % 7;
  return addDays(date, -back);
}

/** Every date from `from` to `to`, both included (empty when `to` is before `from`). */
export function datesBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** Minutes since midnight for "HH:mm". */
export function minutesOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}
