// The application menu: standard roles (appMenu on macOS; file, edit, view, window, help), Quit through the flush handshake.
import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuOptions {
  isMac: boolean;
  /** Developer tools only in development builds. */
  isDev: boolean;
  requestQuit(): void;
}

export function buildAppMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const quit: MenuItemConstructorOptions = {
    label: options.isMac ? 'Quit Steadyweek' : 'Quit',
    accelerator: 'CmdOrCtrl+Q',
    click: () => options.requestQuit(),
  };
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    ...(options.isDev ? ([{ role: 'forceReload' }, { role: 'toggleDevTools' }] as const) : []),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(options.isMac
      ? [
          {
            role: 'appMenu' as const,
            submenu: [
              { role: 'about' as const },
              { type: 'separator' as const },
              { role: 'services' as const },
              { type: 'separator' as const },
              { role: 'hide' as const },
              { role: 'hideOthers' as const },
              { role: 'unhide' as const },
              { type: 'separator' as const },
              quit,
            ],
          },
        ]
      : []),
    {
      label: '&File',
      submenu: [
        options.isMac ? { role: 'close' as const } : { role: 'close' as const, label: 'Close window' },
        ...(options.isMac ? [] : [{ type: 'separator' as const }, quit]),
      ],
    },
    { role: 'editMenu' },
    { label: '&View', submenu: view },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about', label: 'About Steadyweek' }] },
  ];
}
