// Session-wide defences: permission requests and checks denied (but persistent storage), CSP header in production.
import type { Session } from 'electron';
import type { AppUrl } from './app-url';
import { withContentSecurityPolicy } from './csp';
import { isPermissionAllowed } from './permissions';

export function secureSession(session: Session, deps: { appUrl: AppUrl; production: boolean }): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(details.isMainFrame && isPermissionAllowed(deps.appUrl, permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, _origin, details) => {
    return details.isMainFrame && isPermissionAllowed(deps.appUrl, permission, details.requestingUrl ?? '');
  });
  session.setDevicePermissionHandler(() => false);
  // The built app loads from file:// and carries the policy in a <meta> tag; anything served over
  // http(s) in production gets the same policy as a header. The dev server needs Vite's inline styles.
  if (deps.production) {
    session.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
    });
  }
}
