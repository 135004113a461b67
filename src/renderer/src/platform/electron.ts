// Platform over the preload API (the desktop app).
import type { SteadyweekApi } from '@shared/ipc/contract';
import { BANNER_EVENT } from './banner-event';
import type { Platform } from './platform';

export function createElectronPlatform(api: SteadyweekApi): Platform {
  // Main's fallback when the system has no notifications: the in-app banner shows it.
  api.onReminderBanner?.((banner) => window.dispatchEvent(new CustomEvent(BANNER_EVENT, { detail: banner })));
  return {
    kind: 'electron',
    print: (request) => api.printPage(request),
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
    files: {
      save: (files) => api.saveFiles(files),
      open: () => api.openFile(),
    },
    backups: {
      write: (reason, text) => api.writeBackup(reason, text),
      list: () => api.listBackups(),
      read: (id) => api.readBackup(id),
      due: () => api.dueBackups(),
      marker: () => api.getRowMarker(),
      setMarker: (marker) => api.setRowMarker(marker),
    },
  };
}
