import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReminderBanner, ReminderRulesPayload } from '@shared/ipc/contract';
import { instantOfLocalTime } from '@shared/dates/calendar';
import { BANNER_EVENT } from './banner-event';
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

function fakeWindow(storage: Map<string, string>) {
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
      setItem: (k: string, v: string) => storage.set(k, v),
    },
  });
  return { win: win as unknown as Window, banners, document };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(instantOfLocalTime('2026-06-15', '07:59', 'Europe/Berlin'));
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
});
