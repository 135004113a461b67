// The preload API: one named function per contract channel over an injected ipcRenderer, which never leaks to the page.
import type { z } from 'zod';
import {
  eventChannels,
  type EventChannel,
  type EventPayload,
  type InvokeChannel,
  type InvokePayload,
  type InvokeResult,
  type SteadyweekApi,
} from '@shared/ipc/contract';

/** The slice of ipcRenderer the API needs (injected so tests can run without Electron). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** Which API function serves each invoke channel. */
export const invokeFunctionNames = {
  'app:renderer-ready': 'rendererReady',
  'app:flush-done': 'flushDone',
  'reminders:set-rules': 'setReminderRules',
  'reminders:pause': 'pauseReminders',
  'reminders:get-pause': 'getReminderPause',
  'reminder:ack-action': 'ackReminderAction',
  'tray:set-summary': 'setTraySummary',
  'print:page': 'printPage',
  'shell:open-external': 'openExternal',
  'settings:set-desktop': 'setDesktopSettings',
  'data:save-files': 'saveFiles',
  'data:open-file': 'openFile',
  'backups:write': 'writeBackup',
  'backups:list': 'listBackups',
  'backups:read': 'readBackup',
  'backups:due': 'dueBackups',
  'backups:get-marker': 'getRowMarker',
  'backups:set-marker': 'setRowMarker',
} as const satisfies Record<InvokeChannel, keyof SteadyweekApi>;

/** Which API function subscribes to each event channel. */
export const eventFunctionNames = {
  'reminder:action': 'onReminderAction',
  'app:flush-request': 'onFlushRequest',
  'app:navigate': 'onNavigate',
  'reminder:banner': 'onReminderBanner',
  'reminders:pause-changed': 'onReminderPauseChanged',
} as const satisfies Record<EventChannel, keyof SteadyweekApi>;

export function createApi(ipc: IpcRendererLike): SteadyweekApi {
  function invoke<C extends InvokeChannel>(channel: C, ...payload: [InvokePayload<C>] | []) {
    return ipc.invoke(channel, ...payload) as Promise<InvokeResult<C>>;
  }

  function subscribe<C extends EventChannel>(
    channel: C,
    deliver: (payload: EventPayload<C>) => void,
  ): () => void {
    const schema = eventChannels[channel] as z.ZodType;
    // Only the payload crosses into the page: never the IPC event (it carries the sender and ports).
    const listener = (_event: unknown, payload?: unknown) => {
      const parsed = schema.safeParse(payload);
      if (parsed.success) deliver(parsed.data as EventPayload<C>);
    };
    ipc.on(channel, listener);
    return () => void ipc.removeListener(channel, listener);
  }

  const api = {
    rendererReady: () => invoke('app:renderer-ready'),
    flushDone: () => invoke('app:flush-done'),
    setReminderRules: (payload) => invoke('reminders:set-rules', payload),
    pauseReminders: (untilEpochMs) => invoke('reminders:pause', { untilEpochMs }),
    getReminderPause: () => invoke('reminders:get-pause'),
    ackReminderAction: (actionId) => invoke('reminder:ack-action', actionId),
    setTraySummary: (summary) => invoke('tray:set-summary', summary),
    printPage: (request) => invoke('print:page', request),
    openExternal: (url) => invoke('shell:open-external', url),
    setDesktopSettings: (settings) => invoke('settings:set-desktop', settings),
    saveFiles: (files) => invoke('data:save-files', { files }),
    openFile: () => invoke('data:open-file'),
    writeBackup: (reason, text) => invoke('backups:write', { reason, text }),
    listBackups: () => invoke('backups:list'),
    readBackup: (id) => invoke('backups:read', id),
    dueBackups: () => invoke('backups:due'),
    getRowMarker: () => invoke('backups:get-marker'),
    setRowMarker: (marker) => invoke('backups:set-marker', marker),
    onReminderAction: (listener) => subscribe('reminder:action', (action) => listener(action)),
    onFlushRequest: (listener) => subscribe('app:flush-request', () => listener()),
    onNavigate: (listener) => subscribe('app:navigate', ({ route }) => listener(route)),
    onReminderBanner: (listener) => subscribe('reminder:banner', (banner) => listener(banner)),
    onReminderPauseChanged: (listener) =>
      subscribe('reminders:pause-changed', ({ untilEpochMs }) => listener(untilEpochMs)),
  } satisfies SteadyweekApi;
  return api;
}
