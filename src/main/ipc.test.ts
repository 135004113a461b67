import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, ...args: unknown[]) => unknown;
const listeners = new Map<string, Listener>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: vi.fn((channel: string, listener: Listener) => listeners.set(channel, listener)),
    removeHandler: vi.fn((channel: string) => listeners.delete(channel)),
  },
}));

const { handle, send, setSenderPolicy } = await import('./ipc');

const trustedEvent = { sender: { id: 1 } };
const strangerEvent = { sender: { id: 2 } };

beforeEach(() => {
  listeners.clear();
  setSenderPolicy((event) => (event as unknown as typeof trustedEvent).sender.id === 1);
});

function invoke(channel: string, event: unknown, ...args: unknown[]) {
  const listener = listeners.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => listener(event, ...args));
}

describe('handle', () => {
  it('calls the handler with the parsed payload for a trusted sender', async () => {
    const handler = vi.fn(() => true);
    handle('shell:open-external', handler);
    await expect(invoke('shell:open-external', trustedEvent, 'https://ods.od.nih.gov/')).resolves.toBe(true);
    expect(handler).toHaveBeenCalledWith('https://ods.od.nih.gov/', trustedEvent);
  });

  it('rejects an untrusted sender without calling the handler', async () => {
    const handler = vi.fn();
    handle('settings:set-desktop', handler);
    await expect(
      invoke('settings:set-desktop', strangerEvent, { openAtLogin: true, closeToTray: true }),
    ).rejects.toThrow(/did not come from the Steadyweek window/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('trusts nobody until a sender policy is set', async () => {
    vi.resetModules();
    const fresh = await import('./ipc');
    const handler = vi.fn();
    fresh.handle('app:renderer-ready', handler);
    await expect(invoke('app:renderer-ready', trustedEvent)).rejects.toThrow(/untrusted|did not come/);
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['a number instead of settings', 'settings:set-desktop', [42]],
    ['a missing field', 'settings:set-desktop', [{ openAtLogin: true }]],
    ['a wrong type inside', 'settings:set-desktop', [{ openAtLogin: 'yes', closeToTray: true }]],
    ['no payload where one is required', 'print:page', []],
    [
      'an impossible date',
      'print:page',
      [{ page: { kind: 'meals-week', week: '2026-02-30' }, target: 'pdf' }],
    ],
    [
      'an unknown print target',
      'print:page',
      [{ page: { kind: 'meals-week', week: '2026-03-30' }, target: 'fax' }],
    ],
    ['the old week-only request', 'print:page', [{ week: '2026-03-30', target: 'pdf' }]],
    [
      'an unknown print view',
      'print:page',
      [{ page: { kind: 'settings', week: '2026-03-30' }, target: 'pdf' }],
    ],
    [
      'a summary that ends before it starts',
      'print:page',
      [{ page: { kind: 'doctor-summary', from: '2026-03-30', to: '2026-03-01' }, target: 'pdf' }],
    ],
    [
      'a route smuggled into a summary',
      'print:page',
      [
        {
          page: { kind: 'doctor-summary', from: '2026-03-01', to: '2026-03-30', route: '#/settings' },
          target: 'pdf',
        },
      ],
    ],
    ['an overlong url', 'shell:open-external', [`https://example.com/${'a'.repeat(3000)}`]],
    ['a payload on a channel that takes none', 'app:renderer-ready', [{ sneaky: true }]],
    // extra arguments smuggled after a valid payload
    ['a second argument', 'reminder:ack-action', ['a1', 'extra']],
    ['a prototype-polluting object', 'reminders:pause', [JSON.parse('{"__proto__":{"x":1}}')]],
  ])(
    'rejects a malformed payload (%s) with a clear error and does not call the handler',
    async (_label, channel, args) => {
      const handler = vi.fn();
      handle(channel as 'print:page', handler);
      await expect(invoke(channel, trustedEvent, ...args)).rejects.toThrow(/payload is malformed/);
      expect(handler).not.toHaveBeenCalled();
    },
  );

  it('returns a function that removes the handler', () => {
    const remove = handle('app:flush-done', () => undefined);
    expect(listeners.has('app:flush-done')).toBe(true);
    remove();
    expect(listeners.has('app:flush-done')).toBe(false);
  });
});

describe('send', () => {
  function fakeContents(destroyed = false) {
    return { isDestroyed: () => destroyed, send: vi.fn() };
  }

  it('sends a payload that matches the contract', () => {
    const contents = fakeContents();
    expect(send(contents as never, 'app:navigate', { route: '#/today' })).toBe(true);
    expect(contents.send).toHaveBeenCalledWith('app:navigate', { route: '#/today' });
  });

  it('sends nothing to a destroyed or missing page', () => {
    const contents = fakeContents(true);
    expect(send(contents as never, 'app:flush-request', undefined)).toBe(false);
    expect(send(null, 'app:flush-request', undefined)).toBe(false);
    expect(contents.send).not.toHaveBeenCalled();
  });

  it('refuses to send a payload that breaks the contract', () => {
    const contents = fakeContents();
    expect(() => send(contents as never, 'app:navigate', { route: 'javascript:alert(1)' })).toThrow();
    expect(contents.send).not.toHaveBeenCalled();
  });
});
