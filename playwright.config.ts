// End-to-end tests: the built renderer in real Chromium (Debian's where present), and the Electron app where it exists.
import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/browser.mjs';

const port = Number(process.env.E2E_PORT ?? 4319);
const outDir = process.env.E2E_OUT_DIR ?? 'out';
// `npm test` has made sure there is one (scripts/browser.mjs); undefined means Playwright's own.
const chromiumPath = findChromium().executablePath;

export default defineConfig({
  testDir: 'tests',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        // The system zone is the one `onboard` picks, so only a test that travels (travel.spec.ts) is asked about it.
        timezoneId: 'Europe/Berlin',
        launchOptions: {
          ...(chromiumPath ? { executablePath: chromiumPath } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-dev-shm-usage',
          ],
        },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
  webServer: {
    command: `node --import tsx scripts/serve-static.ts ${outDir}/renderer ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
