// Platform over the preload API (the desktop app).
import type { SteadyweekApi } from '@shared/ipc/contract';
import { BANNER_EVENT } from './banner-event';
import type { Platform } from './platform';

export function createElectronPlatform(api: SteadyweekApi): Platform {
  // Main's fallback when the system has no notifications: the in-app banner shows it.
  api.onReminderBanner?.((banner) => window.dispatchEvent(new CustomEvent(BANNER_EVENT, { detail: banner })));
  return {
    kind: 'electron',
    print: (request) => api.printWeek(request),
    reminders: {
      sync: (payload) => api.setReminderRules(payload),
      pause: (untilEpochMs) => api.pauseReminders(untilEpochMs),
      pausedUntil: () => api.getReminderPause().then(({ untilEpochMs }) => untilEpochMs),
      onPauseChanged: (listener) => api.onReminderPauseChanged(listener),
      ack: (actionId) => api.ackReminderAction(actionId),
    },
    tray: { setSummary: (summary) => api.setTraySummary(summary) },
    setDesktopSettings: (settings) => api.setDesktopSettings(settings),
    onReminderAction: (listener) => api.onReminderAction(listener),
    onFlushRequest: (listener) =>
      api.onFlushRequest(() => {
        void listener().finally(() => api.flushDone());
      }),
    onNavigate: (listener) => api.onNavigate(listener),
    ready: () => api.rendererReady(),
    // Merge placeholder: the backups branch brings main's dialogs and backup store; the lead replaces these.
    files: {
      save: () => Promise.reject(new Error('Desktop files arrive with the backups branch')),
      open: () => Promise.reject(new Error('Desktop files arrive with the backups branch')),
    },
    backups: {
      write: () => Promise.reject(new Error('Desktop files arrive with the backups branch')),
      list: () => Promise.reject(new Error('Desktop files arrive with the backups branch')),
      read: () => Promise.reject(new Error('Desktop files arrive with the backups branch')),
      marker: () => Promise.reject(new Error('Desktop files arrive with the backups branch')),
      setMarker: () => Promise.reject(new Error('Desktop files arrive with the backups branch')),
    },
  };
}
