// A timed practice on the wall clock: start, pause, resume, stop; it ends at start + length even if the window was hidden.
import { useCallback, useEffect, useRef, useState } from 'react';
import { resumedStart, sessionAt } from '@shared/wellbeing/practice-session';

export type PracticeClock =
  | { status: 'idle' }
  | { status: 'running'; startEpochMs: number; lengthMs: number }
  | { status: 'paused'; elapsedMs: number; lengthMs: number }
  | { status: 'finished'; elapsedMs: number }
  | { status: 'stopped'; elapsedMs: number };

/** How often the screen reads the clock while running; the phase itself comes from the clock, not from this count. */
const tickMs = 250;

/**
 * Reads `Date.now()` every tick and when the window is shown again (a hidden window's timers are throttled), and
 * calls `onEnd` once with the length when the end instant has passed.
 */
export function usePracticeClock(onEnd: (elapsedMs: number) => void) {
  const [clock, setClock] = useState<PracticeClock>({ status: 'idle' });
  const [now, setNow] = useState(() => Date.now());
  const onEndRef = useRef(onEnd);
  useEffect(() => {
    onEndRef.current = onEnd;
  }, [onEnd]);

  const running = clock.status === 'running';
  const startEpochMs = running ? clock.startEpochMs : 0;
  const lengthMs = running ? clock.lengthMs : 0;

  useEffect(() => {
    if (!running) return;
    let ended = false;
    const read = () => {
      const at = Date.now();
      setNow(at);
      if (!ended && sessionAt(startEpochMs, lengthMs, at).ended) {
        ended = true;
        window.clearInterval(timer);
        setClock({ status: 'finished', elapsedMs: lengthMs });
        onEndRef.current(lengthMs);
      }
    };
    const timer = window.setInterval(read, tickMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') read();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [running, startEpochMs, lengthMs]);

  const start = useCallback((ms: number) => {
    const at = Date.now();
    setNow(at);
    setClock({ status: 'running', startEpochMs: at, lengthMs: ms });
  }, []);
  const pause = useCallback(() => {
    setClock((c) =>
      c.status === 'running'
        ? {
            status: 'paused',
            elapsedMs: sessionAt(c.startEpochMs, c.lengthMs, Date.now()).elapsedMs,
            lengthMs: c.lengthMs,
          }
        : c,
    );
  }, []);
  const resume = useCallback(() => {
    const at = Date.now();
    setNow(at);
    setClock((c) =>
      c.status === 'paused'
        ? { status: 'running', startEpochMs: resumedStart(c.elapsedMs, at), lengthMs: c.lengthMs }
        : c,
    );
  }, []);
  const stop = useCallback(() => {
    setClock((c) => {
      if (c.status === 'running')
        return { status: 'stopped', elapsedMs: sessionAt(c.startEpochMs, c.lengthMs, Date.now()).elapsedMs };
      if (c.status === 'paused') return { status: 'stopped', elapsedMs: c.elapsedMs };
      return c;
    });
  }, []);
  const reset = useCallback(() => setClock({ status: 'idle' }), []);

  const remainingMs =
    clock.status === 'running'
      ? sessionAt(clock.startEpochMs, clock.lengthMs, now).remainingMs
      : clock.status === 'paused'
        ? clock.lengthMs - clock.elapsedMs
        : 0;
  return { clock, now, remainingMs, start, pause, resume, stop, reset };
}
