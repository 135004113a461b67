import { describe, expect, it } from 'vitest';
import { APP_DOCUMENT_URL, createAppUrl } from './app-url';
import { decideNavigation, decideWindowOpen } from './navigation-guard';

const built = createAppUrl(APP_DOCUMENT_URL);
const dev = createAppUrl('http://localhost:5173');

describe('decideNavigation', () => {
  it.each([
    [built, 'app://steadyweek/index.html#/week'],
    [built, 'app://steadyweek/index.html'],
    [dev, 'http://localhost:5173/#/settings'],
  ])('allows a hash route of the app document (%#)', (appUrl, target) => {
    expect(decideNavigation(appUrl, target)).toBe('allow');
  });

  it.each([
    ['another local file', built, 'file:///etc/passwd'],
    [
      'the built files over file://',
      built,
      'file:///opt/steadyweek/resources/app.asar/out/renderer/index.html',
    ],
    ['another app:// host', built, 'app://evil/index.html'],
    ['a look-alike app:// host', built, 'app://steadyweek.evil/index.html'],
    ['a sibling html file', built, 'app://steadyweek/other.html'],
    ['the app document with a query', built, 'app://steadyweek/index.html?x=1#/today'],
    [
      'a path trick that resolves elsewhere',
      built,
      'file:///opt/steadyweek/out/renderer/../../../../etc/passwd',
    ],
    ['an https site', built, 'https://example.com/'],
    ['javascript', built, 'javascript:alert(1)'],
    ['data', built, 'data:text/html,hi'],
    ['blob', built, 'blob:app://steadyweek/1234'],
    ['about:blank', built, 'about:blank'],
    ['another port on localhost', dev, 'http://localhost:5174/#/today'],
    ['https instead of http', dev, 'https://localhost:5173/'],
    ['a look-alike host', dev, 'http://localhost.evil.test:5173/'],
    ['credentials added to the dev URL', dev, 'http://user@localhost:5173/'],
    ['garbage', built, 'not a url'],
    ['overlong', built, `app://steadyweek/index.html#/${'a'.repeat(5000)}`],
  ])('denies %s', (_label, appUrl, target) => {
    expect(decideNavigation(appUrl, target)).toBe('deny');
  });
});

describe('decideWindowOpen', () => {
  it.each([
    ['https://ods.od.nih.gov/', 'https://ods.od.nih.gov/'],
    ['http://example.com/', null],
    ['javascript:alert(1)', null],
    ['file:///etc/passwd', null],
    ['about:blank', null],
    // an uppercase scheme is not handed on; the external-link guard would refuse it anyway
    ['HTTPS://example.com/', null],
  ])('never opens a window for %s and hands only https on', (url, externally) => {
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: externally });
  });
});
