// Local calendar dates ("YYYY-MM-DD") and times of day ("HH:mm"): the shapes every layer agrees on.
import { z } from 'zod';
import { weekStartDays } from './calendar';

export const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-29.')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const probe = new Date(Date.UTC(y, m - 1, d));
    return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
  }, 'That date does not exist.');

export const timeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time like 08:30.');

/** An IANA time zone name this runtime knows, e.g. "Europe/Berlin". */
export const timeZoneSchema = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'Unknown time zone.');

/** The weekday a week starts on, as `WeekStartDay` in the calendar. */
export const weekStartDaySchema = z.literal(weekStartDays, { error: 'Choose the first day of your week.' });

export type LocalDate = string;
export type TimeOfDay = string;
