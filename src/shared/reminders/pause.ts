// When a reminder pause is over: one rule for the engine, main and the page (kept tiny, so the page can
// ask without loading the engine).

/** The last instant a Date can hold: a pause beyond it could be shown by no clock, so none is kept. */
export { maxAbsEpochMs as LAST_PAUSE_EPOCH_MS } from '../bounds';

/** The pause still in force at `nowEpochMs` (a pause ends at its instant), or null. */
export function pauseInForce(pausedUntilEpochMs: number | null, nowEpochMs: number): number | null {
  return pausedUntilEpochMs !== null && nowEpochMs < pausedUntilEpochMs ? pausedUntilEpochMs : null;
}
