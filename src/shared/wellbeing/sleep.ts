// Sleep math: a night's duration from local times in the person's zone (DST-safe), and how regular the nights are.
import { IANAZone } from 'luxon';
import { z } from 'zod';
import {
  localDateSchema,
  localDateUpToSchema,
  timeOfDaySchema,
  type LocalDate,
  type TimeOfDay,
} from '../dates/local-date';
import { notesSchema } from '../text-fields';
import { addDays, minutesOfDay } from '../dates/calendar';

/** Longer than this is almost always a typo (AM/PM, wrong day), so it is not saved. */
export const maxSleepMinutes = 16 * 60;

export interface Night {
  /** The date the person woke up: "last night" logged on the 12th is the night of the 11th to the 12th. */
  date: LocalDate;
  bedtime: TimeOfDay;
  wakeTime: TimeOfDay;
}

export interface NightInstants {
  bedEpochMs: number;
  wakeEpochMs: number;
  durationMinutes: number;
}

// Insights reads thousands of nights, and each Intl offset lookup costs microseconds, so a zone's offsets
// are read once per week of instants: a zone changes offset at most once a week (transitions are months apart),
// so a week with the same offset at both ends has it throughout, and otherwise the change is found once.
const WEEK_MS = 7 * 86_400_000;
const MINUTE_MS = 60_000;
interface OffsetWeek {
  before: number;
  after: number;
  /** The first instant with the `after` offset (Infinity when the week has one offset). */
  changeAt: number;
}
const offsetWeeks = new Map<string, { zone: IANAZone; weeks: Map<number, OffsetWeek> }>();

/** The zone's offset (minutes, luxon's `IANAZone.offset`) at an instant, read through the weekly cache. */
function offsetAt(timeZone: string, epochMs: number): number {
  let cache = offsetWeeks.get(timeZone);
  if (!cache) {
    cache = { zone: IANAZone.create(timeZone), weeks: new Map() };
    offsetWeeks.set(timeZone, cache);
  }
  const key = Math.floor(epochMs / WEEK_MS);
  let week = cache.weeks.get(key);
  if (!week) {
    // Dates are bounded to 1900–2100 (about 10,500 weeks), so the cache stays small.
    if (cache.weeks.size > 20_000) cache.weeks.clear();
    week = offsetWeek(cache.zone, key * WEEK_MS);
    cache.weeks.set(key, week);
  }
  return epochMs < week.changeAt ? week.before : week.after;
}

function offsetWeek(zone: IANAZone, start: number): OffsetWeek {
  let low = start;
  let high = start + WEEK_MS - 1;
  const before = zone.offset(low);
  const after = zone.offset(high);
  if (before === after) return { before, after, changeAt: Infinity };
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (zone.offset(mid) === before) low = mid;
    else high = mid;
  }
  return { before, after, changeAt: high };
}

/**
 * The instant of a local date and time in a zone, by luxon's own rule (`DateTime.fromObject`): guess
 * with the offset in force now, then settle on an offset that gives this wall clock (in a spring gap,
 * the clock moves forward by the gap; in an autumn fold, the guess decides).
 */
function at(date: LocalDate, time: TimeOfDay, timeZone: string): number {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const localMs = Date.UTC(year, month - 1, day, hour, minute);
  const guess = offsetAt(timeZone, Date.now());
  let utc = localMs - guess * MINUTE_MS;
  const second = offsetAt(timeZone, utc);
  if (second === guess) return utc;
  utc -= (second - guess) * MINUTE_MS;
  const third = offsetAt(timeZone, utc);
  if (second === third) return utc;
  return localMs - Math.min(second, third) * MINUTE_MS;
}

/**
 * When the night began and ended. The wake time is on `date`; the bedtime is the latest moment
 * before it with that clock time (so 23:30 is the evening before, 00:40 the same morning).
 * Durations come from real instants, so a night across a DST change is 1 hour shorter or longer.
 */
export function nightInstants(night: Night, timeZone: string): NightInstants {
  const wakeEpochMs = at(night.date, night.wakeTime, timeZone);
  let bedEpochMs = at(night.date, night.bedtime, timeZone);
  if (bedEpochMs >= wakeEpochMs) bedEpochMs = at(addDays(night.date, -1), night.bedtime, timeZone);
  const durationMinutes = Math.round((wakeEpochMs - bedEpochMs) / 60_000);
  return { bedEpochMs, wakeEpochMs, durationMinutes };
}

/** Local clock minutes (0–1439) of the midpoint between falling asleep and waking. */
export function midpointMinutesOfDay(night: Night, timeZone: string): number {
  const { bedEpochMs, wakeEpochMs } = nightInstants(night, timeZone);
  const mid = (bedEpochMs + wakeEpochMs) / 2;
  const wall = new Date(mid + offsetAt(timeZone, mid) * MINUTE_MS);
  return wall.getUTCHours() * 60 + wall.getUTCMinutes();
}

