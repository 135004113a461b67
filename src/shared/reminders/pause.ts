// When a reminder pause is over: one rule for the engine, main and the page (kept tiny, so the page can
// ask without loading the engine).

/** The pause still in force at `nowEpochMs` (a pause ends at its instant), or null. */
export function pauseInForce(pausedUntilEpochMs: number | null, nowEpochMs: number): number | null {
  return pausedUntilEpochMs !== null && nowEpochMs < pausedUntilEpochMs ? pausedUntilEpochMs : null;
}
