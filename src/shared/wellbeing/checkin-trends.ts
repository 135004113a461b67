// Check-in trends: daily series of 1–5 ratings, how many days have data, and a trend only when there is enough of it.
import { z } from 'zod';
import { localDateUpToSchema, type LocalDate } from '../dates/local-date';
import { notesSchema } from '../text-fields';
import { daysBetween } from '../dates/calendar';

/** Below this many rated days a trend is noise; the screen shows the points and says so. */
export const minCheckinsForTrend = 14;
/** A drift smaller than this (points on the 1–5 scale, across the window) is called "about level". */
export const levelThresholdPoints = 0.3;

export const ratingFields = ['focus', 'mood', 'irritability', 'restlessness', 'sleepQuality'] as const;
export type RatingField = (typeof ratingFields)[number];

export const ratingSchema = z
  .number({ error: 'Choose 1 to 5, or leave it unrated.' })
  .int()
  .min(1, 'Choose 1 to 5.')
  .max(5, 'Choose 1 to 5.')
  .nullable();

/** A day's check-in as the form sends it; `today` is the profile's date now, since a check-in cannot be ahead of it. */
export const checkinInputSchema = (today: LocalDate) =>
  z
    .object({
      date: localDateUpToSchema(today),
      focus: ratingSchema,
      mood: ratingSchema,
      irritability: ratingSchema,
      restlessness: ratingSchema,
      sleepQuality: ratingSchema,
      notes: notesSchema,
    })
    .refine((c) => ratingFields.some((f) => c[f] !== null) || c.notes.trim() !== '', {
      message: 'Rate at least one thing or write a note; nothing was saved.',
      path: ['focus'],
    });
export type CheckinInput = z.infer<ReturnType<typeof checkinInputSchema>>;

export interface RatedDay {
  date: LocalDate;
  value: number;
}

export interface Trend {
  /** Points the fitted line moves across the window (positive = higher ratings). */
  changePoints: number;
  direction: 'up' | 'down' | 'level';
  /** Fitted values at the first and last date of the window, for drawing the line. */
  fromValue: number;
  toValue: number;
}

/**
 * Least-squares line through the rated days, reported as the change across [from, to].
 * Null when fewer than `minCheckinsForTrend` days are rated: too few to say anything.
 */
export function ratingTrend(days: readonly RatedDay[], from: LocalDate, to: LocalDate): Trend | null {
  if (days.length < minCheckinsForTrend) return null;
  // x is days since `from`; a least-squares line does not depend on where x starts.
  const xs = days.map((d) => daysBetween(from, d.date));
  const ys = days.map((d) => d.value);
  const n = days.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i += 1) {
    sxy += (xs[i]! - meanX) * (ys[i]! - meanY);
    sxx += (xs[i]! - meanX) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const fitted = (x: number) => meanY + slope * (x - meanX);
  const fromValue = fitted(0);
  const toValue = fitted(daysBetween(from, to));
  const changePoints = Math.round((toValue - fromValue) * 10) / 10;
  const direction =
    Math.abs(toValue - fromValue) < levelThresholdPoints ? 'level' : toValue > fromValue ? 'up' : 'down';
  return { changePoints, direction, fromValue, toValue };
}

export function average(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}
