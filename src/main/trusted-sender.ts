// Who may talk to main over IPC: only the top frame of the app's own main window, showing the app's document.
import type { AppUrl } from './app-url';

export interface SenderFacts {
  /** webContents id of the sender. */
  webContentsId: number;
  /** The sending frame; null when it has gone (navigated away or destroyed). */
  frame: { url: string; isTopFrame: boolean } | null;
}

export interface TrustContext {
  appUrl: AppUrl;
  /** The main window's webContents id, or null when there is no window. */
  mainWebContentsId: number | null;
}

export function isTrustedSender(sender: SenderFacts, context: TrustContext): boolean {
  if (context.mainWebContentsId === null || sender.webContentsId !== context.mainWebContentsId) return false;
  if (!sender.frame || !sender.frame.isTopFrame) return false;
  return context.appUrl.isAppDocument(sender.frame.url);
}
