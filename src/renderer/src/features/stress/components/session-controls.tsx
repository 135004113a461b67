// The controls every timed practice shares: start / pause / resume in one place (focus stays put), stop, after a
// stop the choice to log the minutes anyway, and once logged the entry with its "how stressed now?".
import { minutesFromElapsed } from '@shared/wellbeing/stress';
import type { useLogSession } from '../hooks/use-log-session';
import type { PracticeClock, usePracticeClock } from '../hooks/use-practice-clock';
import { SessionLogged } from './session-logged';

/** The buttons, the stopped prompt and the logged entry, under a practice. */
export function SessionActions({
  practice,
  what,
  session,
  onStart,
  onLogStopped,
}: {
  practice: ReturnType<typeof usePracticeClock>;
  what: string;
  session: ReturnType<typeof useLogSession>;
  onStart(): void;
  onLogStopped(elapsedMs: number): void;
}) {
  const { clock, pause, resume, stop, reset } = practice;
  const busy = clock.status === 'running' || clock.status === 'paused';
  return (
    <>
      <SessionControls
        clock={clock}
        what={what}
        onStart={onStart}
        onPause={pause}
        onResume={resume}
        onStop={stop}
      />
      {clock.status === 'stopped' ? (
        <StoppedPrompt
          elapsedMs={clock.elapsedMs}
          onLog={() => {
            onLogStopped(clock.elapsedMs);
            reset();
          }}
          onDiscard={reset}
        />
      ) : null}
      {session.logged && !busy ? (
        <SessionLogged key={session.logged.id} row={session.logged} name={what} />
      ) : null}
      {session.error ? <p className="form-error">{session.error}</p> : null}
    </>
  );
}

function SessionControls({
  clock,
  what,
  onStart,
  onPause,
  onResume,
  onStop,
}: {
  clock: PracticeClock;
  /** The practice in the buttons' names: "breathing", "meditation". */
  what: string;
  onStart(): void;
  onPause(): void;
  onResume(): void;
  onStop(): void;
}) {
  const active = clock.status === 'running' || clock.status === 'paused';
  return (
    <div className="row">
      <button
        type="button"
        onClick={clock.status === 'running' ? onPause : clock.status === 'paused' ? onResume : onStart}
      >
        {clock.status === 'running'
          ? `Pause ${what}`
          : clock.status === 'paused'
            ? `Resume ${what}`
            : `Start ${what}`}
      </button>
      {active ? (
        <button type="button" className="secondary" onClick={onStop}>
          Stop {what}
        </button>
      ) : null}
    </div>
  );
}

function StoppedPrompt({
  elapsedMs,
  onLog,
  onDiscard,
}: {
  elapsedMs: number;
  onLog(): void;
  onDiscard(): void;
}) {
  return (
    <div className="row session-stopped">
      <p>Stopped after {Math.round(elapsedMs / 1000)} seconds. Log it anyway?</p>
      <button type="button" className="secondary" onClick={onLog}>
        Log {minutesFromElapsed(elapsedMs)} min
      </button>
      <button type="button" className="secondary" onClick={onDiscard}>
        Don’t log
      </button>
    </div>
  );
}
