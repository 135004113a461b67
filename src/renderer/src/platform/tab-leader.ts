// One leader among the app's open tabs (web mode): the tab holding a Web Lock leads until it closes.

/** The slice of the Web Locks API (`navigator.locks`) the election needs; a fake in tests. */
export interface LockRequester {
  request(name: string, options: { signal: AbortSignal }, callback: () => Promise<void>): Promise<unknown>;
}

/**
 * Calls `onLead` once this tab holds the lock named `name`: at once when no other tab holds it, else
 * when the leader closes (the browser releases a closed tab's locks). Without Web Locks the tab leads
 * alone, as every tab did before. The returned function gives up the lead, or the place in the queue.
 */
export function leadWhileOpen(
  locks: LockRequester | undefined,
  name: string,
  onLead: () => void,
): () => void {
  if (!locks) {
    onLead();
    return () => undefined;
  }
  const queue = new AbortController();
  let release: (() => void) | null = null;
  let stopped = false;
  locks
    .request(name, { signal: queue.signal }, () => {
      // Granted just as the tab let go: hand the lock straight on.
      if (stopped) return Promise.resolve();
      onLead();
      return new Promise<void>((resolve) => (release = resolve));
    })
    .catch((error: unknown) => {
      // Given up while waiting rejects with an AbortError, which needs nothing; anything else is a fault.
      if (!stopped) console.warn('[reminders] this tab could not take the lead', error);
    });
  return () => {
    stopped = true;
    queue.abort();
    release?.();
  };
}
