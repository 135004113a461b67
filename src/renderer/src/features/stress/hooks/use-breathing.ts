// The paced-breathing clock: 4 seconds in, 6 seconds out, for a chosen number of minutes.
import { useCallback, useEffect, useRef, useState } from 'react';

export const inhaleMs = 4_000;
export const exhaleMs = 6_000;
const cycleMs = inhaleMs + exhaleMs;

export type BreathPhase = 'in' | 'out';

export type BreathingState =
  | { status: 'idle' }
  | { status: 'running'; startedAtMs: number; elapsedMs: number; totalMs: number }
  | { status: 'finished'; elapsedMs: number }
  | { status: 'stopped'; elapsedMs: number };

export function phaseAt(elapsedMs: number): { phase: BreathPhase; secondsLeft: number } {
  const inCycle = elapsedMs % cycleMs;
  return inCycle < inhaleMs
    ? { phase: 'in', secondsLeft: Math.ceil((inhaleMs - inCycle) / 1000) }
    : { phase: 'out', secondsLeft: Math.ceil((cycleMs - inCycle) / 1000) };
}

/** Runs the clock; calls `onFinish` once when the full length has passed. */
export function useBreathing(onFinish: (elapsedMs: number) => void) {
  const [state, setState] = useState<BreathingState>({ status: 'idle' });
  const onFinishRef = useRef(onFinish);
  useEffect(() => {
    onFinishRef.current = onFinish;
  }, [onFinish]);

  const running = state.status === 'running';
  const startedAtMs = running ? state.startedAtMs : 0;
  const totalMs = running ? state.totalMs : 0;

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => {
      const elapsedMs = Date.now() - startedAtMs;
      if (elapsedMs >= totalMs) {
        window.clearInterval(timer);
        setState({ status: 'finished', elapsedMs: totalMs });
        onFinishRef.current(totalMs);
      } else {
        setState({ status: 'running', startedAtMs, elapsedMs, totalMs });
      }
    }, 250);
    return () => window.clearInterval(timer);
  }, [running, startedAtMs, totalMs]);

  const start = useCallback((minutes: number) => {
    setState({ status: 'running', startedAtMs: Date.now(), elapsedMs: 0, totalMs: minutes * 60_000 });
  }, []);
  const stop = useCallback(() => {
    setState((s) =>
      s.status === 'running' ? { status: 'stopped', elapsedMs: Date.now() - s.startedAtMs } : s,
    );
  }, []);
  const reset = useCallback(() => setState({ status: 'idle' }), []);

  return { state, start, stop, reset };
}
