import { describe, expect, it } from 'vitest';
import { ENGINE_STATE_KEY, storedPauseUntil, storePause } from './engine-state-key';

const storage = (value: string | null) => ({
  getItem: (key: string) => (key === ENGINE_STATE_KEY ? value : null),
});

describe('the stored reminder pause (web mode)', () => {
  it.each([
    ['a pause in force', JSON.stringify({ version: 1, pausedUntilEpochMs: 2_000 }), 2_000],
    ['a pause that has ended', JSON.stringify({ version: 1, pausedUntilEpochMs: 1_000 }), null],
    ['no pause', JSON.stringify({ version: 1, pausedUntilEpochMs: null }), null],
    ['no state yet', null, null],
    ['unreadable state', '{not json', null],
    ['a pause that is not a number', JSON.stringify({ pausedUntilEpochMs: '2000' }), null],
    // no clock could show it
    [
      'a pause past the last instant a Date holds',
      JSON.stringify({ version: 1, pausedUntilEpochMs: 9e15 }),
      null,
    ],
  ])('reads %s', (_label, raw, expected) => {
    expect(storedPauseUntil(storage(raw), 1_000)).toBe(expected);
  });

  it.each([
    [
      'keeps the rest of the engine state',
      JSON.stringify({ version: 1, fired: { 'mg|2026-06-15T08:00': 5 }, pausedUntilEpochMs: null }),
      { version: 1, fired: { 'mg|2026-06-15T08:00': 5 }, pausedUntilEpochMs: 9_000 },
    ],
    ['starts a state where there is none', null, { version: 1, pausedUntilEpochMs: 9_000 }],
    // the engine would start afresh from these anyway
    ['replaces unreadable state', '{not json', { version: 1, pausedUntilEpochMs: 9_000 }],
    [
      'replaces a state of another version',
      JSON.stringify({ version: 2, x: 1 }),
      { version: 1, pausedUntilEpochMs: 9_000 },
    ],
  ])('writes a pause and %s', (_label, raw, expected) => {
    const items = new Map<string, string>(raw === null ? [] : [[ENGINE_STATE_KEY, raw]]);
    storePause(
      { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => items.set(key, value) },
      9_000,
    );
    expect(JSON.parse(items.get(ENGINE_STATE_KEY)!)).toEqual(expected);
  });
});
