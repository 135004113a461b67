// A timed practice (a breathing session, a meditation) on the wall clock: where it stands, when it ends, which bells are due.
import { z } from 'zod';
import { maxLoggedMinutes } from '../bounds';

export interface SessionAt {
  elapsedMs: number;
  remainingMs: number;
  /** The end instant (start + length) has passed, whether or not anything ran in between. */
  ended: boolean;
}

/** Where a session of `lengthMs` started at `startEpochMs` stands at `nowEpochMs`; it ends at start + length. */
export function sessionAt(startEpochMs: number, lengthMs: number, nowEpochMs: number): SessionAt {
  const elapsedMs = Math.min(lengthMs, Math.max(0, nowEpochMs - startEpochMs));
  return { elapsedMs, remainingMs: lengthMs - elapsedMs, ended: nowEpochMs >= startEpochMs + lengthMs };
}

/** The start to use on resuming a session paused after `elapsedMs`, so the pause does not count. */
export function resumedStart(elapsedMs: number, nowEpochMs: number): number {
  return nowEpochMs - elapsedMs;
}

/** "4:05" for a count-down. */
export function clockText(ms: number): string {
  const totalSeconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(totalSeconds / 60)}:${String(totalSeconds % 60).padStart(2, '0')}`;
}

/** The interval bells of a session: every `everyMs` after the start, before the end (the end has its own sound). */
export function bellInstants(startEpochMs: number, lengthMs: number, everyMs: number): number[] {
  if (everyMs <= 0) return [];
  const bells: number[] = [];
  for (let at = startEpochMs + everyMs; at < startEpochMs + lengthMs; at += everyMs) bells.push(at);
  return bells;
}

/**
 * The bells that fell due after `afterEpochMs` up to `nowEpochMs`. After a hidden window several may be due at
 * once; the caller rings once for them, so coming back never sets off a burst of bells.
 */
export function bellsDue(
  startEpochMs: number,
  lengthMs: number,
  everyMs: number,
  afterEpochMs: number,
  nowEpochMs: number,
): number[] {
  return bellInstants(startEpochMs, lengthMs, everyMs).filter((at) => at > afterEpochMs && at <= nowEpochMs);
}

/** A meditation timer as the form sets it: a length in minutes and, optionally, a bell every N minutes. */
export const meditationTimerSchema = z
  .object({
    minutes: z
      .number({ error: 'Enter the length in minutes as a number.' })
      .int('Use whole minutes.')
      .min(1, 'Sit for at least 1 minute.')
      .max(maxLoggedMinutes, `That is over ${maxLoggedMinutes / 60} hours; check the minutes.`),
    bellEveryMinutes: z
      .number({ error: 'Choose how often a bell rings, or no bells.' })
      .int('Use whole minutes.')
      .min(0, 'Choose how often a bell rings, or no bells.'),
  })
  .refine((timer) => timer.bellEveryMinutes === 0 || timer.bellEveryMinutes < timer.minutes, {
    message: 'A bell interval must be shorter than the sitting; the end has its own sound.',
    path: ['bellEveryMinutes'],
  });
export type MeditationTimer = z.infer<typeof meditationTimerSchema>;
