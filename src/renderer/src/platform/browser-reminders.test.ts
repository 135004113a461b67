import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePage } from '../../../../tests/support/fake-page';
import { fakeWebLocks } from '../../../../tests/support/fake-web-locks';
import { berlinAt, dailyMagnesium } from '../../../../tests/support/reminder-fixtures';
import { createBrowserPlatform } from './browser';
import { createBrowserReminderEngine } from './browser-reminders';

const payload = dailyMagnesium();
const berlin = berlinAt;

/** Tabs of one origin: one localStorage, whose writes reach the other tabs as `storage` events. */
function fakeTabs() {
  const storage = new Map<string, string>();
  const locks = fakeWebLocks();
  const windows: EventTarget[] = [];
  return {
    open() {
      const tab = fakePage(storage, (key, newValue) => {
        for (const other of windows)
          if (other !== tab.win) other.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
      });
      windows.push(tab.win);
      const engine = createBrowserReminderEngine({ win: tab.win, locks });
      return { ...tab, engine };
    },
  };
}

const twoReminders = dailyMagnesium(['08:00', '08:05']);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(berlin('07:59'));
});
afterEach(() => vi.useRealTimers());

describe('browser reminder engine', () => {
  it('shows an in-app banner at the due time when notifications are not allowed, once', async () => {
    const { win, banners } = fakePage(new Map());
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
    const first = fakePage(storage);
    const engine = createBrowserReminderEngine({ win: first.win });
    engine.sync(payload);
    await vi.advanceTimersByTimeAsync(60_000);
    engine.dispose();
    const second = fakePage(storage);
    const reloaded = createBrowserReminderEngine({ win: second.win });
    reloaded.sync(payload);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(second.banners).toEqual([]);
    reloaded.dispose();
  });

  it('catches up when the tab becomes visible again after its timers were throttled', () => {
    const { win, banners, document } = fakePage(new Map());
    const engine = createBrowserReminderEngine({ win });
    engine.sync(payload);
    vi.setSystemTime(berlin('08:00') + 20_000);
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
