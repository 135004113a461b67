import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// What main does, with every Electron module faked. Before ready, `whenReady` never resolves, so
// nothing after it runs; after ready, each service's module is a spy.
const electron = vi.hoisted(() => ({
  app: {
    isPackaged: true,
    setPath: vi.fn(),
    getPath: vi.fn(),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    on: vi.fn(),
    whenReady: vi.fn(() => new Promise<void>(() => {})),
    setAppUserModelId: vi.fn(),
    setLoginItemSettings: vi.fn(),
    getVersion: () => '1.0.0',
  },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => ({
  ...electron,
  session: { defaultSession: {} },
  shell: {},
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
  powerMonitor: { on: vi.fn(), removeListener: vi.fn() },
  BrowserWindow: vi.fn(),
  Menu: {},
  Tray: vi.fn(),
  Notification: vi.fn(),
  nativeImage: {},
  dialog: {},
}));

const services = vi.hoisted(() => ({
  registerMenu: vi.fn(),
  registerWindow: vi.fn(() => ({ get: () => null, show: vi.fn() })),
  registerTray: vi.fn(() => ({ setSummary: vi.fn(), exists: () => true, destroy: vi.fn() })),
  registerIpc: vi.fn(),
  registerPrint: vi.fn(),
  registerDataFiles: vi.fn(),
  registerBackups: vi.fn(),
  registerAppProtocol: vi.fn(),
  secureSession: vi.fn(),
}));
vi.mock('./menu', () => ({ registerMenu: services.registerMenu }));
vi.mock('./window', () => ({ registerWindow: services.registerWindow }));
vi.mock('./tray', () => ({ registerTray: services.registerTray }));
vi.mock('./ipc-handlers', () => ({ registerIpc: services.registerIpc, START_HIDDEN_ARG: '--hidden' }));
vi.mock('./print', () => ({ registerPrint: services.registerPrint }));
vi.mock('./data-files', () => ({ registerDataFiles: services.registerDataFiles }));
vi.mock('./backups', () => ({ registerBackups: services.registerBackups }));
vi.mock('./session-security', () => ({ secureSession: services.secureSession }));
vi.mock('./app-protocol', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  registerAppProtocol: services.registerAppProtocol,
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

describe('main after ready', () => {
  it.each([
    // The crash of issue 12: a state whose `fired` is null made the first tick throw inside registerReminders.
    [
      'reminder-state.json',
      '{"version":1,"startedAtEpochMs":0,"lastTickEpochMs":0,"timeZone":"UTC","fired":null}',
    ],
    ['reminder-rules.json', '{"settings":'],
    ['reminder-outbox.json', '{"version":1,"actions":[{'],
    ['desktop-settings.json', '{"openAtLogin":tr'],
  ])(
    'starts the tray, IPC, printing and the quit flush with a corrupt %s, and keeps it aside',
    async (name, text) => {
      vi.resetModules();
      vi.clearAllMocks();
      electron.app.whenReady.mockReturnValueOnce(Promise.resolve());
      const userData = mkdtempSync(join(tmpdir(), 'sw-main-ready-'));
      // Rules with an occurrence due since midnight, so the first tick reads the state's `fired`.
      const rules = {
        settings: { timeZone: 'UTC', quietHours: null, snoozeMinutes: 10, enabled: true },
        rules: [
          {
            ...{
              routineId: 'walk',
              title: 'Walk',
              category: 'custom',
              startDate: '2026-01-01',
              endDate: null,
            },
            ...{
              schedule: { kind: 'daily', times: ['00:00'] },
              paused: false,
              nag: null,
              settledOccurrences: [],
            },
          },
        ],
      };
      writeFileSync(join(userData, 'reminder-rules.json'), JSON.stringify(rules));
      writeFileSync(join(userData, name), text);
      electron.app.getPath.mockReturnValue(userData);
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      await import('./index');
      await vi.waitFor(() => expect(services.registerPrint).toHaveBeenCalled());
      expect(services.registerWindow).toHaveBeenCalled();
      expect(services.registerTray).toHaveBeenCalled();
      expect(services.registerIpc).toHaveBeenCalled();
      expect(services.registerDataFiles).toHaveBeenCalled();
      expect(services.registerBackups).toHaveBeenCalled();
      expect(electron.app.on).toHaveBeenCalledWith('will-quit', expect.any(Function));
      expect(electron.app.on).toHaveBeenCalledWith('before-quit', expect.any(Function));
      expect(readdirSync(userData).filter((f) => f.startsWith(`${name}.corrupt-`))).toHaveLength(1);
    },
  );

  it('starts the others when a service throws', async () => {
    vi.resetModules();
    vi.clearAllMocks();
    electron.app.whenReady.mockReturnValueOnce(Promise.resolve());
    electron.app.getPath.mockReturnValue(mkdtempSync(join(tmpdir(), 'sw-main-ready-')));
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    services.registerTray.mockImplementationOnce(() => {
      throw new Error('no tray here');
    });
    await import('./index');
    await vi.waitFor(() => expect(services.registerPrint).toHaveBeenCalled());
    expect(services.registerIpc).toHaveBeenCalled();
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining('the tray could not start'),
      expect.any(Error),
    );
  });
});
