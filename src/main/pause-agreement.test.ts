// The reminders pause has one owner, main's engine: the tray, Settings (over IPC) and a restart agree about it.
import { EventEmitter } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { berlinAt, dailyMagnesium } from '../../tests/support/reminder-fixtures';
import { localTimeAt } from '@shared/dates/calendar';

type Listener = (event: unknown, ...args: unknown[]) => unknown;
const ipcHandlers = new Map<string, Listener>();
const powerMonitor = new EventEmitter();

class FakeTray {
  static current: FakeTray | null = null;
  menu: MenuItemConstructorOptions[] = [];
  destroyed = false;
  constructor() {
    FakeTray.current = this;
  }
  setToolTip() {}
  setContextMenu(menu: MenuItemConstructorOptions[]) {
    this.menu = menu;
  }
  on() {}
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
  }
}

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener),
    removeHandler: (channel: string) => ipcHandlers.delete(channel),
  },
  powerMonitor,
  Notification: Object.assign(class {}, { isSupported: () => false }),
  Tray: FakeTray,
  // The fake tray keeps the template itself, so the test reads labels and `enabled` as main built them.
  Menu: { buildFromTemplate: (template: MenuItemConstructorOptions[]) => template },
  nativeImage: { createFromPath: () => ({}) },
}));

const { setSenderPolicy } = await import('./ipc');
const { registerReminders } = await import('./reminders');
const { registerTray } = await import('./tray');

const at = berlinAt;
const payload = dailyMagnesium();
// The tray shows times in the zone reminders use (the rules'), and the system's only before any rules.
const SYSTEM_ZONE = 'America/New_York';

/** Main as index.ts wires it: the engine, and the tray reading and setting the engine's pause. */
function startMain(userDataPath: string) {
  const webContents = { send: vi.fn(), isDestroyed: () => false };
  const win = { show: vi.fn(), focus: vi.fn(), isDestroyed: () => false, webContents };
  const outbox = { enqueue: vi.fn(), markRendererReady: vi.fn(), deliverPending: vi.fn(), ack: vi.fn() };
  const reminders = registerReminders({
    outbox: outbox as never,
    getWindow: () => win as never,
    userDataPath,
  });
  const tray = registerTray({
    iconPath: 'tray.png',
    reminders,
    handlers: { open: vi.fn(), done: vi.fn(), snooze: vi.fn(), quit: vi.fn() },
    systemTimeZone: () => SYSTEM_ZONE,
  });
  const invoke = (channel: string, arg?: unknown) =>
    Promise.resolve(ipcHandlers.get(channel)!({ sender: { id: 1 } }, arg));
  const pauseMenu = () => {
    const item = FakeTray.current!.menu.find((entry) =>
      /Pause reminders|paused until/.test(entry.label ?? ''),
    );
    return { label: item!.label, items: item!.submenu as MenuItemConstructorOptions[] };
  };
  const clickTray = (label: string) => {
    const item = pauseMenu().items.find((entry) => entry.label === label)!;
    (item.click as () => void)();
  };
  /** What each place says: the tray's label and Resume, Settings' answer, the last event to the page. */
  async function views() {
    const { label, items } = pauseMenu();
    const pauseEvents = webContents.send.mock.calls.filter(
      ([channel]) => channel === 'reminders:pause-changed',
    );
    return {
      tray: label,
      resumeOffered: items.find((entry) => entry.label === 'Resume reminders')!.enabled,
      settings: ((await invoke('reminders:get-pause')) as { untilEpochMs: number | null }).untilEpochMs,
      lastEventToPage:
        pauseEvents.length > 0 ? (pauseEvents.at(-1)![1] as { untilEpochMs: unknown }) : 'none',
    };
  }
  return {
    invoke,
    clickTray,
    views,
    stop() {
      tray.destroy();
      reminders.dispose();
    },
  };
}

