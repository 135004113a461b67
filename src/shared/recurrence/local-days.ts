// Calendar arithmetic on local dates ("YYYY-MM-DD") and instants in an IANA zone, through luxon.
import { DateTime } from 'luxon';
import type { LocalDate, TimeOfDay } from '../dates/local-date';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** The weekdays a week may start on (profile setting): Monday, Saturday or Sunday. */
export type WeekStartDay = 1 | 6 | 7;

const DAY_MS = 86_400_000;

// Local dates carry no zone: doing their arithmetic in UTC keeps every day exactly 24 h long.
function asUtcDay(date: LocalDate): DateTime {
  const day = DateTime.fromISO(date, { zone: 'utc' });
  if (!day.isValid) throw new RangeError(`Not a calendar date: ${date}`);
  return day;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return asUtcDay(date).plus({ days }).toISODate()!;
}

export function isoWeekdayOf(date: LocalDate): IsoWeekday {
  return asUtcDay(date).weekday as IsoWeekday;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((asUtcDay(to).toMillis() - asUtcDay(from).toMillis()) / DAY_MS);
}

/** The first day of the week that contains `date`, for a week starting on `weekStart`. */
export function weekStartDate(date: LocalDate, weekStart: WeekStartDay): LocalDate {
  const back = (isoWeekdayOf(date) - weekStart + 7) % 7;
  return addDays(date, -back);
}

/** Every date from `from` to `to`, both included. */
export function datesInRange(from: LocalDate, to: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  const count = daysBetween(from, to);
  for (let offset = 0; offset <= count; offset += 1) dates.push(addDays(from, offset));
  return dates;
}

/** The local calendar date of an instant in a zone. */
export function localDateAt(epochMs: number, timeZone: string): LocalDate {
  return DateTime.fromMillis(epochMs, { zone: timeZone }).toISODate()!;
}

/** The local wall-clock time ("HH:mm") of an instant in a zone. */
export function localTimeAt(epochMs: number, timeZone: string): TimeOfDay {
  return DateTime.fromMillis(epochMs, { zone: timeZone }).toFormat('HH:mm');
}

/** Minutes since local midnight for "HH:mm". */
export function minutesOfDay(time: TimeOfDay): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}
