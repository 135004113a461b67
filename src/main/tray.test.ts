import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { instantOfLocalTime } from '@shared/dates/calendar';
import type { TraySummary } from '@shared/ipc/contract';

class FakeTray {
  static last: FakeTray;
  tooltip = '';
  menu: MenuItemConstructorOptions[] = [];
  constructor() {
    FakeTray.last = this;
  }
  setToolTip(text: string) {
    this.tooltip = text;
  }
  setContextMenu(menu: MenuItemConstructorOptions[]) {
    this.menu = menu;
  }
  on() {}
  isDestroyed = () => false;
  destroy() {}
}

vi.mock('electron', () => ({
  Tray: FakeTray,
  Menu: { buildFromTemplate: (template: MenuItemConstructorOptions[]) => template },
  nativeImage: { createFromPath: () => ({}) },
}));

const { registerTray } = await import('./tray');

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
// 14:00 in Berlin is 08:00 in New York on this day.
const NOW = instantOfLocalTime('2026-06-15', '14:00', BERLIN);
const summary: TraySummary = {
  doneCount: 1,
  totalCount: 2,
  due: [],
  nextReminder: { title: 'Magnesium', atEpochMs: instantOfLocalTime('2026-06-15', '20:00', BERLIN) },
};

function setup(rulesZone: string | null, systemZone: string) {
  let zone = rulesZone;
  const zoneListeners = new Set<(timeZone: string) => void>();
  const pause = vi.fn();
  const reminders = {
    pause,
    pausedUntil: () => NOW + 3_600_000,
    onPauseChanged: () => () => {},
    timeZone: () => zone,
    onTimeZoneChanged(listener: (timeZone: string) => void) {
      zoneListeners.add(listener);
      return () => void zoneListeners.delete(listener);
    },
  };
  const tray = registerTray({
    iconPath: 'tray.png',
    handlers: { open: vi.fn(), done: vi.fn(), snooze: vi.fn(), quit: vi.fn() },
    reminders,
    now: () => NOW,
    systemTimeZone: () => systemZone,
  });
  tray.setSummary(summary);
  const moveRules = (next: string) => {
    zone = next;
    for (const listener of zoneListeners) listener(next);
  };
  return { tray, pause, moveRules };
}

const pauseItem = () => FakeTray.last.menu.find((item) => /Reminders paused/.test(item.label ?? ''))!;
function pauseUntilTomorrow() {
  const submenu = pauseItem().submenu as MenuItemConstructorOptions[];
  (submenu.find((item) => item.label === 'Until tomorrow')!.click as () => void)();
}

afterEach(() => vi.restoreAllMocks());

describe('registerTray', () => {
  it.each([
    // Reminders keep home time while the system is away: the tray reads Berlin's clock, not New York's.
    ['kept home time (Berlin) on a system in New York', BERLIN, NEW_YORK, '20:00', '15:00', '2026-06-16'],
    // Reminders followed the system to New York.
    ['followed the system to New York', NEW_YORK, NEW_YORK, '14:00', '09:00', '2026-06-16'],
    // No rules yet: the system's zone is all there is.
    ['have not been sent yet, on a system in New York', null, NEW_YORK, '14:00', '09:00', '2026-06-16'],
  ])(
    'shows times in the zone reminders use when they %s',
    (_, rulesZone, systemZone, nextAt, pausedUntil, tomorrow) => {
      const { tray, pause } = setup(rulesZone, systemZone);
      expect(FakeTray.last.tooltip).toBe(`Steadyweek — 1 of 2 done · next: Magnesium at ${nextAt}`);
      expect(pauseItem().label).toBe(`Reminders paused until ${pausedUntil}`);
      pauseUntilTomorrow();
      expect(pause).toHaveBeenCalledWith(instantOfLocalTime(tomorrow, '00:00', rulesZone ?? systemZone));
      tray.destroy();
    },
  );

  it('rebuilds with the new zone when the rules move to another zone', () => {
    const { tray, moveRules } = setup(BERLIN, NEW_YORK);
    expect(FakeTray.last.tooltip).toMatch(/at 20:00$/);
    moveRules(NEW_YORK);
    expect(FakeTray.last.tooltip).toMatch(/at 14:00$/);
    expect(pauseItem().label).toBe('Reminders paused until 09:00');
    tray.destroy();
  });
});
