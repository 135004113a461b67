// Which navigations a window may make: only to the app's own document (a hash route change); everything else is refused.
import type { AppUrl } from './app-url';

export type NavigationDecision = 'allow' | 'deny';

/** A top-level navigation or redirect from `currentUrl` to `targetUrl`. */
export function decideNavigation(appUrl: AppUrl, targetUrl: string): NavigationDecision {
  return appUrl.isAppDocument(targetUrl) ? 'allow' : 'deny';
}

export type WindowOpenDecision = { action: 'deny'; openExternally: string | null };

/**
 * `window.open` and target=_blank links never create a window. An https link is handed to the
 * external-link guard (which may still refuse it); anything else is simply dropped.
 */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return {
    action: 'deny',
    openExternally: typeof url === 'string' && url.startsWith('https://') ? url : null,
  };
}
