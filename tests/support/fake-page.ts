// A stand-in for a page in unit tests of the web platform: events, a document whose visibility can change,
// localStorage over a Map (shared between "tabs" by passing the same one), and the reminder banners shown.
import type { ReminderBanner } from '../../src/shared/ipc/contract';
import { BANNER_EVENT } from '../../src/renderer/src/platform/banner-event';

/** A page; `onWrite` is told of each localStorage write (another tab then gets a `storage` event). */
export function fakePage(
  storage = new Map<string, string>(),
  onWrite?: (key: string, value: string) => void,
) {
  const events = new EventTarget();
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const banners: ReminderBanner[] = [];
  events.addEventListener(BANNER_EVENT, (event) =>
    banners.push((event as CustomEvent<ReminderBanner>).detail),
  );
  const win = Object.assign(events, {
    document,
    location: { hash: '' },
    focus: () => undefined,
    localStorage: {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => {
        storage.set(k, v);
        onWrite?.(k, v);
      },
    },
  });
  return { win: win as unknown as Window, banners, document };
}
