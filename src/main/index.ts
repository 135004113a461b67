// Main process entry: single-instance lock, lifecycle, and the wiring of window, tray, menu, IPC, print and reminders.
import { join } from 'node:path';
import { app, protocol, session, shell, type IpcMainInvokeEvent } from 'electron';
import { APP_ID } from './app-identity';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol, rendererDocumentUrl } from './app-protocol';
import { appState } from './app-state';
import { createAppUrl } from './app-url';
import { registerBackups } from './backups';
import { registerDataFiles } from './data-files';
import { loadDesktopSettings, saveDesktopSettings } from './desktop-settings';
import { createExternalLinkOpener } from './external-links';
import { hardenWebContents } from './harden';
import { send, setSenderPolicy } from './ipc';
import { registerIpc, START_HIDDEN_ARG } from './ipc-handlers';
import { registerMenu } from './menu';
import { createOutbox } from './outbox';
import { registerPrint } from './print';
import { registerReminders, REMINDERS_UNAVAILABLE } from './reminders';
import { createQuitController } from './quit';
import { secureSession } from './session-security';
import { startService } from './start-service';
import { registerTray, type AppTray } from './tray';
import { isTrustedSender } from './trusted-sender';
import { registerWindow, type MainWindow } from './window';

// Lets tests (and careful users) run an isolated profile; the single-instance lock follows userData.
const userDataOverride = process.env.STEADYWEEK_USER_DATA_DIR;
if (userDataOverride) app.setPath('userData', userDataOverride);
app.enableSandbox();
// Before ready: app:// must be a standard, secure origin from the first page load.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
// Windows shows a desktop app's notifications only under an AppUserModelId matching its shortcut's.
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start() {
  const here = import.meta.dirname;
  const preloadPath = join(here, '../preload/index.cjs');
  const iconsDir = join(here, '../../resources/icons');
  // A packaged app never loads the dev server, whatever ELECTRON_RENDERER_URL says: that page would
  // get the preload and trusted IPC.
  const renderer = rendererDocumentUrl({
    isPackaged: app.isPackaged,
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
  });
  const isDev = renderer.isDevServer;
  const appUrl = createAppUrl(renderer.href);
  const openExternal = createExternalLinkOpener({
    openExternal: (url) => shell.openExternal(url),
    onRefused: (_raw, reason) => console.warn(`[security] refused to open a link: ${reason}`),
  });

  let mainWindow: MainWindow | null = null;
  let tray: AppTray | null = null;
  const currentContents = () => mainWindow?.get()?.webContents ?? null;

  const outbox = createOutbox({
    filePath: join(app.getPath('userData'), 'reminder-outbox.json'),
    send: (action) => send(currentContents(), 'reminder:action', action),
  });
  const desktopSettingsPath = join(app.getPath('userData'), 'desktop-settings.json');
  appState.closeToTray = loadDesktopSettings(desktopSettingsPath).closeToTray;
  const quitController = createQuitController({
    state: appState,
    requestFlush: () => send(currentContents(), 'app:flush-request', undefined),
    quit: () => app.quit(),
  });
  const requestQuit = () => quitController.requestQuit();

  // Every webContents, whoever creates it, is locked to the app's document.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { appUrl, openExternal }));
  // Every quit path (menu role, dock, OS) passes through the flush handshake first.
  app.on('before-quit', (event) => {
    if (appState.quitting) return;
    event.preventDefault();
    requestQuit();
  });
  app.on('second-instance', () => mainWindow?.show());
  app.on('activate', () => mainWindow?.show());
  // The window hides to the tray; the app lives on until an explicit Quit.
  app.on('window-all-closed', () => {
    if (appState.quitting) app.quit();
  });

  setSenderPolicy((event) =>
    isTrustedSender(senderFacts(event), { appUrl, mainWebContentsId: currentContents()?.id ?? null }),
  );

  void app.whenReady().then(() => {
    registerAppProtocol({
      rootDir: join(here, '../renderer'),
      onRefused: (url, status) => console.warn(`[security] app:// refused ${url.slice(0, 200)} (${status})`),
    });
    secureSession(session.defaultSession, {
      appUrl,
      devServerOrigin: isDev ? new URL(renderer.href).origin : null,
      onRefusedRequest: (url) => console.warn(`[security] cancelled a request to ${url.slice(0, 200)}`),
    });
    // Each service starts on its own: one that throws (a bug, a file it cannot use) is logged and the
    // others still come up. Protocol and session above are not wrapped: without them no page may load.
    startService(
      'the menu',
      () => registerMenu({ isMac: process.platform === 'darwin', isDev, requestQuit }),
      undefined,
    );

    mainWindow = startService(
      'the window',
      () =>
        registerWindow({
          appUrl,
          state: appState,
          preloadPath,
          iconPath: join(iconsDir, 'icon-512.png'),
          requestQuit,
          onRendererGone: () => outbox.markRendererReady(false),
          startHidden: process.argv.includes(START_HIDDEN_ARG),
        }),
      null,
    );

    const reminders = startService(
      'reminders',
      () =>
        registerReminders({
          outbox,
          getWindow: () => mainWindow?.get() ?? null,
          userDataPath: app.getPath('userData'),
        }),
      REMINDERS_UNAVAILABLE,
    );
    app.on('will-quit', () => reminders.dispose());

    tray = startService(
      'the tray',
      () =>
        registerTray({
          iconPath: join(iconsDir, 'tray.png'),
          reminders,
          handlers: {
            open: () => mainWindow?.show(),
            done: (occurrence) => outbox.enqueue({ occurrence, action: 'done', snoozeMinutes: null }),
            snooze: (occurrence, minutes) =>
              outbox.enqueue({ occurrence, action: 'snooze', snoozeMinutes: minutes }),
            quit: requestQuit,
          },
        }),
      null,
    );

    startService(
      'IPC',
      () =>
        registerIpc({
          state: appState,
          outbox,
          setTraySummary: (summary) => tray?.setSummary(summary),
          flushDone: () => quitController.flushDone(),
          openExternal,
          setOpenAtLogin: (settings) => app.setLoginItemSettings(settings),
          saveDesktopSettings: (settings) => saveDesktopSettings(desktopSettingsPath, settings),
        }),
      undefined,
    );
    startService(
      'saving and opening files',
      () => registerDataFiles({ getWindow: () => mainWindow?.get() ?? null }),
      undefined,
    );
    startService(
      'backups',
      () => registerBackups({ userDataPath: app.getPath('userData'), appVersion: app.getVersion() }),
      null,
    );
    startService(
      'printing',
      () => registerPrint({ appUrl, preloadPath, getParentWindow: () => mainWindow?.get() ?? null }),
      undefined,
    );

    if (process.env.STEADYWEEK_E2E === '1')
      exposeTestProbe(
        () => tray,
        () => mainWindow,
      );
  });
}

function senderFacts(event: IpcMainInvokeEvent) {
  try {
    const frame = event.senderFrame;
    return {
      webContentsId: event.sender.id,
      frame: frame && !frame.isDestroyed() ? { url: frame.url, isTopFrame: frame.parent === null } : null,
    };
  } catch {
    // A frame that vanished mid-check is not trusted.
    return { webContentsId: -1, frame: null };
  }
}

/** Test-only: lets the Electron end-to-end tests ask main (not the page) about the tray and window. */
function exposeTestProbe(getTray: () => AppTray | null, getWindow: () => MainWindow | null) {
  let secondInstanceCount = 0;
  app.on('second-instance', () => (secondInstanceCount += 1));
  (globalThis as Record<string, unknown>).__steadyweekE2E = {
    trayExists: () => getTray()?.exists() ?? false,
    windowVisible: () => getWindow()?.get()?.isVisible() ?? false,
    secondInstanceCount: () => secondInstanceCount,
  };
}
