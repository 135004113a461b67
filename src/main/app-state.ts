// App-wide main-process flags: quitting, close-to-tray and the reminders pause, in one small module.

export interface AppState {
  /** Set once a quit has been decided (after the flush handshake); closing the window then really closes it. */
  quitting: boolean;
  /** From the renderer's `settings:set-desktop`: closing the window hides it to the tray (true) or quits (false). */
  closeToTray: boolean;
  /** Reminders are paused until this instant; null when they run. */
  remindersPausedUntilEpochMs: number | null;
}

export function createAppState(): AppState {
  return { quitting: false, closeToTray: true, remindersPausedUntilEpochMs: null };
}

/** The one instance the main process shares between its modules. */
export const appState: AppState = createAppState();
