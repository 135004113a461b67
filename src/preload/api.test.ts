import { describe, expect, it, vi } from 'vitest';
import { eventChannels, invokeChannels } from '@shared/ipc/contract';
import { createApi, eventFunctionNames, invokeFunctionNames, type IpcRendererLike } from './api';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(async () => undefined),
    on: vi.fn((channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => listeners.get(channel)?.delete(listener)),
  } satisfies IpcRendererLike;
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? [])
      listener({ sender: 'ipc-event', ports: [] }, ...args);
  };
  return { ipc, emit, listeners };
}

const sampleArgs: Record<string, unknown[]> = {
  rendererReady: [],
  flushDone: [],
  setReminderRules: [{ settings: {}, rules: [] }],
  pauseReminders: [123],
  getReminderPause: [],
  ackReminderAction: ['a1'],
  setTraySummary: [{ doneCount: 0 }],
  printPage: [{ page: { kind: 'meals-week', week: '2026-03-30' }, target: 'pdf' }],
  openExternal: ['https://example.com/'],
  setDesktopSettings: [{ openAtLogin: false, closeToTray: true }],
  saveFiles: [[{ name: 'steadyweek.json', text: '{}' }]],
  openFile: [],
  writeBackup: ['daily', '{}'],
  listBackups: [],
  readBackup: ['x.json'],
  dueBackups: [],
  getRowMarker: [],
  setRowMarker: [{ counts: {}, atEpochMs: 0 }],
};

describe('preload API', () => {
  it('has a function for every contract channel, and nothing else', () => {
    const api = createApi(fakeIpc().ipc);
    expect(Object.keys(invokeFunctionNames).sort()).toEqual(Object.keys(invokeChannels).sort());
    expect(Object.keys(eventFunctionNames).sort()).toEqual(Object.keys(eventChannels).sort());
    const expected = [...Object.values(invokeFunctionNames), ...Object.values(eventFunctionNames)].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it.each(Object.entries(invokeFunctionNames))('sends %s from %s()', async (channel, name) => {
    const { ipc } = fakeIpc();
    const api = createApi(ipc) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    await api[name]!(...sampleArgs[name]!);
    expect(ipc.invoke).toHaveBeenCalledTimes(1);
    expect((ipc.invoke.mock.calls[0] as unknown[])[0]).toBe(channel);
  });

  it('wraps the pause instant in the contract payload', async () => {
    const { ipc } = fakeIpc();
    await createApi(ipc).pauseReminders(null);
    expect(ipc.invoke).toHaveBeenCalledWith('reminders:pause', { untilEpochMs: null });
  });

  it('wraps files and backups in the contract payloads', async () => {
    const { ipc } = fakeIpc();
    const api = createApi(ipc);
    await api.saveFiles([{ name: 'a.csv', text: 'x' }]);
    await api.writeBackup('manual', '{"format":"steadyweek"}');
    expect(ipc.invoke).toHaveBeenNthCalledWith(1, 'data:save-files', {
      files: [{ name: 'a.csv', text: 'x' }],
    });
    expect(ipc.invoke).toHaveBeenNthCalledWith(2, 'backups:write', {
      reason: 'manual',
      text: '{"format":"steadyweek"}',
    });
  });

  it('hands listeners only the payload, never the IPC event', () => {
    const { ipc, emit } = fakeIpc();
    const api = createApi(ipc);
    const onNavigate = vi.fn();
    const onFlush = vi.fn();
    api.onNavigate(onNavigate);
    api.onFlushRequest(onFlush);
    emit('app:navigate', { route: '#/today' });
    emit('app:flush-request');
    expect(onNavigate).toHaveBeenCalledWith('#/today');
    expect(onFlush).toHaveBeenCalledWith();
  });

  it('drops an event payload that breaks the contract', () => {
    const { ipc, emit } = fakeIpc();
    const listener = vi.fn();
    createApi(ipc).onNavigate(listener);
    emit('app:navigate', { route: 'javascript:alert(1)' });
    emit('app:navigate', 'not an object');
    expect(listener).not.toHaveBeenCalled();
  });

  it('passes on a change of the reminders pause, and drops one no clock could show', () => {
    const { ipc, emit } = fakeIpc();
    const listener = vi.fn();
    createApi(ipc).onReminderPauseChanged(listener);
    emit('reminders:pause-changed', { untilEpochMs: 1_781_506_800_000 });
    emit('reminders:pause-changed', { untilEpochMs: null });
    emit('reminders:pause-changed', { untilEpochMs: 9e15 }); // past the last instant a Date can hold
    emit('reminders:pause-changed', { untilEpochMs: '1781506800000' });
    expect(listener.mock.calls).toEqual([[1_781_506_800_000], [null]]);
  });

  it('returns an unsubscribe that stops delivery', () => {
    const { ipc, emit } = fakeIpc();
    const listener = vi.fn();
    const off = createApi(ipc).onReminderBanner(listener);
    off();
    emit('reminder:banner', { title: 'Magnesium', body: '', route: null });
    expect(listener).not.toHaveBeenCalled();
    expect(ipc.removeListener).toHaveBeenCalledWith('reminder:banner', expect.any(Function));
  });

  it('never exposes ipcRenderer itself', () => {
    const { ipc } = fakeIpc();
    const api = createApi(ipc);
    expect(Object.values(api)).not.toContain(ipc);
    expect(Object.keys(api)).not.toContain('invoke');
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc/i);
  });
});
