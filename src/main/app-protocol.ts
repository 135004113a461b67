// The privileged app:// scheme: serves the built renderer from its own folder, with the CSP as a header, and nothing else.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_DOCUMENT_URL, APP_HOST, APP_SCHEME } from './app-url';
import { CONTENT_SECURITY_POLICY } from './csp';
import { contentTypeOf, resolveStaticFile, type StaticFileVerdict } from './static-files';

/**
 * Standard (real origin, relative URLs, IndexedDB and localStorage per origin) and secure (a secure
 * context, like https). Must be registered before the app is ready.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

const MAX_REQUEST_URL_LENGTH = 2048;

/**
 * Maps an app:// request to a file inside `rootDir`, or refuses it: another host (403), an
 * overlong URL (400), or a path the containment rule refuses.
 */
export function resolveAppRequest(rootDir: string, requestUrl: string): StaticFileVerdict {
  if (requestUrl.length > MAX_REQUEST_URL_LENGTH) return { ok: false, status: 400 };
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403 };
  return resolveStaticFile(rootDir, url.pathname);
}

export interface AppProtocolDeps {
  /** The built renderer folder (out/renderer). */
  rootDir: string;
  onRefused?: (requestUrl: string, status: number) => void;
}

/** The `protocol.handle` handler for app://: the file's bytes with its type and the CSP header. */
function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    const verdict = resolveAppRequest(deps.rootDir, request.url);
    if (!verdict.ok) {
      deps.onRefused?.(request.url, verdict.status);
      return new Response(null, { status: verdict.status });
    }
    let body: Uint8Array;
    try {
      body = await readFile(verdict.filePath);
    } catch {
      return new Response(null, { status: 404 });
    }
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(verdict.filePath),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}

/** Serves app:// from the built renderer folder (call once the app is ready). */
export function registerAppProtocol(deps: AppProtocolDeps): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(deps));
}

/** The renderer's address: the dev server only in an unpackaged app, else the app:// document. */
export function rendererDocumentUrl(input: { isPackaged: boolean; devServerUrl: string | undefined }): {
  href: string;
  isDevServer: boolean;
} {
  if (!input.isPackaged && input.devServerUrl) return { href: input.devServerUrl, isDevServer: true };
  return { href: APP_DOCUMENT_URL, isDevServer: false };
}

/**
 * Which requests a page may make. The app's own scheme and inline data (images as data: URLs,
 * blobs it made) always; the dev server's origin only in development. file://, http(s) and the
 * rest are cancelled: the app has no network features, and links out go through the link guard.
 */
export function isAllowedRequest(url: string, devServerOrigin: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'devtools:')
    return true;
  if (devServerOrigin === null) return false;
  const origin = parsed.protocol === 'ws:' ? `http://${parsed.host}` : parsed.origin;
  return origin === devServerOrigin;
}
