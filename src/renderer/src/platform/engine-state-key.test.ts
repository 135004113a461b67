import { describe, expect, it } from 'vitest';
import { createBrowserPlatform } from './browser';
import { ENGINE_STATE_KEY, storedPauseUntil } from './engine-state-key';

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
  ])('%s', (_label, raw, expected) => {
    expect(storedPauseUntil(storage(raw), 1_000)).toBe(expected);
  });

  it('reports a pause asked for before the engine loaded, and hands it to the engine when it attaches', async () => {
    const items = new Map<string, string>();
    const win = {
      localStorage: { getItem: (key: string) => items.get(key) ?? null },
    } as unknown as Window;
    const platform = createBrowserPlatform(win);
    const until = Date.now() + 3_600_000;
    await platform.reminders.pause(until);
    expect(await platform.reminders.pausedUntil()).toBe(until);
    const paused: (number | null)[] = [];
    platform.attachReminderEngine({
      sync: () => undefined,
      pause: (value) => {
        paused.push(value);
        items.set(ENGINE_STATE_KEY, JSON.stringify({ version: 1, pausedUntilEpochMs: value }));
      },
    });
    expect(paused).toEqual([until]);
    expect(await platform.reminders.pausedUntil()).toBe(until);
    await platform.reminders.pause(null);
    expect(await platform.reminders.pausedUntil()).toBeNull();
  });
});
