// The tray icon: tooltip and context menu from today's summary and the reminders pause, rebuilt whenever either changes.
import { Menu, Tray, nativeImage } from 'electron';
import { addDays, instantOfLocalTime, localDateAt, localTimeAt } from '@shared/dates/calendar';
import type { TraySummary } from '@shared/ipc/contract';
import type { ReminderPause, ReminderZone } from './reminders';
import { buildTrayMenuTemplate, formatTrayTooltip, type TrayMenuHandlers } from './tray-menu';

export interface TrayDeps {
  iconPath: string;
  handlers: Omit<TrayMenuHandlers, 'pause'>;
  /**
   * The reminder engine, which owns the pause and the zone reminders use: the menu reads both, sets the
   * pause and follows changes to either.
   */
  reminders: ReminderPause & ReminderZone;
  now?: () => number;
  /** The system's zone, used until the renderer has sent rules. */
  systemTimeZone?: () => string;
}

export interface AppTray {
  setSummary(summary: TraySummary): void;
  exists(): boolean;
  destroy(): void;
}

const systemTimeZoneNow = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function registerTray(deps: TrayDeps): AppTray {
  const now = deps.now ?? Date.now;
  const systemTimeZone = deps.systemTimeZone ?? systemTimeZoneNow;
  const tray = new Tray(nativeImage.createFromPath(deps.iconPath));
  let summary: TraySummary | null = null;

  const handlers: TrayMenuHandlers = { ...deps.handlers, pause: (until) => deps.reminders.pause(until) };

  function refresh() {
    if (tray.isDestroyed()) return;
    // Times read as the reminders run: in the rules' zone, which after "keep home time" is not the system's.
    const zone = deps.reminders.timeZone() ?? systemTimeZone();
    const formatTime = (epochMs: number) => localTimeAt(epochMs, zone);
    const startOfTomorrowEpochMs = (nowEpochMs: number) =>
      instantOfLocalTime(addDays(localDateAt(nowEpochMs, zone), 1), '00:00', zone);
    tray.setToolTip(formatTrayTooltip(summary, formatTime));
    const template = buildTrayMenuTemplate(summary, handlers, {
      nowEpochMs: now(),
      pausedUntilEpochMs: deps.reminders.pausedUntil(),
      formatTime,
      startOfTomorrowEpochMs,
    });
    tray.setContextMenu(Menu.buildFromTemplate(template));
  }

  // A left click opens the window where the platform reports it (Windows, some Linux trays).
  tray.on('click', () => deps.handlers.open());
  const offPause = deps.reminders.onPauseChanged(refresh);
  const offZone = deps.reminders.onTimeZoneChanged(refresh);
  refresh();

  return {
    setSummary(next) {
      summary = next;
      refresh();
    },
    exists: () => !tray.isDestroyed(),
    destroy() {
      offPause();
      offZone();
      tray.destroy();
    },
  };
}
