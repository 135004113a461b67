import { describe, expect, it } from 'vitest';
import { mainWindowOptions, printWindowOptions, secureWebPreferences } from './web-preferences';

const preloadPath = '/app/out/preload/index.cjs';

const windows = [
  ['the main window', mainWindowOptions({ preloadPath, iconPath: '/app/resources/icons/icon-512.png' })],
  ['the print window', printWindowOptions({ preloadPath })],
] as const;

describe('window options', () => {
  it.each(windows)('%s is isolated, sandboxed and has no Node', (_name, options) => {
    expect(options.webPreferences).toMatchObject({
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
      disableBlinkFeatures: 'Auxclick',
      preload: preloadPath,
    });
  });

  it.each(windows)('%s loads the CommonJS preload (a sandboxed preload cannot be ESM)', (_name, options) => {
    expect(options.webPreferences?.preload).toMatch(/\.cjs$/);
  });

  it.each(windows)('%s sets no option that weakens the page', (_name, options) => {
    const prefs = options.webPreferences ?? {};
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('partition');
    expect(prefs.plugins ?? false).toBe(false);
  });

  it('starts both windows hidden: the main one shows when ready, the print one never does', () => {
    expect(mainWindowOptions({ preloadPath, iconPath: 'x.png' }).show).toBe(false);
    expect(printWindowOptions({ preloadPath }).show).toBe(false);
  });

  it('gives every window the same secure base', () => {
    // Spell checking is the one comfort setting a window may change.
    const { spellcheck: _spellcheck, ...base } = secureWebPreferences(preloadPath);
    for (const [, options] of windows) expect(options.webPreferences).toMatchObject(base);
  });
});
