// App-wide main-process flags: quitting and close-to-tray, in one small module (the reminders pause is the engine's).

export interface AppState {
  /** Set once a quit has been decided (after the flush handshake); closing the window then really closes it. */
  quitting: boolean;
  /** From the renderer's `settings:set-desktop`: closing the window hides it to the tray (true) or quits (false). */
  closeToTray: boolean;
}

export function createAppState(): AppState {
  return { quitting: false, closeToTray: true };
}

/** The one instance the main process shares between its modules. */
export const appState: AppState = createAppState();
