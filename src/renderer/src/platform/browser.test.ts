import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReminderBanner, ReminderRulesPayload } from '@shared/ipc/contract';
import { instantOfLocalTime } from '@shared/recurrence/zoned-time';
import { BANNER_EVENT } from './banner-event';
import { createBrowserPlatform } from './browser';
import { createBrowserReminderEngine } from './browser-reminders';
import { ENGINE_STATE_KEY } from './engine-state-key';

const berlin = (time: string) => instantOfLocalTime('2026-06-15', time, 'Europe/Berlin');
const payload: ReminderRulesPayload = {
  settings: { timeZone: 'Europe/Berlin', quietHours: null, snoozeMinutes: 10, enabled: true },
  rules: [
    {
      routineId: 'mg',
      title: 'Magnesium',
      category: 'supplement',
      schedule: { kind: 'daily', times: ['08:00'] },
      startDate: '2026-01-01',
      endDate: null,
      paused: false,
      nag: null,
      settledOccurrences: [],
    },
  ],
};

function fakePage(items = new Map<string, string>()) {
  const banners: ReminderBanner[] = [];
  const win = Object.assign(new EventTarget(), {
    document: Object.assign(new EventTarget(), { visibilityState: 'visible' }),
    localStorage: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => items.set(key, value),
    },
  });
  win.addEventListener(BANNER_EVENT, (event) => banners.push((event as CustomEvent<ReminderBanner>).detail));
  return { win: win as unknown as Window, items, banners };
}

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
    const page = fakePage();
    const platform = createBrowserPlatform(page.win);
    const heard: (number | null)[] = [];
    const off = platform.reminders.onPauseChanged((until) => heard.push(until));

    await platform.reminders.pause(berlin('08:00'));
    // another tab writes a later pause into the shared storage; the browser tells this one
    const other = fakePage(page.items);
    await createBrowserPlatform(other.win).reminders.pause(berlin('08:30'));
    page.win.dispatchEvent(
      Object.assign(new Event('storage'), {
        key: ENGINE_STATE_KEY,
        newValue: page.items.get(ENGINE_STATE_KEY),
      }),
    );
    expect(heard).toEqual([berlin('08:00'), berlin('08:30')]);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(heard).toEqual([berlin('08:00'), berlin('08:30'), null]);

    off();
    await platform.reminders.pause(berlin('09:00'));
    expect(heard).toHaveLength(3);
  });
});
