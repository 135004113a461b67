// The renderer's only door to the outside world. Electron and the browser each implement it.
import type {
  DesktopSettings,
  PrintRequest,
  PrintResult,
  ReminderAction,
  ReminderRulesPayload,
  ReminderSyncResult,
  TraySummary,
} from '@shared/ipc/contract';

export interface Platform {
  kind: 'electron' | 'browser';
  /** Show a notification now (browser: Web Notifications or an in-app banner). */
  notify(title: string, body: string): Promise<void>;
  print(request: PrintRequest): Promise<PrintResult>;
  reminders: {
    /** Hand the current rules and settings to the reminder engine; it names the rules it refused. */
    sync(payload: ReminderRulesPayload): Promise<ReminderSyncResult>;
    pause(untilEpochMs: number | null): Promise<void>;
    /** Until when reminders are paused (from the tray, Settings or before a restart), or null. */
    pausedUntil(): Promise<number | null>;
    /** The action was recorded in Dexie; it can leave the outbox. */
    ack(actionId: string): Promise<void>;
  };
  tray: { setSummary(summary: TraySummary): Promise<void> };
  openExternal(url: string): Promise<boolean>;
  /** Launch at login and close-to-tray (desktop only). */
  setDesktopSettings(settings: DesktopSettings): Promise<void>;
  /** Done / Snooze chosen outside the page (tray, notification, in-page engine). */
  onReminderAction(listener: (action: ReminderAction) => void): () => void;
  /** The app is about to quit: flush writes, then resolve. */
  onFlushRequest(listener: () => Promise<void>): () => void;
  onNavigate(listener: (route: string) => void): () => void;
  /** Called once the renderer has subscribed; pending actions are delivered after it. */
  ready(): Promise<void>;
}
