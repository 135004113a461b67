// Calendar arithmetic on local dates ("YYYY-MM-DD") and instants in an IANA zone, through luxon.
import { DateTime } from 'luxon';
import type { LocalDate, TimeOfDay } from '../dates/local-date';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** The weekdays a week may start on (profile setting): Monday, Saturday or Sunday. */
export type WeekStartDay = 1 | 6 | 7;

const DAY_MS = 86_400_000;

// Local dates carry no zone, so their arithmetic is plain calendar counting on a proleptic Gregorian
// day number (every day exactly one day long). It is on the hot path of every screen that lists days,
// so it avoids building a DateTime per step; instants in a zone still go through luxon below.
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(date: LocalDate): number {
  const match = LOCAL_DATE.exec(date);
  const epochMs = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  const back = Number.isNaN(epochMs) ? '' : new Date(epochMs).toISOString().slice(0, 10);
  if (back !== date) throw new RangeError(`Not a calendar date: ${date}`);
  return epochMs / DAY_MS;
}

function fromDayNumber(day: number): LocalDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

export function isoWeekdayOf(date: LocalDate): IsoWeekday {
  // Day 0 (1970-01-01) was a Thursday, ISO weekday 4.
  return (((((dayNumber(date) + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The first day of the week that contains `date`, for a week starting on `weekStart`. */
export function weekStartDate(date: LocalDate, weekStart: WeekStartDay): LocalDate {
  const back = (isoWeekdayOf(date) - weekStart + 7) % 7;
  return addDays(date, -back);
}

/** Every date from `from` to `to`, both included. */
export function datesInRange(from: LocalDate, to: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  const first = dayNumber(from);
  const last = dayNumber(to);
  for (let day = first; day <= last; day += 1) dates.push(fromDayNumber(day));
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
