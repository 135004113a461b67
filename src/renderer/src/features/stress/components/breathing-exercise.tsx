// A guided breathing exercise: a circle that grows on the in-breath and shrinks on the out-breath, announced once per phase.
import { useCallback, useState } from 'react';
import { minutesFromElapsed } from '@shared/wellbeing/stress';
import { Field } from '../../../components/field';
import { useAddPractice } from '../../../data/stress/stress-queries';
import { phaseAt, useBreathing } from '../hooks/use-breathing';

const lengths = [1, 2, 3, 5];

export function BreathingExercise({ today }: { today: string }) {
  const [minutes, setMinutes] = useState('2');
  const [logged, setLogged] = useState<string | null>(null);
  const [logError, setLogError] = useState<string | null>(null);
  const add = useAddPractice();

  const log = useCallback(
    (elapsedMs: number) => {
      const loggedMinutes = minutesFromElapsed(elapsedMs);
      add.mutate(
        { date: today, kind: 'breathing', minutes: loggedMinutes, notes: 'Guided 4-6 breathing' },
        {
          onSuccess: () => setLogged(`Logged ${loggedMinutes} min of breathing.`),
          onError: (error) =>
            setLogError(`Could not log it: ${error.message}. You can add it by hand below.`),
        },
      );
    },
    [add, today],
  );
  const { state, start, stop, reset } = useBreathing(log);
  const running = state.status === 'running';
  const current = running ? phaseAt(state.elapsedMs) : null;

  const announcement = running
    ? current?.phase === 'in'
      ? 'Breathe in, 4 seconds.'
      : 'Breathe out, 6 seconds.'
    : state.status === 'finished'
      ? 'Finished.'
      : state.status === 'stopped'
        ? 'Stopped.'
        : '';

  return (
    <section className="card" aria-labelledby="breathing-heading">
      <h2 id="breathing-heading">Paced breathing</h2>
      <p className="muted">In through the nose for 4 seconds, out slowly for 6. Stop whenever you like.</p>
      <div className="breathing-layout">
        <div className="breath-stage" aria-hidden="true">
          <div className="breath-circle" data-phase={current?.phase ?? 'rest'}>
            <span className="breath-count">{current ? current.secondsLeft : ''}</span>
          </div>
        </div>
        <div className="breathing-controls">
          <p className="breath-phase" aria-live="polite" aria-atomic="true">
            {announcement}
          </p>
          {running ? (
            <p className="muted" aria-hidden="true">
              {Math.floor((state.totalMs - state.elapsedMs) / 60_000)}:
              {String(Math.floor(((state.totalMs - state.elapsedMs) % 60_000) / 1000)).padStart(2, '0')} left
            </p>
          ) : null}
          <Field label="Length">
            <select value={minutes} disabled={running} onChange={(e) => setMinutes(e.target.value)}>
              {lengths.map((m) => (
                <option key={m} value={m}>
                  {m} {m === 1 ? 'minute' : 'minutes'}
                </option>
              ))}
            </select>
          </Field>
          <div className="row">
            <button
              type="button"
              onClick={() => {
                if (running) {
                  stop();
                } else {
                  setLogged(null);
                  setLogError(null);
                  start(Number(minutes));
                }
              }}
            >
              {running ? 'Stop' : 'Start breathing'}
            </button>
          </div>
          {state.status === 'stopped' ? (
            <div className="row breath-stopped">
              <p>Stopped after {Math.round(state.elapsedMs / 1000)} seconds. Log it anyway?</p>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  log(state.elapsedMs);
                  reset();
                }}
              >
                Log {minutesFromElapsed(state.elapsedMs)} min
              </button>
              <button type="button" className="secondary" onClick={reset}>
                Don’t log
              </button>
            </div>
          ) : null}
          {logged ? (
            <p role="status" className="ok">
              {logged}
            </p>
          ) : null}
          {logError ? <p className="form-error">{logError}</p> : null}
        </div>
      </div>
    </section>
  );
}
