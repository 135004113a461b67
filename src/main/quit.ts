// Quit after the renderer has flushed its writes: ask, wait for the answer (or a timeout), then really quit.
import type { AppState } from './app-state';

export const FLUSH_TIMEOUT_MS = 3000;

export interface QuitControllerDeps {
  state: Pick<AppState, 'quitting'>;
  /** Sends `app:flush-request`; false when there is no renderer to ask. */
  requestFlush: () => boolean;
  /** Really quits (app.quit()). */
  quit: () => void;
  timeoutMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface QuitController {
  /** Every Quit (tray, menu, Cmd/Ctrl+Q, closing with close-to-tray off, before-quit) comes here. */
  requestQuit(): void;
  /** The renderer answered `app:flush-done`. */
  flushDone(): void;
}

export function createQuitController(deps: QuitControllerDeps): QuitController {
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let timer: unknown = null;
  let flushing = false;

  function finish() {
    if (timer !== null) clearTimer(timer);
    timer = null;
    flushing = false;
    deps.state.quitting = true;
    deps.quit();
  }

  return {
    requestQuit() {
      if (deps.state.quitting) return deps.quit();
      if (flushing) return;
      flushing = true;
      let asked = false;
      try {
        asked = deps.requestFlush();
      } catch {
        asked = false;
      }
      // A renderer that never answers must not keep the app from quitting.
      if (asked) timer = setTimer(finish, deps.timeoutMs ?? FLUSH_TIMEOUT_MS);
      else finish();
    },
    flushDone() {
      if (flushing) finish();
    },
  };
}

export type CloseDecision = 'close' | 'hide' | 'quit';

/** What closing the main window does: hide to the tray, start a quit, or (while quitting) really close. */
export function decideClose(state: Pick<AppState, 'quitting' | 'closeToTray'>): CloseDecision {
  if (state.quitting) return 'close';
  return state.closeToTray ? 'hide' : 'quit';
}
