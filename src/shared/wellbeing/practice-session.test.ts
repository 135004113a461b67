import { describe, expect, it } from 'vitest';
import {
  bellInstants,
  bellsDue,
  clockText,
  meditationTimerSchema,
  resumedStart,
  sessionAt,
} from './practice-session';

const start = Date.UTC(2026, 5, 10, 8, 0, 0);
const minute = 60_000;

describe('sessionAt: a meditation ends at start + length, whatever ran in between', () => {
  it.each([
    // ms after start, elapsed, remaining, ended
    [0, 0, 10 * minute, false],
    [4 * minute, 4 * minute, 6 * minute, false],
    [10 * minute - 1, 10 * minute - 1, 1, false],
    [10 * minute, 10 * minute, 0, true], // on time, to the millisecond
    [25 * minute, 10 * minute, 0, true], // a window hidden well past the end: still ended, never longer
    [-3000, 0, 10 * minute, false], // a clock set back: not started yet
  ])('at +%i ms: elapsed %i, remaining %i, ended %s', (ms, elapsedMs, remainingMs, ended) => {
    expect(sessionAt(start, 10 * minute, start + ms)).toEqual({ elapsedMs, remainingMs, ended });
  });

  it('a 30-second jump just before the end (a hidden window) lands ended, on the clock’s instant', () => {
    const lengthMs = 5 * minute;
    expect(sessionAt(start, lengthMs, start + lengthMs - 10_000).ended).toBe(false);
    const afterJump = sessionAt(start, lengthMs, start + lengthMs - 10_000 + 30_000);
    expect(afterJump).toEqual({ elapsedMs: lengthMs, remainingMs: 0, ended: true });
  });

  it('a pause does not count: resuming moves the start by the pause', () => {
    const pausedAfterMs = 3 * minute;
    const resumedAt = start + pausedAfterMs + 7 * minute; // paused for seven minutes
    const newStart = resumedStart(pausedAfterMs, resumedAt);
    expect(sessionAt(newStart, 10 * minute, resumedAt)).toMatchObject({
      elapsedMs: 3 * minute,
      ended: false,
    });
    expect(sessionAt(newStart, 10 * minute, resumedAt + 7 * minute).ended).toBe(true);
  });
});

describe('bells', () => {
  it.each([
    // length (min), every (min), bells at (min after start)
    [10, 0, []], // no bells
    [10, 3, [3, 6, 9]],
    [10, 5, [5]], // not at 10: the end has its own sound
    [10, 10, []],
    [1, 2, []],
  ])('a %i-minute sitting with a bell every %i minutes rings at %j', (length, every, at) => {
    expect(bellInstants(start, length * minute, every * minute)).toEqual(at.map((m) => start + m * minute));
  });

  it('the bells due are those after the last check up to now', () => {
    const due = (afterMs: number, nowMs: number) =>
      bellsDue(start, 20 * minute, 5 * minute, start + afterMs, start + nowMs).map(
        (at) => (at - start) / minute,
      );
    expect(due(0, 4 * minute)).toEqual([]);
    expect(due(4 * minute, 5 * minute)).toEqual([5]); // exactly on the instant
    expect(due(5 * minute, 5 * minute + 250)).toEqual([]); // rung once, not again
    expect(due(9.5 * minute, 9.5 * minute + 30_000)).toEqual([10]); // a 30-second jump over a bell
    expect(due(4 * minute, 16 * minute)).toEqual([5, 10, 15]); // hidden a long while: all due, the caller rings once
    expect(due(14 * minute, 21 * minute)).toEqual([15]); // never the end itself
  });
});

describe('clockText', () => {
  it.each([
    [0, '0:00'],
    [999, '0:01'], // a part second still counts as one left
    [65_000, '1:05'],
    [10 * minute, '10:00'],
    [-5, '0:00'],
  ])('%i ms reads %s', (ms, text) => {
    expect(clockText(ms)).toBe(text);
  });
});

describe('meditationTimerSchema', () => {
  it.each([
    [{ minutes: 10, bellEveryMinutes: 0 }, null],
    [{ minutes: 10, bellEveryMinutes: 5 }, null],
    [{ minutes: 600, bellEveryMinutes: 0 }, null],
    [{ minutes: 0, bellEveryMinutes: 0 }, 'minutes'],
    [{ minutes: 601, bellEveryMinutes: 0 }, 'minutes'],
    [{ minutes: 2.5, bellEveryMinutes: 0 }, 'minutes'],
    [{ minutes: 10, bellEveryMinutes: 10 }, 'bellEveryMinutes'],
    [{ minutes: 10, bellEveryMinutes: -1 }, 'bellEveryMinutes'],
  ])('%j is refused at %s', (input, field) => {
    const result = meditationTimerSchema.safeParse(input);
    if (field === null) expect(result.success).toBe(true);
    else expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });
});
