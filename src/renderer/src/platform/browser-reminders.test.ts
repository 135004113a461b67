import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReminderBanner, ReminderRulesPayload } from '@shared/ipc/contract';
import { instantOfLocalTime } from '@shared/recurrence/zoned-time';
import { fakeWebLocks } from '../../../../tests/support/fake-web-locks';
import { BANNER_EVENT } from './banner-event';
import { createBrowserPlatform } from './browser';
import { createBrowserReminderEngine } from './browser-reminders';

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

const berlin = (time: string) => instantOfLocalTime('2026-06-15', time, 'Europe/Berlin');
/** A page; `onWrite` is told of each localStorage write (another tab then gets a `storage` event). */
function fakeWindow(storage: Map<string, string>, onWrite?: (key: string, value: string) => void) {
  const events = new EventTarget();
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const banners: ReminderBanner[] = [];
  events.addEventListener(BANNER_EVENT, (event) =>
    banners.push((event as CustomEvent<ReminderBanner>).detail),
  );
  const win = Object.assign(events, {
    document,
    location: { hash: '' },
    focus: () => undefined,
    localStorage: {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => {
        storage.set(k, v);
        onWrite?.(k, v);
      },
    },
  });
  return { win: win as unknown as Window, banners, document };
}

/** Tabs of one origin: one localStorage, whose writes reach the other tabs as `storage` events. */
function fakeTabs() {
  const storage = new Map<string, string>();
  const locks = fakeWebLocks();
  const windows: EventTarget[] = [];
  return {
    open() {
      const tab = fakeWindow(storage, (key, newValue) => {
        for (const other of windows)
          if (other !== tab.win) other.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
      });
      windows.push(tab.win);
      const engine = createBrowserReminderEngine({ win: tab.win, locks });
      return { ...tab, engine };
    },
  };
}

const twoReminders: ReminderRulesPayload = {
  ...payload,
  rules: [{ ...payload.rules[0]!, schedule: { kind: 'daily', times: ['08:00', '08:05'] } }],
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(berlin('07:59'));
});
afterEach(() => vi.useRealTimers());

describe('browser reminder engine', () => {
  it('shows an in-app banner at the due time when notifications are not allowed, once', async () => {
    const { win, banners } = fakeWindow(new Map());
    const engine = createBrowserReminderEngine({ win });
    engine.sync(payload);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(banners.map((b) => [b.title, b.route])).toEqual([
      ['Magnesium', `#/today?item=${encodeURIComponent('mg|2026-06-15|08:00')}`],
    ]);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(banners).toHaveLength(1);
    engine.dispose();
  });

  it('does not show it again after the page reloads (state kept in storage)', async () => {
    const storage = new Map<string, string>();
    const first = fakeWindow(storage);
    const engine = createBrowserReminderEngine({ win: first.win });
    engine.sync(payload);
    await vi.advanceTimersByTimeAsync(60_000);
    engine.dispose();
    const second = fakeWindow(storage);
    const reloaded = createBrowserReminderEngine({ win: second.win });
    reloaded.sync(payload);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(second.banners).toEqual([]);
    reloaded.dispose();
  });

  it('catches up when the tab becomes visible again after its timers were throttled', () => {
    const { win, banners, document } = fakeWindow(new Map());
    const engine = createBrowserReminderEngine({ win });
    engine.sync(payload);
    vi.setSystemTime(instantOfLocalTime('2026-06-15', '08:00', 'Europe/Berlin') + 20_000);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(banners).toHaveLength(1);
    engine.dispose();
  });

  it('shows a reminder once across two open tabs: only the tab that leads runs the engine', async () => {
    const tabs = fakeTabs();
    const first = tabs.open();
    const second = tabs.open();
    first.engine.sync(payload);
    second.engine.sync(payload);
    second.document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(first.banners.map((b) => b.title)).toEqual(['Magnesium']);
    expect(second.banners).toEqual([]);
    first.engine.dispose();
    second.engine.dispose();
  });

  it('lets the next tab take over when the leading one closes, without repeating what it showed', async () => {
    const tabs = fakeTabs();
    const first = tabs.open();
    const second = tabs.open();
    first.engine.sync(twoReminders);
    second.engine.sync(twoReminders);
    await vi.advanceTimersByTimeAsync(60_000);
    first.engine.dispose();
    await vi.advanceTimersByTimeAsync(6 * 60_000);
    expect(first.banners.map((b) => b.body)).toEqual(['Planned for 08:00.']);
    expect(second.banners.map((b) => b.body)).toEqual(['Planned for 08:05.']);
    second.engine.dispose();
  });

  it('keeps a pause set in a tab that does not lead: the leading tab shows nothing', async () => {
    const tabs = fakeTabs();
    const first = tabs.open();
    const second = tabs.open();
    const secondPlatform = createBrowserPlatform(second.win);
    secondPlatform.attachReminderEngine(second.engine);
    first.engine.sync(payload);
    await secondPlatform.reminders.sync(payload);
    await vi.advanceTimersByTimeAsync(0);
    await secondPlatform.reminders.pause(berlin('09:00'));
    await vi.advanceTimersByTimeAsync(2 * 3_600_000);
    expect([...first.banners, ...second.banners]).toEqual([]);
    expect(await secondPlatform.reminders.pausedUntil()).toBeNull();
    first.engine.dispose();
    second.engine.dispose();
  });
});
