import { describe, expect, it } from 'vitest';
import { APP_DOCUMENT_URL, createAppUrl } from './app-url';
import { isTrustedSender, type SenderFacts } from './trusted-sender';

const appUrl = createAppUrl(APP_DOCUMENT_URL);
const context = { appUrl, mainWebContentsId: 7 };
const top = { url: 'app://steadyweek/index.html#/today', isTopFrame: true };

describe('isTrustedSender', () => {
  it('trusts the top frame of the main window showing the app', () => {
    expect(isTrustedSender({ webContentsId: 7, frame: top }, context)).toBe(true);
  });

  it.each<[string, SenderFacts, { mainWebContentsId: number | null }]>([
    [
      'another window (e.g. the hidden print window)',
      { webContentsId: 8, frame: top },
      { mainWebContentsId: 7 },
    ],
    [
      'a subframe of the main window',
      { webContentsId: 7, frame: { ...top, isTopFrame: false } },
      { mainWebContentsId: 7 },
    ],
    ['a frame that has gone', { webContentsId: 7, frame: null }, { mainWebContentsId: 7 }],
    [
      'the main window after navigating away',
      { webContentsId: 7, frame: { url: 'https://evil.test/', isTopFrame: true } },
      { mainWebContentsId: 7 },
    ],
    [
      'a data url in the main window',
      { webContentsId: 7, frame: { url: 'data:text/html,x', isTopFrame: true } },
      { mainWebContentsId: 7 },
    ],
    [
      'another local file in the main window',
      { webContentsId: 7, frame: { url: 'file:///tmp/evil.html', isTopFrame: true } },
      { mainWebContentsId: 7 },
    ],
    [
      'any sender when there is no main window',
      { webContentsId: 7, frame: top },
      { mainWebContentsId: null },
    ],
  ])('refuses %s', (_label, sender, overrides) => {
    expect(isTrustedSender(sender, { ...context, ...overrides })).toBe(false);
  });
});
