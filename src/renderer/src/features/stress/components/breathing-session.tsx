// A guided breathing session: pick a pattern, a circle that grows on in, holds and shrinks on out, a counting cue, one
// announcement per phase for screen readers, an optional soft tone per phase; it logs itself when it ends.
import { useCallback, useEffect, useRef, useState, type CSSProperties } from 'react';
import {
  breathingPatternIds,
  chooseTimings,
  circleScale,
  patternNames,
  phaseAnnouncement,
  phaseAt,
  phaseCue,
  presetTimings,
  timingsText,
  type BreathingPatternId,
  type BreathPhaseKind,
  type BreathTimings,
} from '@shared/wellbeing/breathing';
import { clockText } from '@shared/wellbeing/practice-session';
import { Field, RadioChoices } from '../../../components/field';
import { useLogSession } from '../hooks/use-log-session';
import { usePracticeClock } from '../hooks/use-practice-clock';
import { useSound, type ToneName } from '../hooks/use-sound';
import { SessionActions } from './session-controls';
import { StressRating } from './stress-rating';

const lengths = [1, 2, 3, 5, 10];

const customLabels: Record<BreathPhaseKind, string> = {
  in: 'Breathe in (seconds)',
  holdIn: 'Hold after in (seconds)',
  out: 'Breathe out (seconds)',
  holdOut: 'Hold after out (seconds)',
};
const toneOf: Record<BreathPhaseKind, ToneName> = { in: 'in', holdIn: 'hold', out: 'out', holdOut: 'hold' };

const patternHelp: Record<BreathingPatternId, string> = {
  box: 'In 4, hold 4, out 4, hold 4.',
  '4-7-8': 'In 4, hold 7, out slowly for 8.',
  coherent: 'In 5.5, out 5.5: about five and a half breaths a minute.',
  '4-6': 'In 4, out slowly for 6.',
  custom: 'Your own: each phase 0 to 60 seconds; in and out at least 1.',
};

/** The pattern has its own field; a custom one's timings go in the note, so the entry says what was breathed. */
function noteFor(patternId: BreathingPatternId, timings: BreathTimings): string {
  return patternId === 'custom' ? `Guided: ${timingsText(timings)} s` : 'Guided';
}

