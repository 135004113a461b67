import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, ...args: unknown[]) => unknown;
const listeners = new Map<string, Listener>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: vi.fn((channel: string, listener: Listener) => listeners.set(channel, listener)),
    removeHandler: vi.fn((channel: string) => listeners.delete(channel)),
  },
}));

const { setSenderPolicy } = await import('./ipc');
const { registerIpc, START_HIDDEN_ARG } = await import('./ipc-handlers');
const { createAppState } = await import('./app-state');
const { formatTrayTooltip } = await import('./tray-menu');

const trusted = { sender: { id: 1 } };

function setup() {
  listeners.clear();
  setSenderPolicy((event) => event === (trusted as unknown));
  const deps = {
    state: createAppState(),
    outbox: {
      enqueue: vi.fn(),
      markRendererReady: vi.fn(),
      deliverPending: vi.fn(),
      ack: vi.fn(),
      pending: vi.fn(),
    },
    setTraySummary: vi.fn(),
    flushDone: vi.fn(),
    openExternal: vi.fn(async () => true),
    setOpenAtLogin: vi.fn(),
    saveDesktopSettings: vi.fn(),
  };
  registerIpc(deps);
  const invoke = (channel: string, ...args: unknown[]) =>
    Promise.resolve(listeners.get(channel)!(trusted, ...args));
  return { deps, invoke };
}

describe('registerIpc', () => {
  beforeEach(() => listeners.clear());

  it('marks the renderer ready, then delivers pending reminder actions', async () => {
    const { deps, invoke } = setup();
    await invoke('app:renderer-ready');
    expect(deps.outbox.markRendererReady).toHaveBeenCalledWith(true);
    expect(deps.outbox.deliverPending).toHaveBeenCalled();
    expect(deps.outbox.markRendererReady.mock.invocationCallOrder[0]).toBeLessThan(
      deps.outbox.deliverPending.mock.invocationCallOrder[0]!,
    );
  });

  it('refuses a tray summary whose next reminder is outside the Date range, and later summaries still show', async () => {
    const { deps, invoke } = setup();
    // What the tray does with a summary: format the next reminder's time (this throws for 9e15).
    const timeFormat = new Intl.DateTimeFormat('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
    });
    const tooltips: string[] = [];
    deps.setTraySummary.mockImplementation((summary) =>
      tooltips.push(formatTrayTooltip(summary, (epochMs) => timeFormat.format(epochMs))),
    );
    const summary = (atEpochMs: number) => ({
      doneCount: 1,
      totalCount: 2,
      due: [],
      nextReminder: { title: 'Magnesium', atEpochMs },
    });
    await expect(invoke('tray:set-summary', summary(9e15))).rejects.toThrow(/malformed/);
    await expect(invoke('tray:set-summary', summary(-9e15))).rejects.toThrow(/malformed/);
    await invoke('tray:set-summary', summary(8.64e15));
    await invoke('tray:set-summary', summary(Date.UTC(2026, 5, 15, 20, 0)));
    expect(tooltips).toEqual([
      'Steadyweek — 1 of 2 done · next: Magnesium at 00:00',
      'Steadyweek — 1 of 2 done · next: Magnesium at 20:00',
    ]);
  });

  it('drops an acknowledged action from the outbox', async () => {
    const { deps, invoke } = setup();
    await invoke('reminder:ack-action', 'action-1');
    expect(deps.outbox.ack).toHaveBeenCalledWith('action-1');
  });

  it('stores close-to-tray and asks to open hidden at login', async () => {
    const { deps, invoke } = setup();
    await invoke('settings:set-desktop', { openAtLogin: true, closeToTray: false });
    expect(deps.state.closeToTray).toBe(false);
    expect(deps.setOpenAtLogin).toHaveBeenCalledWith({ openAtLogin: true, args: [START_HIDDEN_ARG] });
    expect(deps.saveDesktopSettings).toHaveBeenCalledWith({ openAtLogin: true, closeToTray: false });
  });

  it('opens links only through the guard and returns its answer', async () => {
    const { deps, invoke } = setup();
    await expect(invoke('shell:open-external', 'https://ods.od.nih.gov/')).resolves.toBe(true);
    expect(deps.openExternal).toHaveBeenCalledWith('https://ods.od.nih.gov/');
  });

  it('passes the flush answer on to the quit handshake', async () => {
    const { deps, invoke } = setup();
    await invoke('app:flush-done');
    expect(deps.flushDone).toHaveBeenCalled();
  });

  it('refuses a malformed tray summary and keeps the old one', async () => {
    const { deps, invoke } = setup();
    await expect(invoke('tray:set-summary', { doneCount: -1 })).rejects.toThrow(/malformed/);
    expect(deps.setTraySummary).not.toHaveBeenCalled();
  });
});
