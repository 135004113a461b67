// Where the in-page reminder engine (web mode) keeps its state, and the one field the page reads without
// loading the engine: until when reminders are paused.
import { pauseInForce } from '@shared/reminders/pause';

export const ENGINE_STATE_KEY = 'steadyweek:reminder-engine';

/** The stored pause if it is still in force at `nowEpochMs`; unreadable state counts as not paused. */
export function storedPauseUntil(storage: Pick<Storage, 'getItem'>, nowEpochMs: number): number | null {
  try {
    const raw = storage.getItem(ENGINE_STATE_KEY);
    const until: unknown = raw
      ? (JSON.parse(raw) as { pausedUntilEpochMs?: unknown }).pausedUntilEpochMs
      : null;
    return typeof until === 'number' ? pauseInForce(until, nowEpochMs) : null;
  } catch {
    return null;
  }
}
