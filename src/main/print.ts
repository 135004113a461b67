// The `print:page` handler: a hidden, equally locked-down window renders the print route, then prints or saves a PDF.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BrowserWindow, app, dialog } from 'electron';
import type { AppUrl } from './app-url';
import { handle } from './ipc';
import { printRoute } from '@shared/ipc/print-route';
import { createPrintPage, type PrintPage } from './print-page';
import { printWindowOptions } from './web-preferences';

export interface PrintDeps {
  appUrl: AppUrl;
  preloadPath: string;
  getParentWindow: () => BrowserWindow | null;
}

export function registerPrint(deps: PrintDeps): void {
  const printPage = createPrintPage({
    async openPrintPage(request) {
      const win = new BrowserWindow(printWindowOptions({ preloadPath: deps.preloadPath }));
      const url = new URL(deps.appUrl.href);
      url.hash = printRoute(request);
      const page: PrintPage = {
        isReady: async () =>
          !win.isDestroyed() &&
          (await win.webContents.executeJavaScript("document.body?.dataset.printReady === 'true'")) === true,
        print: () =>
          new Promise((resolve) =>
            win.webContents.print({ silent: false, printBackground: true }, (success, failureReason) =>
              resolve({ success, failureReason }),
            ),
          ),
        printToPdf: () => win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true }),
        close: () => {
          if (!win.isDestroyed()) win.destroy();
        },
      };
      try {
        await win.loadURL(url.href);
      } catch (error) {
        page.close();
        throw error;
      }
      return page;
    },
    async chooseSavePath(defaultFileName) {
      const parent = deps.getParentWindow();
      const options = {
        title: 'Save as PDF',
        defaultPath: join(app.getPath('documents'), defaultFileName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const choice = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return choice.canceled || !choice.filePath ? null : choice.filePath;
    },
    writeFile: (path, data) => writeFile(path, data),
  });
  handle('print:page', (request) => printPage(request));
}
