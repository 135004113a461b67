import { describe, expect, it, vi } from 'vitest';
import { APP_DOCUMENT_URL, createAppUrl } from './app-url';

vi.mock('electron', () => ({ protocol: {} }));
const { secureSession } = await import('./session-security');

type Handler = (...args: never[]) => unknown;

function fakeSession(devServerOrigin: string | null = null) {
  const handlers: Record<string, Handler> = {};
  const session = {
    setPermissionRequestHandler: (h: Handler) => (handlers.request = h),
    setPermissionCheckHandler: (h: Handler) => (handlers.check = h),
    setDevicePermissionHandler: (h: Handler) => (handlers.device = h),
    webRequest: { onBeforeRequest: (h: Handler) => (handlers.beforeRequest = h) },
  };
  const onRefusedRequest = vi.fn();
  secureSession(session as never, {
    appUrl: createAppUrl(devServerOrigin ? `${devServerOrigin}/` : APP_DOCUMENT_URL),
    devServerOrigin,
    onRefusedRequest,
  });
  const request = (permission: string, requestingUrl: string, isMainFrame = true) =>
    new Promise<boolean>((resolve) =>
      (handlers.request as (...args: unknown[]) => void)({}, permission, resolve, {
        isMainFrame,
        requestingUrl,
      }),
    );
  const check = (permission: string, requestingUrl: string) =>
    (handlers.check as (...args: unknown[]) => boolean)({}, permission, '', {
      isMainFrame: true,
      requestingUrl,
    });
  const fetches = (url: string) =>
    new Promise<boolean>((resolve) =>
      (handlers.beforeRequest as (...args: unknown[]) => void)({ url }, ({ cancel }: { cancel: boolean }) =>
        resolve(!cancel),
      ),
    );
  return { request, check, fetches, device: handlers.device as () => boolean, onRefusedRequest };
}

describe('secureSession', () => {
  it.each([
    ['persistent storage for the app document', 'persistent-storage', `${APP_DOCUMENT_URL}#/today`, true],
    ['persistent storage for another page', 'persistent-storage', 'https://evil.test/', false],
    ['notifications (main raises them, never the page)', 'notifications', APP_DOCUMENT_URL, false],
    ['the camera', 'media', APP_DOCUMENT_URL, false],
    ['geolocation', 'geolocation', APP_DOCUMENT_URL, false],
  ])('answers a permission request for %s: %s', async (_label, permission, url, granted) => {
    const { request, check } = fakeSession();
    expect(await request(permission, url)).toBe(granted);
    expect(check(permission, url)).toBe(granted);
  });

  it('denies permissions asked from a subframe, and every device', async () => {
    const { request, device } = fakeSession();
    expect(await request('persistent-storage', APP_DOCUMENT_URL, false)).toBe(false);
    expect(device()).toBe(false);
  });

  it.each([
    ['app://steadyweek/assets/index.js', true],
    ['file:///etc/passwd', false],
    ['https://ods.od.nih.gov/', false],
    ['http://localhost:5173/src/main.tsx', false],
  ])('in a built app lets a page fetch %s: %s', async (url, allowed) => {
    const { fetches, onRefusedRequest } = fakeSession();
    expect(await fetches(url)).toBe(allowed);
    expect(onRefusedRequest).toHaveBeenCalledTimes(allowed ? 0 : 1);
  });

  it('in development also lets the page reach the dev server', async () => {
    const { fetches } = fakeSession('http://localhost:5173');
    expect(await fetches('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(await fetches('file:///etc/passwd')).toBe(false);
  });
});
