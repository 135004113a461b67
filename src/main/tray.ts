// The tray icon: tooltip and context menu from today's summary, rebuilt whenever it changes.
import { Menu, Tray, nativeImage } from 'electron';
import type { TraySummary } from '@shared/ipc/contract';
import { buildTrayMenuTemplate, formatTrayTooltip, type TrayMenuHandlers } from './tray-menu';

export interface TrayDeps {
  iconPath: string;
  handlers: TrayMenuHandlers;
  getPausedUntilEpochMs: () => number | null;
  now?: () => number;
}

export interface AppTray {
  setSummary(summary: TraySummary): void;
  /** Rebuilds the menu (e.g. after pausing reminders). */
  refresh(): void;
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

  function refresh() {
    if (tray.isDestroyed()) return;
    const formatTime = (epochMs: number) => timeFormat.format(epochMs);
    tray.setToolTip(formatTrayTooltip(summary, formatTime));
    const template = buildTrayMenuTemplate(summary, deps.handlers, {
      nowEpochMs: now(),
      pausedUntilEpochMs: deps.getPausedUntilEpochMs(),
      formatTime,
      startOfTomorrowEpochMs,
    });
    tray.setContextMenu(Menu.buildFromTemplate(template));
  }

  // A left click opens the window where the platform reports it (Windows, some Linux trays).
  tray.on('click', () => deps.handlers.open());
  refresh();

  return {
    setSummary(next) {
      summary = next;
      refresh();
    },
    refresh,
    exists: () => !tray.isDestroyed(),
    destroy: () => tray.destroy(),
  };
}