export function BreathingSession({ today }: { today: string }) {
  const [patternId, setPatternId] = useState<BreathingPatternId>('4-6');
  const [custom, setCustom] = useState<Record<BreathPhaseKind, string>>({
    in: '4',
    holdIn: '2',
    out: '6',
    holdOut: '0',
  });
  const [customErrors, setCustomErrors] = useState<Partial<Record<BreathPhaseKind, string>>>({});
  const [minutes, setMinutes] = useState('2');
  const [stressBefore, setStressBefore] = useState<number | null>(null);
  const [toneOn, setToneOn] = useState(false);
  const [active, setActive] = useState<{ patternId: BreathingPatternId; timings: BreathTimings }>({
    patternId: '4-6',
    timings: presetTimings['4-6'],
  });
  const session = useLogSession(today);
  const sound = useSound();

  const logNow = useCallback(
    (elapsedMs: number) =>
      session.log({
        kind: 'breathing',
        elapsedMs,
        pattern: active.patternId,
        stressBefore,
        notes: noteFor(active.patternId, active.timings),
      }),
    [session, active, stressBefore],
  );
  const practice = usePracticeClock(logNow);
  const { clock, now, remainingMs, start } = practice;

  const phase =
    clock.status === 'running'
      ? phaseAt(active.timings, clock.startEpochMs, now)
      : clock.status === 'paused'
        ? phaseAt(active.timings, 0, clock.elapsedMs)
        : null;

  // One soft tone as each phase begins (never again within it), only if the person turned tones on.
  const tonedPhase = useRef(-1);
  const phaseNumber = clock.status === 'running' && phase ? phase.phaseNumber : -1;
  const phaseKind = phase?.kind;
  const phaseSeconds = phase ? phase.phaseMs / 1000 : 0;
  useEffect(() => {
    if (phaseNumber < 0 || !phaseKind || phaseNumber === tonedPhase.current) return;
    tonedPhase.current = phaseNumber;
    if (toneOn) sound.tone(toneOf[phaseKind], phaseSeconds);
  }, [phaseNumber, phaseKind, phaseSeconds, toneOn, sound]);

  const begin = () => {
    const choice = chooseTimings(patternId, {
      in: Number(custom.in === '' ? Number.NaN : custom.in),
      holdIn: Number(custom.holdIn === '' ? Number.NaN : custom.holdIn),
      out: Number(custom.out === '' ? Number.NaN : custom.out),
      holdOut: Number(custom.holdOut === '' ? Number.NaN : custom.holdOut),
    });
    if (!choice.ok) {
      // Nothing starts on a phase out of bounds: the message beside the box says what fits.
      setCustomErrors(choice.fieldErrors);
      return;
    }
    setCustomErrors({});
    session.clear();
    if (toneOn) sound.unlock();
    tonedPhase.current = -1;
    setActive({ patternId, timings: choice.timings });
    start(Number(minutes) * 60_000);
  };

  const busy = clock.status === 'running' || clock.status === 'paused';
  const announcement = phase
    ? clock.status === 'paused'
      ? 'Paused.'
      : phaseAnnouncement(phase)
    : clock.status === 'finished'
      ? 'Finished.'
      : clock.status === 'stopped'
        ? 'Stopped.'
        : '';
  const customHasErrors = Object.keys(customErrors).length > 0;

  return (
    <section className="card" aria-labelledby="breathing-heading">
      <h2 id="breathing-heading">Guided breathing</h2>
      <p className="muted">
        Breathe gently; stop whenever you like. Any pattern that feels easy is a good one.
      </p>
      <div className="breathing-layout">
        <div className="breath-stage" aria-hidden="true">
          <div
            className="breath-circle"
            data-phase={phase?.kind ?? 'rest'}
            data-testid="breath-circle"
            style={{ '--breath-scale': phase ? circleScale(phase) : 0.55 } as CSSProperties}
          >
            <span className="breath-count">{phase ? phase.secondsLeft : ''}</span>
          </div>
        </div>
        <div className="breathing-controls">
          <p className="breath-cue" aria-hidden="true" data-testid="breath-cue">
            {phase ? phaseCue(phase) : ' '}
          </p>
          <p
            className="visually-hidden"
            aria-live="polite"
            aria-atomic="true"
            data-testid="breath-announcement"
          >
            {announcement}
          </p>
          {busy ? <p className="muted">{clockText(remainingMs)} left</p> : null}
          <SessionActions
            practice={practice}
            what="breathing"
            session={session}
            onStart={begin}
            onLogStopped={logNow}
          />
        </div>
      </div>
      <fieldset className="practice-setup" disabled={busy}>
        <legend className="visually-hidden">Breathing session settings</legend>
        <RadioChoices
          legend="Pattern"
          name="breathing-pattern"
          options={breathingPatternIds}
          labels={patternNames}
          value={patternId}
          onChange={(id) => {
            setPatternId(id);
            setCustomErrors({});
          }}
          hint={patternHelp[patternId]}
        />
        {patternId === 'custom' ? (
          <div className="row custom-pattern">
            {(['in', 'holdIn', 'out', 'holdOut'] as const).map((kind) => (
              <Field key={kind} label={customLabels[kind]} error={customErrors[kind]}>
                <input
                  type="number"
                  inputMode="decimal"
                  min={kind === 'in' || kind === 'out' ? 1 : 0}
                  max={60}
                  step={0.5}
                  className="breath-seconds"
                  value={custom[kind]}
                  onChange={(e) => {
                    setCustom((c) => ({ ...c, [kind]: e.target.value }));
                  }}
                />
              </Field>
            ))}
          </div>
        ) : null}
        {customHasErrors ? (
          <p className="form-error">Fix the pattern above; the session did not start.</p>
        ) : null}
        <div className="row">
          <Field label="Length">
            <select value={minutes} onChange={(e) => setMinutes(e.target.value)}>
              {lengths.map((m) => (
                <option key={m} value={m}>
                  {m} {m === 1 ? 'minute' : 'minutes'}
                </option>
              ))}
            </select>
          </Field>
          <label className="choice sound-choice">
            <input type="checkbox" checked={toneOn} onChange={(e) => setToneOn(e.target.checked)} />
            Soft tone at each phase
          </label>
        </div>
        <StressRating
          legend="How stressed do you feel before? (optional)"
          name="breathing-stress-before"
          value={stressBefore}
          onChange={setStressBefore}
        />
      </fieldset>
    </section>
  );
}
