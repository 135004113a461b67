import { describe, expect, it } from 'vitest';
import { findChromium } from './browser.mjs';

const playwright = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
const files =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('finding the browser for the end-to-end tests', () => {
  it.each([
    [
      'CHROMIUM_PATH wins over everything',
      { CHROMIUM_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' },
      files('/opt/chrome/chrome', '/usr/bin/chromium', playwright),
      { executablePath: '/opt/chrome/chrome' },
    ],
    [
      'a CHROMIUM_PATH that is not there is a problem, not a fallback',
      { CHROMIUM_PATH: '/nope', PATH: '/usr/bin' },
      files('/usr/bin/chromium'),
      { problem: 'CHROMIUM_PATH=/nope does not exist' },
    ],
    [
      "Debian's chromium",
      { PATH: '/bin' },
      files('/usr/bin/chromium'),
      { executablePath: '/usr/bin/chromium' },
    ],
    [
      'a chromium-browser elsewhere on PATH',
      { PATH: '/bin:/snap/bin' },
      files('/snap/bin/chromium-browser'),
      { executablePath: '/snap/bin/chromium-browser' },
    ],
    ["Playwright's own browser", { PATH: '/bin' }, files(playwright), { executablePath: undefined }],
    ['nothing at all', { PATH: '/bin' }, files(), { problem: 'no Chromium found' }],
  ])('%s', (_label, env, exists, expected) => {
    expect(findChromium({ env, exists, playwrightExecutablePath: playwright })).toEqual(expected);
  });
});