/** What each place says while reminders run; `lastEventToPage` is 'none' before any change. */
const running = (lastEventToPage: { untilEpochMs: null } | 'none') => ({
  tray: 'Pause reminders',
  resumeOffered: false,
  settings: null,
  lastEventToPage,
});
const paused = (untilEpochMs: number, trayZone = payload.settings.timeZone) => ({
  tray: `Reminders paused until ${localTimeAt(untilEpochMs, trayZone)}`,
  resumeOffered: true,
  settings: untilEpochMs,
  lastEventToPage: { untilEpochMs },
});

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(at('07:58'));
  ipcHandlers.clear();
  powerMonitor.removeAllListeners();
  setSenderPolicy(() => true);
});
afterEach(() => vi.useRealTimers());

describe('one reminders pause', () => {
  it('is the same in the tray, in Settings and after a restart, whoever set it, until it ends', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'sw-pause-'));
    let main = startMain(userData);
    await main.invoke('reminders:set-rules', payload);
    expect(await main.views()).toEqual(running('none'));

    // From the tray: Settings (open or not) hears of it.
    main.clickTray('For 1 hour');
    expect(await main.views()).toEqual(paused(at('08:58')));

    // From Settings: the tray follows at once, with Resume on offer.
    await main.invoke('reminders:pause', { untilEpochMs: at('10:30') });
    expect(await main.views()).toEqual(paused(at('10:30')));

    // A restart: the engine comes back from its state file, and the tray with it.
    main.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    main = startMain(userData);
    expect(await main.views()).toEqual({ ...paused(at('10:30')), lastEventToPage: 'none' });

    // It ends on time, everywhere.
    await vi.advanceTimersByTimeAsync(at('10:30') - Date.now() - 1);
    expect((await main.views()).settings).toBe(at('10:30'));
    await vi.advanceTimersByTimeAsync(1);
    expect(await main.views()).toEqual(running({ untilEpochMs: null }));

    // Set in Settings, resumed from the tray.
    await main.invoke('reminders:pause', { untilEpochMs: at('12:00') });
    expect(await main.views()).toEqual(paused(at('12:00')));
    main.clickTray('Resume reminders');
    expect(await main.views()).toEqual(running({ untilEpochMs: null }));
    main.stop();
  });

  it('ends in the tray and Settings on time before the page has sent any rules', async () => {
    const main = startMain(mkdtempSync(join(tmpdir(), 'sw-pause-')));
    // Ends between two of the engine's half-minute ticks.
    const until = at('08:10') + 10_000;
    await main.invoke('reminders:pause', { untilEpochMs: until });
    expect(await main.views()).toEqual(paused(until, SYSTEM_ZONE));
    await vi.advanceTimersByTimeAsync(until - Date.now());
    expect(await main.views()).toEqual(running({ untilEpochMs: null }));
    main.stop();
  });

  it('is over after a restart when it ended while the app was closed', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'sw-pause-'));
    const before = startMain(userData);
    before.clickTray('For 1 hour');
    before.stop();
    vi.setSystemTime(at('09:30'));
    const after = startMain(userData);
    expect(await after.views()).toEqual(running('none'));
    after.stop();
  });

  it('refuses a pause no clock could show, and keeps the one in force', async () => {
    const main = startMain(mkdtempSync(join(tmpdir(), 'sw-pause-')));
    main.clickTray('For 1 hour');
    await expect(main.invoke('reminders:pause', { untilEpochMs: 9e15 })).rejects.toThrow(/malformed/);
    expect(await main.views()).toEqual(paused(at('08:58'), SYSTEM_ZONE));
    main.stop();
  });

  it('drops a pause no clock could show from a state file edited by hand, and can pause again', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'sw-pause-'));
    const state = {
      version: 1,
      fired: {},
      snoozes: {},
      nags: {},
      acknowledged: {},
      pausedUntilEpochMs: 9e15,
    };
    writeFileSync(join(userData, 'reminder-state.json'), JSON.stringify(state));
    const main = startMain(userData);
    expect(await main.views()).toEqual(running('none'));
    main.clickTray('For 1 hour');
    expect(await main.views()).toEqual(paused(at('08:58'), SYSTEM_ZONE));
    main.stop();
  });
});
