// The app-level IPC handlers: renderer ready, flush done, action acks, tray summary, external links, desktop settings.
import type { DesktopSettings, TraySummary } from '@shared/ipc/contract';
import type { AppState } from './app-state';
import { handle } from './ipc';
import type { Outbox } from './outbox';

/** Passed at login so the app starts hidden in the tray (Windows; macOS and Linux start it normally). */
export const START_HIDDEN_ARG = '--hidden';

export interface IpcDeps {
  state: AppState;
  outbox: Outbox;
  setTraySummary: (summary: TraySummary) => void;
  flushDone: () => void;
  openExternal: (url: string) => Promise<boolean>;
  setOpenAtLogin: (settings: { openAtLogin: boolean; args: string[] }) => void;
  saveDesktopSettings: (settings: DesktopSettings) => void;
}

export function registerIpc(deps: IpcDeps): void {
  handle('app:renderer-ready', () => {
    deps.outbox.markRendererReady(true);
    deps.outbox.deliverPending();
  });
  handle('app:flush-done', () => deps.flushDone());
  handle('reminder:ack-action', (actionId) => deps.outbox.ack(actionId));
  handle('tray:set-summary', (summary) => deps.setTraySummary(summary));
  handle('shell:open-external', (url) => deps.openExternal(url));
  handle('settings:set-desktop', (settings) => {
    deps.state.closeToTray = settings.closeToTray;
    deps.saveDesktopSettings(settings);
    deps.setOpenAtLogin({
      openAtLogin: settings.openAtLogin,
      args: settings.openAtLogin ? [START_HIDDEN_ARG] : [],
    });
  });
}