const minutesPerDay = 24 * 60;

/** Signed difference a − b on the 24-hour clock, in (−720, 720]. */
export function clockDifference(a: number, b: number): number {
  let diff = (((a - b) % minutesPerDay) + minutesPerDay) % minutesPerDay;
  if (diff > minutesPerDay / 2) diff -= minutesPerDay;
  return diff;
}

/** Mean of clock times on the circle, so 23:50 and 00:10 average to 00:00, not noon. */
export function circularMeanMinutes(clockMinutes: readonly number[]): number {
  let x = 0;
  let y = 0;
  for (const m of clockMinutes) {
    const angle = (m / minutesPerDay) * 2 * Math.PI;
    x += Math.cos(angle);
    y += Math.sin(angle);
  }
  const angle = Math.atan2(y, x);
  return Math.round(
    ((((angle / (2 * Math.PI)) * minutesPerDay) % minutesPerDay) + minutesPerDay) % minutesPerDay,
  );
}

/** Fewer nights than this give no regularity figure: one or two nights say nothing about a rhythm. */
export const minNightsForRegularity = 3;

/**
 * Midpoint variability: the standard deviation, in minutes, of the sleep midpoint's clock time
 * around its (circular) mean. Lower is steadier. Null with fewer than `minNightsForRegularity` nights.
 */
export function midpointVariabilityMinutes(nights: readonly Night[], timeZone: string): number | null {
  if (nights.length < minNightsForRegularity) return null;
  const midpoints = nights.map((night) => midpointMinutesOfDay(night, timeZone));
  const mean = circularMeanMinutes(midpoints);
  const squares = midpoints.map((m) => clockDifference(m, mean) ** 2);
  return Math.round(Math.sqrt(squares.reduce((sum, s) => sum + s, 0) / midpoints.length));
}

export interface SleepSummary {
  nights: number;
  averageDurationMinutes: number | null;
  averageBedtimeMinutes: number | null;
  averageWakeMinutes: number | null;
  midpointVariabilityMinutes: number | null;
}

export function summarizeSleep(nights: readonly Night[], timeZone: string): SleepSummary {
  if (nights.length === 0) {
    return {
      nights: 0,
      averageDurationMinutes: null,
      averageBedtimeMinutes: null,
      averageWakeMinutes: null,
      midpointVariabilityMinutes: null,
    };
  }
  const durations = nights.map((night) => nightInstants(night, timeZone).durationMinutes);
  return {
    nights: nights.length,
    averageDurationMinutes: Math.round(durations.reduce((a, b) => a + b, 0) / durations.length),
    averageBedtimeMinutes: circularMeanMinutes(nights.map((n) => minutesOfDay(n.bedtime))),
    averageWakeMinutes: circularMeanMinutes(nights.map((n) => minutesOfDay(n.wakeTime))),
    midpointVariabilityMinutes: midpointVariabilityMinutes(nights, timeZone),
  };
}

/** "7 h 05 min" */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h} h ${String(m).padStart(2, '0')} min`;
}

/** 0–1439 minutes → "HH:mm". */
export function formatClock(minutes: number): string {
  const m = ((Math.round(minutes) % minutesPerDay) + minutesPerDay) % minutesPerDay;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** A night's log as the form sends it. The 16-hour check needs the zone, so the schema is built per zone. */
export function sleepLogInputSchema(timeZone: string, today: LocalDate) {
  return z
    .object({
      date: localDateUpToSchema(today, 'That night has not happened yet; pick the date you woke up.'),
      bedtime: timeOfDaySchema,
      wakeTime: timeOfDaySchema,
      quality: z
        .number({ error: 'Choose a quality from 1 to 5, or leave it empty.' })
        .int()
        .min(1, 'Choose a quality from 1 to 5.')
        .max(5, 'Choose a quality from 1 to 5.')
        .nullable(),
      notes: notesSchema,
    })
    .superRefine((log, ctx) => {
      // Zod still runs this when a field failed; only measure a night made of valid parts.
      const partsValid = [timeOfDaySchema.safeParse(log.bedtime), timeOfDaySchema.safeParse(log.wakeTime)]
        .concat(localDateSchema.safeParse(log.date))
        .every((result) => result.success);
      if (!partsValid) return;
      const { durationMinutes } = nightInstants(log, timeZone);
      if (durationMinutes > maxSleepMinutes) {
        ctx.addIssue({
          code: 'custom',
          path: ['wakeTime'],
          message: `That comes to ${formatDuration(durationMinutes)}, over 16 hours. Check the bedtime and wake time (24-hour clock).`,
        });
      }
    });
}
export type SleepLogInput = z.infer<ReturnType<typeof sleepLogInputSchema>>;
