// Writes the latest value of a file at most once per interval, from a timer: never on the caller's path.
import { writeAtomically } from '../files/atomic-write';

export const RULES_WRITE_INTERVAL_MS = 1000;

export interface CoalescedWriterDeps {
  filePath: string;
  now?: () => number;
  onError?: (error: unknown) => void;
}

export interface CoalescedWriter {
  /** Keeps `value` as the next content; it reaches disk within the interval. */
  write(value: unknown): void;
  /** Writes what is pending now (before quitting). */
  flush(): void;
}

export function createCoalescedWriter(deps: CoalescedWriterDeps): CoalescedWriter {
  const now = deps.now ?? Date.now;
  let pending: { value: unknown } | null = null;
  let lastWriteAtEpochMs = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function flush(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    lastWriteAtEpochMs = now();
    try {
      // A temp file, fsynced, then renamed over the old one.
      writeAtomically(deps.filePath, JSON.stringify(value));
    } catch (error) {
      // Kept in memory; the next change writes again.
      deps.onError?.(error);
    }
  }

  return {
    write(value) {
      pending = { value };
      if (timer !== null) return;
      timer = setTimeout(flush, Math.max(0, lastWriteAtEpochMs + RULES_WRITE_INTERVAL_MS - now()));
    },
    flush,
  };
}
