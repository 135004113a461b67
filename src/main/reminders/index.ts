// Main's reminders: rules from the renderer (persisted), the shared engine on a wall-clock timer, notifications and actions.
import { powerMonitor, type BrowserWindow } from 'electron';
import { pauseRequestSchema, splitReminderRules, type ReminderRulesPayload } from '@shared/ipc/contract';
import {
  acknowledgeOccurrence,
  pauseReminders,
  snoozeOccurrence,
  tick,
  TICK_INTERVAL_MS,
} from '@shared/reminders/engine';
import { pauseInForce } from '@shared/reminders/pause';
import { handle, send } from '../ipc';
import type { Outbox } from '../outbox';
import { createCoalescedWriter } from './coalesced-writer';
import { createNotifier } from './notifier';
import { loadRules, loadState, reminderFilePaths, saveJson } from './reminder-files';

export interface RegisterRemindersDeps {
  outbox: Outbox;
  getWindow: () => BrowserWindow | null;
  userDataPath: string;
  /** Injected clock for tests. */
  now?: () => number;
}

/** The one owner of the reminders pause: the tray and Settings read it here and hear when it changes. */
export interface ReminderPause {
  pause(untilEpochMs: number | null): void;
  /** The pause in force now, or null when reminders run. */
  pausedUntil(): number | null;
  /** Called whenever the pause in force changes: set from the tray or Settings, or ended. */
  onPauseChanged(listener: (untilEpochMs: number | null) => void): () => void;
}

/** The zone reminders are scheduled in: the one in the rules the renderer sent (the profile's). */
export interface ReminderZone {
  /** Null until the renderer has sent rules. */
  timeZone(): string | null;
  onTimeZoneChanged(listener: (timeZone: string) => void): () => void;
}

export interface RemindersHandle extends ReminderPause, ReminderZone {
  dispose(): void;
}

/** What the tray and IPC get when reminders could not start: nothing paused, no zone, nothing to stop. */
export const REMINDERS_UNAVAILABLE: RemindersHandle = {
  pause: () => {},
  pausedUntil: () => null,
  onPauseChanged: () => () => {},
  timeZone: () => null,
  onTimeZoneChanged: () => () => {},
  dispose: () => {},
};

/** Persist the tick time at least this often even when nothing else changed. */
const SAVE_EVERY_MS = 10 * 60_000;

export function registerReminders(deps: RegisterRemindersDeps): RemindersHandle {
  const now = deps.now ?? Date.now;
  const files = reminderFilePaths(deps.userDataPath);
  let payload: ReminderRulesPayload | null = loadRules(files.rules);
  let state = loadState(files.state);
  // A state file edited by hand could hold a pause no clock can show; it would break the tray and the tick.
  if (!pauseRequestSchema.safeParse({ untilEpochMs: state.pausedUntilEpochMs }).success)
    state = pauseReminders(state, null);
  let lastSavedAt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;
  const pausedUntil = () => pauseInForce(state.pausedUntilEpochMs, now());
  const pauseListeners = new Set<(untilEpochMs: number | null) => void>();
  const zoneListeners = new Set<(timeZone: string) => void>();
  let announcedPause = pausedUntil();

  const saveState = () => {
    saveJson(files.state, state);
    lastSavedAt = now();
  };

  const notifier = createNotifier(deps.getWindow, {
    onOpen(notice, route) {
      if (notice.kind === 'due') {
        state = acknowledgeOccurrence(state, notice.id, now());
        saveState();
      }
      const win = deps.getWindow();
      if (!win || win.isDestroyed()) return;
      win.show();
      win.focus();
      send(win.webContents, 'app:navigate', { route });
    },
    onDone(occurrence, id) {
      state = acknowledgeOccurrence(state, id, now());
      saveState();
      deps.outbox.enqueue({ occurrence, action: 'done', snoozeMinutes: null });
    },
    onSnooze(occurrence, id) {
      const minutes = payload?.settings.snoozeMinutes ?? 10;
      state = snoozeOccurrence(state, id, now() + minutes * 60_000);
      saveState();
      deps.outbox.enqueue({ occurrence, action: 'snooze', snoozeMinutes: minutes });
      runTick();
    },
  });

  // Every change to the pause passes through a tick (a pause, a resume, its end), so one check here tells all.
  function announcePause(): void {
    const current = pausedUntil();
    if (current === announcedPause) return;
    announcedPause = current;
    send(deps.getWindow()?.webContents, 'reminders:pause-changed', { untilEpochMs: current });
    for (const listener of pauseListeners) listener(current);
  }

  function runTick(): void {
    if (disposed) return;
    announcePause();
    // Without rules there is nothing to show, but the end of a pause is still news for the tray and Settings.
    if (!payload) return schedule(pausedUntil());
    const result = tick({ rules: payload.rules, settings: payload.settings, state, nowEpochMs: now() });
    state = result.state;
    // Saved before showing: a crash in between loses one notice rather than showing it twice.
    if (result.changed || result.notices.length > 0 || now() - lastSavedAt >= SAVE_EVERY_MS) saveState();
    for (const notice of result.notices) notifier.show(notice, payload.settings.snoozeMinutes);
    schedule(result.nextWakeEpochMs);
  }

  function schedule(nextWakeEpochMs: number | null): void {
    if (timer !== null) clearTimeout(timer);
    // At least every 30 s (the wall clock may jump), and exactly at the next due instant.
    const untilNext = nextWakeEpochMs === null ? TICK_INTERVAL_MS : nextWakeEpochMs - now();
    timer = setTimeout(runTick, Math.max(0, Math.min(TICK_INTERVAL_MS, untilNext)));
  }

  // The renderer sends rules on every data change: they reach disk at most once a second, from a timer.
  const rulesFile = createCoalescedWriter({
    filePath: files.rules,
    now,
    onError: (error) => console.error(`[reminders] could not save ${files.rules}`, error),
  });
  const offRules = handle('reminders:set-rules', (next) => {
    const { rules, refused } = splitReminderRules(next.rules);
    for (const rule of refused)
      console.warn(
        `[reminders] refused the rule of "${rule.title ?? rule.routineId ?? '?'}": ${rule.reason}`,
      );
    const zoneBefore = payload?.settings.timeZone;
    payload = { settings: next.settings, rules };
    if (next.settings.timeZone !== zoneBefore)
      for (const listener of zoneListeners) listener(next.settings.timeZone);
    rulesFile.write(payload);
    runTick();
    return { refused };
  });
  const pause = (untilEpochMs: number | null) => {
    state = pauseReminders(state, untilEpochMs);
    saveState();
    runTick();
  };
  const offPause = handle('reminders:pause', ({ untilEpochMs }) => pause(untilEpochMs));
  const offGetPause = handle('reminders:get-pause', () => ({ untilEpochMs: pausedUntil() }));
  powerMonitor.on('resume', runTick);
  powerMonitor.on('unlock-screen', runTick);
  runTick();

  return {
    pause,
    pausedUntil,
    onPauseChanged(listener) {
      pauseListeners.add(listener);
      return () => void pauseListeners.delete(listener);
    },
    timeZone: () => payload?.settings.timeZone ?? null,
    onTimeZoneChanged(listener) {
      zoneListeners.add(listener);
      return () => void zoneListeners.delete(listener);
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      rulesFile.flush();
      offRules();
      offPause();
      offGetPause();
      powerMonitor.removeListener('resume', runTick);
      powerMonitor.removeListener('unlock-screen', runTick);
      notifier.dispose();
      pauseListeners.clear();
      zoneListeners.clear();
    },
  };
}
