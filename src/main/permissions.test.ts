import { describe, expect, it } from 'vitest';
import { APP_DOCUMENT_URL, createAppUrl } from './app-url';
import { isPermissionAllowed } from './permissions';

const appUrl = createAppUrl(APP_DOCUMENT_URL);
const app = 'app://steadyweek/index.html#/today';

describe('isPermissionAllowed', () => {
  it('grants persistent storage to the app document', () => {
    expect(isPermissionAllowed(appUrl, 'persistent-storage', app)).toBe(true);
  });

  it.each([
    ['notifications', app],
    ['media', app],
    ['geolocation', app],
    ['clipboard-read', app],
    ['openExternal', app],
    ['hid', app],
    ['serial', app],
    ['usb', app],
    ['display-capture', app],
    ['unknown', app],
    // the one allowed permission, but asked for by a page that is not the app
    ['persistent-storage', 'https://evil.test/'],
    ['persistent-storage', 'file:///tmp/evil.html'],
    ['persistent-storage', ''],
  ])('denies %s to %s', (permission, url) => {
    expect(isPermissionAllowed(appUrl, permission, url)).toBe(false);
  });
});
