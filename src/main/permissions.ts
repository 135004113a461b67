// Web permission decisions for every page: only persistent storage, only for the app's own document.
import type { AppUrl } from './app-url';

/**
 * The app keeps its data in IndexedDB and asks `navigator.storage.persist()` so it is not evicted:
 * that is the one permission granted. Notifications are denied on purpose: in the desktop app the
 * main process raises them (reminders), the page never does. Camera, microphone, geolocation,
 * clipboard reads, HID/serial/USB and the rest are never needed.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage']);

export function isPermissionAllowed(appUrl: AppUrl, permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && appUrl.isAppDocument(requestingUrl);
}
