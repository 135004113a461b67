// Where the in-page reminder engine (web mode) keeps its state, and the one field every tab reads and
// writes without loading the engine: until when reminders are paused.
import { LAST_PAUSE_EPOCH_MS, pauseInForce } from '@shared/reminders/pause';

export const ENGINE_STATE_KEY = 'steadyweek:reminder-engine';

/** The pause recorded in a stored engine state (in force or not); unreadable state counts as none. */
export function pauseInStoredState(raw: string | null): number | null {
  try {
    const until: unknown = raw
      ? (JSON.parse(raw) as { pausedUntilEpochMs?: unknown }).pausedUntilEpochMs
      : null;
    return typeof until === 'number' && until >= 0 && until <= LAST_PAUSE_EPOCH_MS ? until : null;
  } catch {
    return null;
  }
}

/** The stored pause if it is still in force at `nowEpochMs`. */
export function storedPauseUntil(storage: Pick<Storage, 'getItem'>, nowEpochMs: number): number | null {
  return pauseInForce(pauseInStoredState(storage.getItem(ENGINE_STATE_KEY)), nowEpochMs);
}

/**
 * Records a pause (null: resume) in the stored state, keeping the rest. Whichever tab runs the engine
 * takes it from there: another tab through the `storage` event, a tab that leads later when it loads.
 */
export function storePause(storage: Pick<Storage, 'getItem' | 'setItem'>, untilEpochMs: number | null): void {
  let stored: Record<string, unknown> = { version: 1 };
  try {
    const parsed: unknown = JSON.parse(storage.getItem(ENGINE_STATE_KEY) ?? 'null');
    if (parsed && typeof parsed === 'object' && (parsed as { version?: unknown }).version === 1)
      stored = parsed as Record<string, unknown>;
  } catch {
    // Unreadable state: the engine starts afresh from it anyway, so only the pause is worth writing.
  }
  storage.setItem(ENGINE_STATE_KEY, JSON.stringify({ ...stored, pausedUntilEpochMs: untilEpochMs }));
}
