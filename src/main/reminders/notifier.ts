// Shows engine notices as system notifications (kept referenced until clicked or closed), or as an in-app banner.
import { Notification, type BrowserWindow } from 'electron';
import type { OccurrenceRef } from '@shared/ipc/contract';
import type { ReminderNotice } from '@shared/reminders/engine';
import { todayItemRoute } from '@shared/reminders/item-route';
import { send } from '../ipc';

export interface NoticeHandlers {
  /** Clicked: the person saw it. */
  onOpen(notice: ReminderNotice, route: string): void;
  onDone(occurrence: OccurrenceRef, id: string): void;
  onSnooze(occurrence: OccurrenceRef, id: string): void;
}

export interface Notifier {
  show(notice: ReminderNotice, snoozeMinutes: number): void;
  /** Notifications still referenced (not yet clicked or closed). */
  readonly live: ReadonlySet<Notification>;
  dispose(): void;
}

/** Buttons on a notification exist on macOS and Windows; elsewhere a click opens Today at the item. */
const actionsSupported = process.platform === 'darwin' || process.platform === 'win32';

export function createNotifier(getWindow: () => BrowserWindow | null, handlers: NoticeHandlers): Notifier {
  // Without a reference, a notification can be garbage-collected and its click handler lost.
  const live = new Set<Notification>();

  return {
    live,
    show(notice, snoozeMinutes) {
      const occurrence = notice.kind === 'due' ? notice.occurrence : null;
      const route = occurrence ? todayItemRoute(occurrence) : '#/today';
      if (!Notification.isSupported()) {
        send(getWindow()?.webContents, 'reminder:banner', {
          title: notice.title,
          body: notice.body,
          route,
          occurrence,
        });
        return;
      }
      const notification = new Notification({
        title: notice.title,
        body: notice.body,
        actions:
          occurrence && actionsSupported
            ? [
                { type: 'button', text: 'Done' },
                { type: 'button', text: `Snooze ${snoozeMinutes} min` },
              ]
            : [],
      });
      live.add(notification);
      notification.on('click', () => {
        live.delete(notification);
        handlers.onOpen(notice, route);
      });
      notification.on('action', (_event, index) => {
        live.delete(notification);
        if (!occurrence || notice.kind !== 'due') return;
        if (index === 0) handlers.onDone(occurrence, notice.id);
        else handlers.onSnooze(occurrence, notice.id);
      });
      notification.on('close', () => live.delete(notification));
      notification.show();
    },
    dispose() {
      for (const notification of live) notification.close();
      live.clear();
    },
  };
}
