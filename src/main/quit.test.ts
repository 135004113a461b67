import { describe, expect, it, vi } from 'vitest';
import { createQuitController, decideClose, FLUSH_TIMEOUT_MS } from './quit';

function setup(requestFlush: () => boolean = () => true) {
  const state = { quitting: false };
  const quit = vi.fn();
  const timers: { run: () => void; ms: number }[] = [];
  const controller = createQuitController({
    state,
    requestFlush: vi.fn(requestFlush),
    quit,
    setTimer: (run, ms) => timers.push({ run, ms }),
    clearTimer: () => timers.splice(0),
  });
  return { state, quit, timers, controller };
}

describe('quit handshake', () => {
  it('asks the renderer to flush and quits only once it has answered', () => {
    const { state, quit, controller } = setup();
    controller.requestQuit();
    expect(quit).not.toHaveBeenCalled();
    expect(state.quitting).toBe(false);
    controller.flushDone();
    expect(state.quitting).toBe(true);
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('quits after the timeout when the renderer never answers', () => {
    const { quit, timers, controller } = setup();
    controller.requestQuit();
    expect(timers).toHaveLength(1);
    expect(timers[0]!.ms).toBe(FLUSH_TIMEOUT_MS);
    timers[0]!.run();
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('quits at once when there is no renderer to ask', () => {
    const { quit, controller } = setup(() => false);
    controller.requestQuit();
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('quits at once when asking the renderer throws', () => {
    const { quit, controller } = setup(() => {
      throw new Error('destroyed');
    });
    controller.requestQuit();
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('asks only once when Quit is chosen twice during a flush', () => {
    const requestFlush = vi.fn(() => true);
    const state = { quitting: false };
    const controller = createQuitController({
      state,
      requestFlush,
      quit: vi.fn(),
      setTimer: () => 1,
      clearTimer: () => {},
    });
    controller.requestQuit();
    controller.requestQuit();
    expect(requestFlush).toHaveBeenCalledTimes(1);
  });

  it('ignores a flush-done nobody asked for', () => {
    const { quit, controller } = setup();
    controller.flushDone();
    expect(quit).not.toHaveBeenCalled();
  });

  it('lets the real quit through once quitting was decided', () => {
    const { quit, controller } = setup();
    controller.requestQuit();
    controller.flushDone();
    controller.requestQuit();
    expect(quit).toHaveBeenCalledTimes(2);
  });
});

describe('decideClose', () => {
  it.each([
    [{ quitting: false, closeToTray: true }, 'hide'],
    [{ quitting: false, closeToTray: false }, 'quit'],
    // quitting wins over close-to-tray: the window must really close
    [{ quitting: true, closeToTray: true }, 'close'],
    [{ quitting: true, closeToTray: false }, 'close'],
  ] as const)('%o → %s', (state, decision) => {
    expect(decideClose(state)).toBe(decision);
  });
});
