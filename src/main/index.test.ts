import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// What main does before the app is ready, with every Electron module faked; `whenReady` never
// resolves, so nothing after it runs.
const electron = vi.hoisted(() => ({
  app: {
    isPackaged: true,
    setPath: vi.fn(),
    getPath: vi.fn(),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    on: vi.fn(),
    whenReady: () => new Promise(() => {}),
    setAppUserModelId: vi.fn(),
  },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => ({
  ...electron,
  session: {},
  shell: {},
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
  powerMonitor: { on: vi.fn() },
  BrowserWindow: vi.fn(),
  Menu: {},
  Tray: vi.fn(),
  Notification: vi.fn(),
  nativeImage: {},
  dialog: {},
}));

async function startMain(platform: NodeJS.Platform) {
  vi.resetModules();
  vi.clearAllMocks();
  electron.app.getPath.mockReturnValue(mkdtempSync(join(tmpdir(), 'sw-main-')));
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
  await import('./index');
}

const realPlatform = process.platform;
afterEach(() => Object.defineProperty(process, 'platform', { value: realPlatform, configurable: true }));

describe('main before ready', () => {
  it('turns the sandbox on for every renderer', async () => {
    await startMain('linux');
    expect(electron.app.enableSandbox).toHaveBeenCalled();
  });

  it('registers app:// as a standard, secure scheme before any page loads', async () => {
    await startMain('linux');
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('sets the AppUserModelId on Windows, so notifications show', async () => {
    const { APP_ID } = await import('./app-identity');
    await startMain('win32');
    expect(electron.app.setAppUserModelId).toHaveBeenCalledWith(APP_ID);
    await startMain('linux');
    expect(electron.app.setAppUserModelId).not.toHaveBeenCalled();
  });
});
