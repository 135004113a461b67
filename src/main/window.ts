// The one main window: secure options, hide-to-tray on close, show on second launch or tray Open.
import { BrowserWindow } from 'electron';
import type { AppState } from './app-state';
import type { AppUrl } from './app-url';
import { decideClose } from './quit';
import { mainWindowOptions } from './web-preferences';

export interface WindowDeps {
  appUrl: AppUrl;
  state: AppState;
  preloadPath: string;
  iconPath: string;
  /** Starts the quit handshake (closing with close-to-tray off). */
  requestQuit: () => void;
  /** The page is reloading or its process died: it is no longer listening. */
  onRendererGone: () => void;
  /** Start hidden in the tray (launched at login). */
  startHidden: boolean;
}

export interface MainWindow {
  get(): BrowserWindow | null;
  /** Shows, restores and focuses the window, creating it again if it was destroyed. */
  show(): void;
}

export function registerWindow(deps: WindowDeps): MainWindow {
  let win: BrowserWindow | null = null;

  function create(showWhenReady: boolean): BrowserWindow {
    const created = new BrowserWindow(
      mainWindowOptions({ preloadPath: deps.preloadPath, iconPath: deps.iconPath }),
    );
    if (showWhenReady) created.once('ready-to-show', () => created.show());
    created.on('close', (event) => {
      const decision = decideClose(deps.state);
      if (decision === 'close') return;
      event.preventDefault();
      if (decision === 'hide') created.hide();
      else deps.requestQuit();
    });
    created.on('closed', () => {
      if (win === created) win = null;
      deps.onRendererGone();
    });
    created.webContents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) deps.onRendererGone();
    });
    created.webContents.on('render-process-gone', () => deps.onRendererGone());
    void created.loadURL(deps.appUrl.href);
    return created;
  }

  win = create(!deps.startHidden);

  return {
    get: () => (win && !win.isDestroyed() ? win : null),
    show() {
      if (!win || win.isDestroyed()) {
        win = create(true);
        return;
      }
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    },
  };
}
