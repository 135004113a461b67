import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePage } from '../../../../tests/support/fake-page';
import { berlinAt, dailyMagnesium } from '../../../../tests/support/reminder-fixtures';
import { createBrowserPlatform } from './browser';
import { createBrowserReminderEngine } from './browser-reminders';

const berlin = berlinAt;
const payload = dailyMagnesium();

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(berlin('07:30'));
});
afterEach(() => vi.useRealTimers());

describe('the browser platform’s reminder pause', () => {
  it('keeps a pause asked for before the engine loaded, and the engine starts paused', async () => {
    const page = fakePage();
    const platform = createBrowserPlatform(page.win);
    await platform.reminders.pause(berlin('09:00'));
    expect(await platform.reminders.pausedUntil()).toBe(berlin('09:00'));
    platform.attachReminderEngine(createBrowserReminderEngine({ win: page.win, locks: null }));
    await platform.reminders.sync(payload);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(page.banners).toEqual([]);
    await platform.reminders.pause(null);
    expect(await platform.reminders.pausedUntil()).toBeNull();
  });

  it('tells its listeners of a pause set in this tab, one set in another tab, and the end of a pause', async () => {
    const items = new Map<string, string>();
    const page = fakePage(items);
    const platform = createBrowserPlatform(page.win);
    const heard: (number | null)[] = [];
    const off = platform.reminders.onPauseChanged((until) => heard.push(until));

    await platform.reminders.pause(berlin('08:00'));
    // another tab writes a later pause into the shared storage; the browser tells this one
    const other = fakePage(items, (key, newValue) =>
      page.win.dispatchEvent(Object.assign(new Event('storage'), { key, newValue })),
    );
    await createBrowserPlatform(other.win).reminders.pause(berlin('08:30'));
    expect(heard).toEqual([berlin('08:00'), berlin('08:30')]);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(heard).toEqual([berlin('08:00'), berlin('08:30'), null]);

    off();
    await platform.reminders.pause(berlin('09:00'));
    expect(heard).toHaveLength(3);
  });
});
