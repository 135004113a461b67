// Options for every window the app creates: one secure set of webPreferences, shared by the main and print windows.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** Isolated, sandboxed, no Node: the page reaches main only through the preload's named functions. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Middle-click would otherwise try to open links in new windows (denied anyway; this removes the path).
    disableBlinkFeatures: 'Auxclick',
    safeDialogs: true,
    spellcheck: true,
  };
}

export function mainWindowOptions(input: {
  preloadPath: string;
  iconPath: string;
}): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 520,
    title: 'Steadyweek',
    icon: input.iconPath,
    // Shown on ready-to-show, so the window never flashes blank.
    show: false,
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(input.preloadPath),
  };
}

/** A hidden window that renders the printable week; it never shows and is destroyed after printing. */
export function printWindowOptions(input: { preloadPath: string }): BrowserWindowConstructorOptions {
  return {
    width: 900,
    height: 1200,
    show: false,
    skipTaskbar: true,
    webPreferences: {
      ...secureWebPreferences(input.preloadPath),
      spellcheck: false,
      backgroundThrottling: false,
    },
  };
}
