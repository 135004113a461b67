// The one calendar: arithmetic on local dates ("YYYY-MM-DD"), weeks, and local date/time ↔ instant in an IANA zone.
import { DateTime, IANAZone } from 'luxon';
import type { LocalDate, TimeOfDay } from './local-date';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** Weekday names by ISO weekday − 1 (index 0 = Monday). */
export const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The weekdays a week may start on (profile setting): Monday, Saturday or Sunday. */
export const weekStartDays = [1, 6, 7] as const;
export type WeekStartDay = (typeof weekStartDays)[number];

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

// Local dates carry no zone, so their arithmetic is plain calendar counting on a proleptic Gregorian
// day number (every day exactly one day long, so a DST change never shifts a date). It is on the hot
// path of every screen that lists days (a year of Insights turns tens of thousands of dates), so it is
// integer arithmetic with no Date or DateTime built per step; instants in a zone still go through luxon below.
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number) =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

function dayNumber(date: LocalDate): number {
  const match = LOCAL_DATE.exec(date);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  // Years before 100 are refused as before (Date.UTC would read "0050" as 1950).
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The date of a day number: the civil-from-days algorithm (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"). */
function fromDayNumber(day: number): LocalDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // March = 0
  const dayOfMonth = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  // Outside four-digit years, keep the platform's own (extended) ISO form.
  if (year < 0 || year > 9999) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(dayOfMonth)}`;
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
export function weekStartOf(date: LocalDate, weekStart: WeekStartDay): LocalDate {
  const back = (isoWeekdayOf(date) - weekStart + 7) % 7;
  return addDays(date, -back);
}

/** Every date from `from` to `to`, both included (empty when `to` is before `from`). */
export function datesBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  const first = dayNumber(from);
  const last = dayNumber(to);
  for (let day = first; day <= last; day += 1) dates.push(fromDayNumber(day));
  return dates;
}

/** The seven dates of the week that begins on `firstDay`. */
export function weekDates(firstDay: LocalDate): LocalDate[] {
  return datesBetween(firstDay, addDays(firstDay, 6));
}

/** Minutes since local midnight for "HH:mm". */
export function minutesOfDay(time: TimeOfDay): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

// Labels are read on the date itself (UTC) so the viewer's own zone can never move them a day. A year of
// Insights labels thousands of dates in its tables and axes, so each label is formatted once (the map is
// emptied if it ever grows past any real range of dates).
const labels = new Map<string, string>();
const labelOf = (date: LocalDate, format: string) => {
  const key = `${format}|${date}`;
  let label = labels.get(key);
  if (label === undefined) {
    if (labels.size >= 20_000) labels.clear();
    label = DateTime.fromISO(date, { zone: 'utc' }).setLocale('en-GB').toFormat(format);
    labels.set(key, label);
  }
  return label;
};

/** A date in one of the charts' and tables' forms: "7 Sept", "7 Sept 2026", "Mon 7 Sept 2026". */
export const dateLabel = (date: LocalDate, format: 'd LLL' | 'd LLL yyyy' | 'ccc d LLL yyyy'): string =>
  labelOf(date, format);

/** "Mon 23 Nov" */
export const shortDayLabel = (date: LocalDate): string => labelOf(date, 'ccc d LLL');

/** "Monday 23 November" */
export const longDayLabel = (date: LocalDate): string => labelOf(date, 'cccc d LLLL');

/** The local calendar date of an instant in a zone (today: `localDateAt(nowEpochMs, timeZone)`). */
export function localDateAt(epochMs: number, timeZone: string): LocalDate {
  return DateTime.fromMillis(epochMs, { zone: timeZone }).toISODate()!;
}

/** The local wall-clock time ("HH:mm") of an instant in a zone. */
export function localTimeAt(epochMs: number, timeZone: string): TimeOfDay {
  return DateTime.fromMillis(epochMs, { zone: timeZone }).toFormat('HH:mm');
}

const canonicalZones = new Map<string, string>();

/**
 * The runtime's own name for a zone (an alias such as "Asia/Calcutta" and "Asia/Kolkata" gives one
 * name), or null when `Intl` does not know it.
 */
export function canonicalTimeZone(timeZone: string): string | null {
  // Building a formatter costs ~0.15 ms and Today asks on every render. Only known zones are kept (a few
  // hundred names at most), so odd input cannot grow the map.
  let canonical = canonicalZones.get(timeZone);
  if (canonical === undefined) {
    try {
      canonical = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
    } catch {
      return null;
    }
    canonicalZones.set(timeZone, canonical);
  }
  return canonical;
}

const zones = new Map<string, IANAZone>();

function zoneOf(timeZone: string): IANAZone {
  let zone = zones.get(timeZone);
  if (!zone) {
    zone = IANAZone.create(timeZone);
    if (!zone.isValid) throw new RangeError(`Unknown time zone: ${timeZone}`);
    zones.set(timeZone, zone);
  }
  return zone;
}

/** The wall clock of an instant, as if it were UTC (ms). */
function wallOf(zone: IANAZone, epochMs: number): number {
  return epochMs + zone.offset(epochMs) * MINUTE_MS;
}

/**
 * The instant a local time happens in `timeZone`:
 * - normally the one instant with that wall clock;
 * - in the autumn fold (the hour that happens twice) the FIRST of the two, so it fires once;
 * - in the spring gap (the hour that never happens) the end of the gap, i.e. the transition
 *   instant (America/New_York 02:30 on 2026-03-08 → 03:00 EDT).
 */
export function instantOfLocalTime(date: LocalDate, time: TimeOfDay, timeZone: string): number {
  const zone = zoneOf(timeZone);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wallMs = Date.UTC(year, month - 1, day, hour, minute);
  // Transitions are months apart, so the offsets a day either side bracket any one of them.
  const offsetBefore = zone.offset(wallMs - DAY_MS);
  const offsetAfter = zone.offset(wallMs + DAY_MS);
  const candidates = [wallMs - offsetBefore * MINUTE_MS, wallMs - offsetAfter * MINUTE_MS];
  const valid = candidates.filter((instant) => wallOf(zone, instant) === wallMs);
  if (valid.length > 0) return Math.min(...valid);
  // Spring gap: the first instant whose wall clock has reached the requested time.
  let low = Math.min(...candidates);
  let high = Math.max(...candidates);
  while (high - low > MINUTE_MS) {
    const mid = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (wallOf(zone, mid) >= wallMs) high = mid;
    else low = mid;
  }
  return wallOf(zone, low) >= wallMs ? low : high;
}
