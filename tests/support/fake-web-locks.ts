// A stand-in for the browser's Web Locks (`navigator.locks`) in unit tests: exclusive locks granted in
// the order asked (in a later microtask, as browsers do), a waiting request given up through its
// signal, a lock freed when its callback's promise settles.
import type { LockRequester } from '../../src/renderer/src/platform/tab-leader';

interface Waiting {
  grant(): void;
}

export function fakeWebLocks(): LockRequester {
  const queues = new Map<string, Waiting[]>();
  const held = new Set<string>();

  function grantNext(name: string) {
    if (held.has(name)) return;
    const next = queues.get(name)?.shift();
    if (!next) return;
    held.add(name);
    queueMicrotask(() => next.grant());
  }

  return {
    request(name, { signal }, callback) {
      return new Promise((resolve, reject) => {
        const abortError = () => new DOMException('The request was aborted.', 'AbortError');
        if (signal.aborted) return reject(abortError());
        const entry: Waiting = {
          grant() {
            signal.removeEventListener('abort', onAbort);
            void Promise.resolve()
              .then(callback)
              .then(resolve, reject)
              .finally(() => {
                held.delete(name);
                grantNext(name);
              });
          },
        };
        const onAbort = () => {
          const queue = queues.get(name) ?? [];
          const index = queue.indexOf(entry);
          if (index === -1) return;
          queue.splice(index, 1);
          reject(abortError());
        };
        signal.addEventListener('abort', onAbort);
        queues.set(name, [...(queues.get(name) ?? []), entry]);
        grantNext(name);
      });
    },
  };
}
