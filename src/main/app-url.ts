// The app's own document URL (dev server or app://steadyweek/index.html) and the test "is this URL that document?".

export const APP_SCHEME = 'app';
export const APP_HOST = 'steadyweek';
/** The document the windows load in a built app (served by app-protocol.ts). */
export const APP_DOCUMENT_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export interface AppUrl {
  /** The URL the main window loads, without a hash. */
  readonly href: string;
  /** True when `url` is the app's own document (any hash route; nothing else may differ). */
  isAppDocument(url: string): boolean;
}

export function createAppUrl(baseHref: string): AppUrl {
  const base = new URL(baseHref);
  base.hash = '';
  const href = base.href;
  return {
    href,
    isAppDocument(url) {
      const candidate = parse(url);
      if (!candidate) return false;
      candidate.hash = '';
      return candidate.href === href;
    },
  };
}

function parse(url: string): URL | null {
  if (typeof url !== 'string' || url.length > 4096) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
