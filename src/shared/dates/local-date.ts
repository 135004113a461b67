// Local calendar dates ("YYYY-MM-DD"), times of day ("HH:mm"), zones and instants: the shapes every layer agrees on.
import { z } from 'zod';
import { earliestLocalDate, latestLocalDate, maxAbsEpochMs, maxTimeZoneChars } from '../bounds';
import { canonicalTimeZone, weekStartDays } from './calendar';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const yearOf = (date: string) => date.slice(0, 4);

function exists(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/**
 * A calendar date from 1900 to 2100. The range is checked before the date's existence, as text
 * (four-digit years sort as text), because `Date.UTC` reads years below 100 as 19xx.
 */
export const localDateSchema = z
  .string({ error: 'Use a date like 2026-03-29.' })
  .superRefine((value, ctx) => {
    // `continue: false`: a date that is not one is not also "not yet come".
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message, continue: false });
    if (!LOCAL_DATE.test(value)) fail('Use a date like 2026-03-29.');
    else if (value < earliestLocalDate || value > latestLocalDate) {
      fail(
        `${yearOf(value)} is outside the years Steadyweek keeps (${yearOf(earliestLocalDate)}–${yearOf(latestLocalDate)}); check the year.`,
      );
    } else if (!exists(value)) fail(`${value} is not a day on the calendar; check the day and month.`);
  });

/** A date that has already come: logs, check-ins and side effects are about days lived, never ahead. */
export function localDateUpToSchema(
  today: LocalDate,
  message = `That day has not come yet; pick today (${today}) or an earlier day.`,
) {
  return localDateSchema.refine((date) => date <= today, message);
}

export const timeOfDaySchema = z
  .string({ error: 'Use a 24-hour time like 08:30.' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time like 08:30.');

/** An IANA time zone name this runtime's `Intl` knows, e.g. "Europe/Berlin". */
export const timeZoneSchema = z
  .string({ error: 'Choose a time zone, like Europe/Berlin.' })
  .max(maxTimeZoneChars, { error: 'Choose a time zone from the list, like Europe/Berlin.', abort: true })
  .refine(
    (zone) => canonicalTimeZone(zone) !== null,
    'Unknown time zone; choose one from the list, like Europe/Berlin.',
  );

/** An instant a JavaScript Date can hold, in whole milliseconds since 1970 (UTC). */
export const epochMsSchema = z
  .number({ error: 'Expected an instant in milliseconds.' })
  .int('Expected whole milliseconds.')
  .min(-maxAbsEpochMs, 'That instant is before any date the app can show.')
  .max(maxAbsEpochMs, 'That instant is after any date the app can show.');

/** The weekday a week starts on, as `WeekStartDay` in the calendar. */
export const weekStartDaySchema = z.literal(weekStartDays, { error: 'Choose the first day of your week.' });

export type LocalDate = string;
export type TimeOfDay = string;
