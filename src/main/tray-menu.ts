// The tray's tooltip and context menu, built from the renderer's summary of today (pure; tray.ts applies it).
import type { MenuItemConstructorOptions } from 'electron';
import type { OccurrenceRef, TraySummary } from '@shared/ipc/contract';
import { pauseInForce } from '@shared/reminders/pause';

export const TRAY_SNOOZE_MINUTES = 10;

export interface TrayMenuHandlers {
  open(): void;
  done(occurrence: OccurrenceRef): void;
  snooze(occurrence: OccurrenceRef, minutes: number): void;
  pause(untilEpochMs: number | null): void;
  quit(): void;
}

export interface TrayMenuContext {
  nowEpochMs: number;
  pausedUntilEpochMs: number | null;
  /** "20:00" in the zone reminders use. */
  formatTime(epochMs: number): string;
  /** The start of the next day in that zone, for "Pause until tomorrow". */
  startOfTomorrowEpochMs(nowEpochMs: number): number;
}

export function formatTrayTooltip(
  summary: TraySummary | null,
  formatTime: (epochMs: number) => string,
): string {
  if (!summary || summary.totalCount === 0) return 'Steadyweek';
  const progress = `${summary.doneCount} of ${summary.totalCount} done`;
  const next = summary.nextReminder
    ? ` · next: ${summary.nextReminder.title} at ${formatTime(summary.nextReminder.atEpochMs)}`
    : '';
  return `Steadyweek — ${progress}${next}`;
}

export function buildTrayMenuTemplate(
  summary: TraySummary | null,
  handlers: TrayMenuHandlers,
  context: TrayMenuContext,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [{ label: 'Open Steadyweek', click: () => handlers.open() }];

  if (summary && summary.totalCount > 0) {
    items.push(
      { type: 'separator' },
      { label: `${summary.doneCount} of ${summary.totalCount} done today`, enabled: false },
    );
  }
  const due = summary?.due ?? [];
  if (due.length > 0) {
    items.push({ type: 'separator' });
    for (const item of due) {
      const when = item.occurrence.plannedTime ? ` (${item.occurrence.plannedTime})` : '';
      items.push({
        label: `${item.overdue ? 'Overdue: ' : ''}${item.title}${when}`,
        submenu: [
          { label: 'Done', click: () => handlers.done(item.occurrence) },
          {
            label: `Snooze ${TRAY_SNOOZE_MINUTES} minutes`,
            click: () => handlers.snooze(item.occurrence, TRAY_SNOOZE_MINUTES),
          },
        ],
      });
    }
  }

  const pausedUntil = pauseInForce(context.pausedUntilEpochMs, context.nowEpochMs);
  items.push(
    { type: 'separator' },
    {
      label:
        pausedUntil === null
          ? 'Pause reminders'
          : `Reminders paused until ${context.formatTime(pausedUntil)}`,
      submenu: [
        { label: 'For 1 hour', click: () => handlers.pause(context.nowEpochMs + 60 * 60 * 1000) },
        {
          label: 'Until tomorrow',
          click: () => handlers.pause(context.startOfTomorrowEpochMs(context.nowEpochMs)),
        },
        { label: 'Resume reminders', enabled: pausedUntil !== null, click: () => handlers.pause(null) },
      ],
    },
    { type: 'separator' },
    { label: 'Quit Steadyweek', click: () => handlers.quit() },
  );
  return items;
}
