// Locks down a page's webContents: no navigation away from the app, no new windows, no <webview>.
import type { WebContents } from 'electron';
import type { AppUrl } from './app-url';
import { decideNavigation, decideWindowOpen } from './navigation-guard';

export interface HardenDeps {
  appUrl: AppUrl;
  /** The external-link guard; it decides whether an https link may open in the browser. */
  openExternal: (url: string) => Promise<boolean>;
}

type NavigationEvent = { preventDefault(): void; url?: string };
type Contents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function hardenWebContents(contents: Contents, deps: HardenDeps): void {
  const guardNavigation = (event: NavigationEvent, url?: string) => {
    const target = url ?? event.url ?? '';
    if (decideNavigation(deps.appUrl, target) === 'deny') {
      event.preventDefault();
      console.warn(`[security] blocked navigation to ${target.slice(0, 200)}`);
    }
  };
  contents.on('will-navigate', guardNavigation as never);
  contents.on('will-redirect', guardNavigation as never);
  // Subframes (there should be none) may not navigate anywhere but the app either.
  contents.on('will-frame-navigate', ((event: NavigationEvent) => guardNavigation(event)) as never);
  contents.on('will-attach-webview', ((event: NavigationEvent) => event.preventDefault()) as never);
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void deps.openExternal(decision.openExternally);
    return { action: 'deny' };
  });
}
