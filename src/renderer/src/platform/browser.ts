// Platform for plain browsers (`npm run web`): Web Notifications, window.print(), in-page reminders.
import type { ReminderRulesPayload } from '@shared/ipc/contract';
import { ENGINE_STATE_KEY, storedPauseUntil, storePause } from './engine-state-key';
import { createBrowserFiles } from './browser-files';
import type { Platform } from './platform';

type PauseListener = (untilEpochMs: number | null) => void;

/** setTimeout's longest delay; a later pause end is checked again after it. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Hook for the in-page reminder engine (set by the reminders feature when it starts). */
export interface BrowserReminderEngine {
  sync(payload: ReminderRulesPayload): void;
  /** The pause changed in this tab (already in storage): the engine takes it if this tab leads. */
  pause(untilEpochMs: number | null): void;
}

export function createBrowserPlatform(win: Window = window): Platform & {
  attachReminderEngine(engine: BrowserReminderEngine): void;
} {
  let engine: BrowserReminderEngine | null = null;
  let lastRules: ReminderRulesPayload | null = null;

  // Settings follows the stored pause: this tab's changes, other tabs' (the `storage` event), its end.
  const pauseListeners = new Set<PauseListener>();
  let announcedPause: number | null = null;
  let pauseEndTimer: ReturnType<typeof setTimeout> | null = null;
  const pausedUntil = () => storedPauseUntil(win.localStorage, Date.now());
  function announcePause() {
    const current = pausedUntil();
    if (pauseEndTimer !== null) clearTimeout(pauseEndTimer);
    pauseEndTimer =
      current === null ? null : setTimeout(announcePause, Math.min(current - Date.now(), MAX_TIMER_MS));
    if (current === announcedPause) return;
    announcedPause = current;
    for (const listener of pauseListeners) listener(current);
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key === ENGINE_STATE_KEY) announcePause();
  };

  return {
    kind: 'browser',
    async print() {
      win.print();
      return { status: 'printed', path: null, message: 'Sent to the browser’s print dialog.' };
    },
    reminders: {
      async sync(payload) {
        // The same per-rule check as main, loaded with the first sync (zod stays out of the first screen).
        const { splitReminderRules } = await import('@shared/ipc/contract');
        const { rules, refused } = splitReminderRules(payload.rules);
        lastRules = { ...payload, rules };
        engine?.sync(lastRules);
        return { refused };
      },
      async pause(untilEpochMs) {
        // Stored first, so the tab that leads the engine (this one, another, or one that leads later) has it.
        storePause(win.localStorage, untilEpochMs);
        engine?.pause(untilEpochMs);
        announcePause();
      },
      async pausedUntil() {
        return pausedUntil();
      },
      onPauseChanged(listener) {
        if (pauseListeners.size === 0) {
          announcedPause = pausedUntil();
          win.addEventListener('storage', onStorage);
          announcePause();
        }
        pauseListeners.add(listener);
        return () => {
          pauseListeners.delete(listener);
          if (pauseListeners.size > 0) return;
          win.removeEventListener('storage', onStorage);
          if (pauseEndTimer !== null) clearTimeout(pauseEndTimer);
        };
      },
      async ack() {
        // Actions raised in the page are applied directly; there is no outbox to clear.
      },
    },
    tray: {
      async setSummary(summary) {
        const progress = `${summary.doneCount}/${summary.totalCount}`;
        win.document.title = summary.totalCount > 0 ? `(${progress}) Steadyweek` : 'Steadyweek';
      },
    },
    async setDesktopSettings() {
      // Not available in a browser; the Settings screen says so.
    },
    onReminderAction() {
      // The page's own banner and notifications record Done and Snooze directly: nothing arrives from outside.
      return () => undefined;
    },
    onFlushRequest(listener) {
      const handler = () => void listener();
      win.addEventListener('pagehide', handler);
      return () => win.removeEventListener('pagehide', handler);
    },
    onNavigate() {
      // A notification click in the page sets the route itself: nothing outside asks to navigate.
      return () => undefined;
    },
    async ready() {},
    files: createBrowserFiles(win),
    // No backups folder in a browser: Settings offers download and upload, and a weekly reminder to download.
    backups: null,
    attachReminderEngine(next) {
      engine = next;
      if (lastRules) next.sync(lastRules);
    },
  };
}
