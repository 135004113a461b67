// Platform for plain browsers (`npm run web`): Web Notifications, window.print(), in-page reminders.
import type { ReminderAction, ReminderRulesPayload } from '@shared/ipc/contract';
import { pauseInForce } from '@shared/reminders/pause';
import { BANNER_EVENT } from './banner-event';
import { storedPauseUntil } from './engine-state-key';
import type { Platform } from './platform';

type ActionListener = (action: ReminderAction) => void;

/** Hook for the in-page reminder engine (set by the reminders feature when it starts). */
export interface BrowserReminderEngine {
  sync(payload: ReminderRulesPayload): void;
  pause(untilEpochMs: number | null): void;
}

export function createBrowserPlatform(win: Window = window): Platform & {
  attachReminderEngine(engine: BrowserReminderEngine): void;
  emitReminderAction(action: ReminderAction): void;
} {
  const actionListeners = new Set<ActionListener>();
  let engine: BrowserReminderEngine | null = null;
  let lastRules: ReminderRulesPayload | null = null;
  // A pause asked for before the engine has loaded; the engine stores it once attached.
  let pendingPause: { until: number | null } | null = null;

  return {
    kind: 'browser',
    async notify(title, body) {
      const NotificationApi = (win as Window & typeof globalThis).Notification as
        typeof Notification | undefined;
      if (NotificationApi && NotificationApi.permission === 'granted') {
        new NotificationApi(title, { body });
        return;
      }
      win.dispatchEvent(new CustomEvent(BANNER_EVENT, { detail: { title, body } }));
    },
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
        if (engine) engine.pause(untilEpochMs);
        else pendingPause = { until: untilEpochMs };
      },
      async pausedUntil() {
        const now = Date.now();
        return pendingPause ? pauseInForce(pendingPause.until, now) : storedPauseUntil(win.localStorage, now);
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
    async openExternal(url) {
      if (!/^https:\/\//i.test(url)) return false;
      win.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    async setDesktopSettings() {
      // Not available in a browser; the Settings screen says so.
    },
    onReminderAction(listener) {
      actionListeners.add(listener);
      return () => actionListeners.delete(listener);
    },
    onFlushRequest(listener) {
      const handler = () => void listener();
      win.addEventListener('pagehide', handler);
      return () => win.removeEventListener('pagehide', handler);
    },
    onNavigate(listener) {
      const handler = (event: Event) => listener((event as CustomEvent<string>).detail);
      win.addEventListener('steadyweek:navigate', handler);
      return () => win.removeEventListener('steadyweek:navigate', handler);
    },
    async ready() {},
    attachReminderEngine(next) {
      engine = next;
      if (lastRules) next.sync(lastRules);
      if (pendingPause) next.pause(pendingPause.until);
      pendingPause = null;
    },
    emitReminderAction(action) {
      for (const listener of actionListeners) listener(action);
    },
  };
}
