// The tray icon: tooltip and context menu from today's summary and the reminders pause, rebuilt whenever either changes.
import { Menu, Tray, nativeImage } from 'electron';
import type { TraySummary } from '@shared/ipc/contract';
import type { ReminderPause } from './reminders';
import { buildTrayMenuTemplate, formatTrayTooltip, type TrayMenuHandlers } from './tray-menu';

export interface TrayDeps {
  iconPath: string;
  handlers: Omit<TrayMenuHandlers, 'pause'>;
  /** The reminder engine, which owns the pause: the menu reads it, sets it and follows its changes. */
  reminders: ReminderPause;
  now?: () => number;
}

export interface AppTray {
  setSummary(summary: TraySummary): void;
  exists(): boolean;
  destroy(): void;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hour12: false });

function startOfTomorrowEpochMs(nowEpochMs: number): number {
  const date = new Date(nowEpochMs);
  date.setHours(24, 0, 0, 0);
  return date.getTime();
}

export function registerTray(deps: TrayDeps): AppTray {
  const now = deps.now ?? Date.now;
  const tray = new Tray(nativeImage.createFromPath(deps.iconPath));
  let summary: TraySummary | null = null;

  const handlers: TrayMenuHandlers = { ...deps.handlers, pause: (until) => deps.reminders.pause(until) };

  function refresh() {
    if (tray.isDestroyed()) return;
    const formatTime = (epochMs: number) => timeFormat.format(epochMs);
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
  refresh();

  return {
    setSummary(next) {
      summary = next;
      refresh();
    },
    exists: () => !tray.isDestroyed(),
    destroy() {
      offPause();
      tray.destroy();
    },
  };
}
