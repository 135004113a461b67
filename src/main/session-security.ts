// Session-wide defences: permission requests and checks denied (but persistent storage), requests outside the app cancelled.
import type { Session } from 'electron';
import type { AppUrl } from './app-url';
import { isAllowedRequest } from './app-protocol';
import { isPermissionAllowed } from './permissions';

export interface SessionDeps {
  appUrl: AppUrl;
  /** The dev server's origin in development (its requests and hot-reload socket are allowed); null in a built app. */
  devServerOrigin: string | null;
  onRefusedRequest?: (url: string) => void;
}

export function secureSession(session: Session, deps: SessionDeps): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(details.isMainFrame && isPermissionAllowed(deps.appUrl, permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, _origin, details) => {
    return details.isMainFrame && isPermissionAllowed(deps.appUrl, permission, details.requestingUrl ?? '');
  });
  session.setDevicePermissionHandler(() => false);
  // The app:// handler sends the CSP with every document; this stops file://, http(s) and any other
  // scheme before it is fetched, whichever page or frame asks.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, deps.devServerOrigin);
    if (!allowed) deps.onRefusedRequest?.(details.url);
    callback({ cancel: !allowed });
  });
}
