import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';

const handlers = vi.hoisted(() => new Map<string, (request: Request) => Promise<Response>>());
vi.mock('electron', () => ({
  protocol: {
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
      handlers.set(scheme, handler),
  },
}));

const { APP_DOCUMENT_URL } = await import('./app-url');
const { isAllowedRequest, registerAppProtocol, rendererDocumentUrl, resolveAppRequest } =
  await import('./app-protocol');

// out/renderer beside a sibling folder whose name starts with the same letters.
const base = mkdtempSync(join(tmpdir(), 'sw-protocol-'));
const rootDir = join(base, 'renderer');
mkdirSync(join(rootDir, 'assets'), { recursive: true });
mkdirSync(join(base, 'renderer-secrets'));
writeFileSync(join(rootDir, 'index.html'), '<!doctype html><title>Steadyweek</title>');
writeFileSync(join(rootDir, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(base, 'renderer-secrets', 'x.txt'), 'secret');
writeFileSync(join(base, 'outside.txt'), 'secret');

function serve(url: string) {
  handlers.clear();
  const refused = vi.fn();
  registerAppProtocol({ rootDir, onRefused: refused });
  return { response: handlers.get('app')!(new Request(url)), refused };
}

describe('the app:// protocol', () => {
  it('serves the app document with the content security policy as a header', async () => {
    const response = await serve(APP_DOCUMENT_URL).response;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Steadyweek</title>');
  });

  it('serves a built asset with its type and the same header', async () => {
    const response = await serve('app://steadyweek/assets/index-abc.js').response;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    // The URL parser folds these into the root, so they name a file that is not there.
    ['a parent folder', 'app://steadyweek/../outside.txt', 404],
    ['an encoded parent folder', 'app://steadyweek/%2e%2e/outside.txt', 404],
    ['an encoded slash', 'app://steadyweek/..%2foutside.txt', 403],
    ['a sibling folder with the same prefix', 'app://steadyweek/..%2frenderer-secrets/x.txt', 403],
    ['a backslash escape', 'app://steadyweek/..%5coutside.txt', 404],
    ['another host', 'app://evil/index.html', 403],
    ['a bad escape', 'app://steadyweek/%', 400],
    ['a NUL byte', 'app://steadyweek/index.html%00.png', 400],
    ['a very long URL', `app://steadyweek/${'a'.repeat(5000)}`, 400],
    ['a file that does not exist', 'app://steadyweek/nope.js', 404],
  ])('refuses %s', async (_label, url, status) => {
    const response = await serve(url).response;
    expect(response.status).toBe(status);
    expect(await response.text()).not.toContain('secret');
  });

  it('tells the caller about a refused path so it can be logged', async () => {
    const { response, refused } = serve('app://steadyweek/..%2frenderer-secrets/x.txt');
    await response;
    expect(refused).toHaveBeenCalledWith('app://steadyweek/..%2frenderer-secrets/x.txt', 403);
  });

  it('maps the root to index.html and keeps every accepted path inside the folder', () => {
    expect(resolveAppRequest(rootDir, 'app://steadyweek/')).toEqual({
      ok: true,
      filePath: join(rootDir, 'index.html'),
    });
  });
});

describe('which document the window loads', () => {
  it.each([
    [{ isPackaged: true, devServerUrl: 'http://localhost:5173/' }, APP_DOCUMENT_URL, false],
    [{ isPackaged: true, devServerUrl: undefined }, APP_DOCUMENT_URL, false],
    [{ isPackaged: false, devServerUrl: undefined }, APP_DOCUMENT_URL, false],
    [{ isPackaged: false, devServerUrl: 'http://localhost:5173/' }, 'http://localhost:5173/', true],
  ])('for %o it is %s', (input, href, isDevServer) => {
    expect(rendererDocumentUrl(input)).toEqual({ href, isDevServer });
  });
});

describe('which requests a page may make', () => {
  it.each([
    ['app://steadyweek/assets/index-abc.js', null, true],
    ['data:image/png;base64,AAAA', null, true],
    ['blob:app://steadyweek/2b1c', null, true],
    ['app://evil/index.html', null, false],
    ['file:///etc/passwd', null, false],
    ['file:///opt/steadyweek/resources/app.asar/out/renderer/index.html', null, false],
    ['https://example.com/track.gif', null, false],
    ['http://localhost:5173/src/main.tsx', null, false],
    ['http://localhost:5173/src/main.tsx', 'http://localhost:5173', true],
    ['ws://localhost:5173/', 'http://localhost:5173', true],
    ['http://localhost:5174/', 'http://localhost:5173', false],
    ['not a url', null, false],
  ])('%s (dev server %s): %s', (url, devServerOrigin, allowed) => {
    expect(isAllowedRequest(url, devServerOrigin)).toBe(allowed);
  });
});
