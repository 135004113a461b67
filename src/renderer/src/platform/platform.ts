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
import type { DataPlatform } from './data-platform';

/** Files and backups come from the data seam (`data-platform.ts`), agreed with main's side. */
export interface Platform extends DataPlatform {
  kind: 'electron' | 'browser';
  print(request: PrintRequest): Promise<PrintResult>;
  reminders: {
    /** Hand the current rules and settings to the reminder engine; it names the rules it refused. */
    sync(payload: ReminderRulesPayload): Promise<ReminderSyncResult>;
    pause(untilEpochMs: number | null): Promise<void>;
    /** Until when reminders are paused (from the tray, Settings or before a restart), or null. */
    pausedUntil(): Promise<number | null>;
    /** Calls back whenever the pause in force changes, wherever it was set, and when it ends. */
    onPauseChanged(listener: (untilEpochMs: number | null) => void): () => void;
    /** The action was recorded in Dexie; it can leave the outbox. */
    ack(actionId: string): Promise<void>;
  };
  tray: { setSummary(summary: TraySummary): Promise<void> };
  /** Launch at login and close-to-tray (desktop only). */
  setDesktopSettings(settings: DesktopSettings): Promise<void>;
  /** Done / Snooze chosen outside the page (the tray or a system notification). */
  onReminderAction(listener: (action: ReminderAction) => void): () => void;
  /** The app is about to quit: flush writes, then resolve. */
  onFlushRequest(listener: () => Promise<void>): () => void;
  onNavigate(listener: (route: string) => void): () => void;
  /** Called once the renderer has subscribed; pending actions are delivered after it. */
  ready(): Promise<void>;
}
