// The Chromium the end-to-end tests drive: CHROMIUM_PATH, Debian's chromium, or Playwright's own. Run directly, it makes sure there is one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const INSTALL_HINT =
  'install Chromium (Debian or Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary';

/**
 * Where the browser is: `{ executablePath }` (a path, or undefined for Playwright's own browser),
 * or `{ problem }` when there is none.
 */
export function findChromium({
  env = process.env,
  exists = existsSync,
  playwrightExecutablePath = undefined,
} = {}) {
  if (env.CHROMIUM_PATH) {
    return exists(env.CHROMIUM_PATH)
      ? { executablePath: env.CHROMIUM_PATH }
      : { problem: `CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist` };
  }
  for (const dir of ['/usr/bin', ...(env.PATH ?? '').split(delimiter).filter(Boolean)]) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = join(dir, name);
      if (exists(candidate)) return { executablePath: candidate };
    }
  }
  if (playwrightExecutablePath && exists(playwrightExecutablePath)) return { executablePath: undefined };
  return { problem: 'no Chromium found' };
}

async function playwrightChromiumPath() {
  try {
    const { chromium } = await import('@playwright/test');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Finds a browser, installing Playwright's Chromium where there is none; exits 1 with one line where that fails. */
async function ensureBrowser() {
  let found = findChromium({ playwrightExecutablePath: await playwrightChromiumPath() });
  if (found.problem && !process.env.CHROMIUM_PATH) {
    console.log('No Chromium for the end-to-end tests: trying `npx playwright install chromium`…');
    spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'ignore', timeout: 600_000 });
    found = findChromium({ playwrightExecutablePath: await playwrightChromiumPath() });
  }
  if (found.problem) {
    console.error(
      `npm test stopped before the long steps: ${found.problem} and none could be downloaded; ${INSTALL_HINT}.`,
    );
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await ensureBrowser();
