// Local calendar-date arithmetic (no time zone involved) and the few places where an instant matters.
import { DateTime } from 'luxon';
import type { LocalDate, TimeOfDay } from '../dates/local-date';

// Calendar dates are counted in UTC, where every day has 24 hours, so a DST change never shifts them.
const asUtc = (date: LocalDate) => DateTime.fromISO(date, { zone: 'utc' });

export function addDays(date: LocalDate, days: number): LocalDate {
  return asUtc(date).plus({ days }).toISODate()!;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round(asUtc(to).diff(asUtc(from), 'days').days);
}

/** The local date at an instant in a zone. */
export function localDateAt(atEpochMs: number, timeZone: string): LocalDate {
  return DateTime.fromMillis(atEpochMs, { zone: timeZone }).toISODate()!;
}

/** The local time of day ("HH:mm") at an instant in a zone. */
export function timeOfDayAt(atEpochMs: number, timeZone: string): TimeOfDay {
  return DateTime.fromMillis(atEpochMs, { zone: timeZone }).toFormat('HH:mm');
}

/**
 * The instant a local date and time happen in a zone. A time skipped by a DST change (02:30 on a
 * spring-forward night) moves forward by the gap, as luxon does; a repeated time takes the first.
 */
export function instantOf(date: LocalDate, time: TimeOfDay, timeZone: string): number {
  return DateTime.fromISO(`${date}T${time}`, { zone: timeZone }).toMillis();
}
