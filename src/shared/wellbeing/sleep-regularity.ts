// How steady the nights are: the midpoint spread over the last 14 nights, social jet lag (free days against
// work days), and the last nights' duration against the target. Pure: the zone, today and free days are parameters.
import { addDays, isoWeekdayOf, type IsoWeekday } from '../dates/calendar';
import type { LocalDate, TimeOfDay } from '../dates/local-date';
import {
  circularMeanMinutes,
  clockDifference,
  midpointMinutesOfDay,
  midpointVariabilityMinutes,
  nightInstants,
  type Night,
} from './sleep';

/** The window every regularity figure looks at. */
export const regularityWindowNights = 14;

/** Free days unless the person chooses others in Settings: Saturday and Sunday. */
export const defaultFreeDays: readonly IsoWeekday[] = [6, 7];

/** The nights that ended within the last `regularityWindowNights` days up to `today`. */
export function nightsInWindow(nights: readonly Night[], today: LocalDate): Night[] {
  const from = addDays(today, -(regularityWindowNights - 1));
  return nights.filter((night) => night.date >= from && night.date <= today);
}

/**
 * Regularity over the last 14 nights as the midpoint spread: the standard deviation of the sleep
 * midpoint's clock time, in minutes (lower is steadier), or null with fewer than 3 nights.
 *
 * Kept instead of the Sleep Regularity Index because it needs only the bedtime and wake time a person
 * logs (the SRI compares sleep/wake state minute by minute on consecutive days, so a missing night
 * breaks it), and because "the middle of your sleep moves by about 40 minutes" reads plainly.
 */
export function sleepRegularityMinutes(
  nights: readonly Night[],
  today: LocalDate,
  timeZone: string,
): number | null {
  return midpointVariabilityMinutes(nightsInWindow(nights, today), timeZone);
}

/** A night is a free night when the person wakes on a free day (Friday night into Saturday, …). */
export const isFreeNight = (night: Night, freeDays: readonly number[]) =>
  freeDays.includes(isoWeekdayOf(night.date));

export interface SocialJetLag {
  /** Mean mid-sleep on free days minus mean mid-sleep on work days, in minutes (positive: later on free days). */
  minutes: number;
  freeNights: number;
  workNights: number;
}

/**
 * Social jet lag over the last 14 nights: the (circular) mean sleep midpoint of free nights minus
 * that of work nights. Null without at least one night of each kind, or when every day is free.
 */
export function socialJetLag(
  nights: readonly Night[],
  today: LocalDate,
  timeZone: string,
  freeDays: readonly number[] = defaultFreeDays,
): SocialJetLag | null {
  const recent = nightsInWindow(nights, today);
  const free = recent.filter((night) => isFreeNight(night, freeDays));
  const work = recent.filter((night) => !isFreeNight(night, freeDays));
  if (free.length === 0 || work.length === 0) return null;
  const mid = (group: Night[]) =>
    circularMeanMinutes(group.map((night) => midpointMinutesOfDay(night, timeZone)));
  return {
    minutes: clockDifference(mid(free), mid(work)),
    freeNights: free.length,
    workNights: work.length,
  };
}

/** How long the target night is (clock difference, as on a day without a DST change). */
export function targetNightMinutes(target: { bedtime: TimeOfDay; wakeTime: TimeOfDay }): number {
  return nightInstants({ date: '2026-06-10', ...target }, 'UTC').durationMinutes;
}

export interface DurationAgainstTarget {
  averageMinutes: number;
  targetMinutes: number;
  /** Average minus target: negative is shorter than the target. */
  differenceMinutes: number;
  nights: number;
}

/** The average time in bed over the last 14 nights against the target night, or null with no nights. */
export function durationAgainstTarget(
  nights: readonly Night[],
  today: LocalDate,
  timeZone: string,
  target: { bedtime: TimeOfDay; wakeTime: TimeOfDay },
): DurationAgainstTarget | null {
  const recent = nightsInWindow(nights, today);
  if (recent.length === 0) return null;
  const total = recent.reduce((sum, night) => sum + nightInstants(night, timeZone).durationMinutes, 0);
  const averageMinutes = Math.round(total / recent.length);
  const targetMinutes = targetNightMinutes(target);
  return {
    averageMinutes,
    targetMinutes,
    differenceMinutes: averageMinutes - targetMinutes,
    nights: recent.length,
  };
}
