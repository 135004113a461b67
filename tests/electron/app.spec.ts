// Electron end to end: the desktop app launches, shows its window, has a tray, hides on close, and stays single-instance.
// Run by scripts/electron-e2e.mjs where the Electron binary exists (ELECTRON_BINARY), under xvfb on Linux without a display.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';

interface E2EProbe {
  trayExists(): boolean;
  windowVisible(): boolean;
  secondInstanceCount(): number;
}

const mainScript = 'out/main/index.js';
// Chromium refuses to start as root without this switch (CI containers run as root).
const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

function electronBinary(): string {
  const binary = process.env.ELECTRON_BINARY;
  if (!binary) throw new Error('ELECTRON_BINARY is not set: run these tests with `npm run test:electron`.');
  return binary;
}

function appEnv(userDataDir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
  }
  return { ...env, STEADYWEEK_E2E: '1', STEADYWEEK_USER_DATA_DIR: userDataDir };
}

/** Asks the main process (not the page) through the test-only probe it installs when STEADYWEEK_E2E=1. */
function probe<K extends keyof E2EProbe>(
  app: ElectronApplication,
  name: K,
): Promise<ReturnType<E2EProbe[K]>> {
  return app.evaluate((_electron, key) => {
    const found = (globalThis as unknown as { __steadyweekE2E?: E2EProbe }).__steadyweekE2E;
    if (!found) throw new Error('The test probe is missing: was STEADYWEEK_E2E=1 passed?');
    return found[key as keyof E2EProbe]() as never;
  }, name as string) as Promise<ReturnType<E2EProbe[K]>>;
}

let app: ElectronApplication;
let userDataDir: string;

test.beforeEach(async () => {
  userDataDir = mkdtempSync(join(tmpdir(), 'steadyweek-e2e-'));
  app = await electron.launch({
    executablePath: electronBinary(),
    args: [...rootArgs, mainScript],
    env: appEnv(userDataDir),
  });
});

test.afterEach(async () => {
  await app.close();
});

test('the app launches and shows its window with the renderer loaded', async () => {
  const page = await app.firstWindow();
  await expect(page.locator('#root')).not.toBeEmpty();
  await expect.poll(() => probe(app, 'windowVisible')).toBe(true);
  await expect(page).toHaveTitle(/Steadyweek/);
});

test('the page has no Node and sees only the named preload API', async () => {
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  const facts = await page.evaluate(() => ({
    process: typeof (globalThis as Record<string, unknown>).process,
    require: typeof (globalThis as Record<string, unknown>).require,
    apiKeys: Object.keys((window as unknown as { steadyweek?: object }).steadyweek ?? {}).sort(),
  }));
  expect(facts.process).toBe('undefined');
  expect(facts.require).toBe('undefined');
  expect(facts.apiKeys).toContain('printPage');
  expect(facts.apiKeys).not.toContain('invoke');
});

test('the window is created with isolation, sandbox and no Node integration', async () => {
  await app.firstWindow();
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const win = BrowserWindow.getAllWindows()[0]!;
    // getLastWebPreferences is Electron's own (untyped) accessor for the preferences the page really got.
    const contents = win.webContents as unknown as {
      getLastWebPreferences(): Electron.WebPreferences | null;
    };
    const web = contents.getLastWebPreferences();
    return {
      contextIsolation: web?.contextIsolation,
      sandbox: web?.sandbox,
      nodeIntegration: web?.nodeIntegration,
      webSecurity: web?.webSecurity,
    };
  });
  expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
});

test('the window shows the app from app:// with the CSP as a header, and file:// is refused', async () => {
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  expect(page.url()).toMatch(/^app:\/\/steadyweek\/index\.html(#.*)?$/);
  const facts = await page.evaluate(async () => {
    const own = await fetch('app://steadyweek/index.html');
    const local = await fetch('file:///etc/hostname').then(
      () => 'loaded',
      () => 'refused',
    );
    return { csp: own.headers.get('content-security-policy'), local };
  });
  expect(facts.csp).toContain("default-src 'self'");
  expect(facts.local).toBe('refused');
});

test('the tray icon exists', async () => {
  await app.firstWindow();
  await expect.poll(() => probe(app, 'trayExists')).toBe(true);
});

test('closing the window hides it to the tray instead of quitting', async () => {
  await app.firstWindow();
  await expect.poll(() => probe(app, 'windowVisible')).toBe(true);
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
  await expect.poll(() => probe(app, 'windowVisible')).toBe(false);
  const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
  expect(windows).toBe(1);
  expect(await probe(app, 'trayExists')).toBe(true);
});

test('a second launch exits and brings the first window back', async () => {
  await app.firstWindow();
  await expect.poll(() => probe(app, 'windowVisible')).toBe(true);
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
  await expect.poll(() => probe(app, 'windowVisible')).toBe(false);

  const second = spawn(electronBinary(), [...rootArgs, mainScript], {
    env: appEnv(userDataDir),
    stdio: 'ignore',
  });
  const exitCode = await new Promise<number | null>((resolve) => second.on('exit', (code) => resolve(code)));
  expect(exitCode).toBe(0);

  await expect.poll(() => probe(app, 'secondInstanceCount')).toBe(1);
  await expect.poll(() => probe(app, 'windowVisible')).toBe(true);
});
