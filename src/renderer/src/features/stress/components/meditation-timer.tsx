// A meditation timer: a chosen length, optional interval bells, a gentle end sound. It ends at start + length by the
// wall clock, so a hidden window still ends on time, and it logs itself when it ends.
import { useCallback, useEffect, useRef, useState } from 'react';
import { bellsDue, clockText, meditationTimerSchema } from '@shared/wellbeing/practice-session';
import { Field, MinutesInput } from '../../../components/field';
import { fieldErrorsOf } from '../../../data/validation';
import { useLogSession } from '../hooks/use-log-session';
import { usePracticeClock } from '../hooks/use-practice-clock';
import { useSound } from '../hooks/use-sound';
import { SessionActions } from './session-controls';
import { StressRating } from './stress-rating';

const bellChoices = [0, 1, 2, 5, 10];

export function MeditationTimer({ today }: { today: string }) {
  const [minutes, setMinutes] = useState('10');
  const [bellEvery, setBellEvery] = useState('0');
  const [soundOn, setSoundOn] = useState(true);
  const [stressBefore, setStressBefore] = useState<number | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [bellEveryMs, setBellEveryMs] = useState(0);
  const [heard, setHeard] = useState('');
  const session = useLogSession(today);
  const sound = useSound();

  const logNow = useCallback(
    (elapsedMs: number) =>
      session.log({ kind: 'meditation', elapsedMs, stressBefore, notes: 'Guided: meditation timer' }),
    [session, stressBefore],
  );
  const onEnd = useCallback(
    (elapsedMs: number) => {
      if (soundOn) sound.endSound();
      setHeard('Finished.');
      logNow(elapsedMs);
    },
    [soundOn, sound, logNow],
  );
  const practice = usePracticeClock(onEnd);
  const { clock, now, remainingMs, start } = practice;

  // Interval bells: those due since the last look ring once together, so coming back to a hidden window never
  // sets off a burst of bells. Looks are kept as time into the sitting, so a pause (which moves the start) never
  // rings a bell again.
  const lastLookMs = useRef(0);
  const startEpochMs = clock.status === 'running' ? clock.startEpochMs : null;
  const lengthMs = clock.status === 'running' ? clock.lengthMs : 0;
  useEffect(() => {
    if (startEpochMs === null) return;
    const intoMs = now - startEpochMs;
    const due = bellsDue(0, lengthMs, bellEveryMs, lastLookMs.current, intoMs);
    lastLookMs.current = Math.max(lastLookMs.current, intoMs);
    if (due.length === 0) return;
    if (soundOn) sound.bell();
    setHeard(`Bell: ${clockText(due[due.length - 1]!)} in.`);
  }, [startEpochMs, lengthMs, bellEveryMs, now, soundOn, sound]);

  const begin = () => {
    const parsed = meditationTimerSchema.safeParse({
      minutes: minutes.trim() === '' ? Number.NaN : Number(minutes),
      bellEveryMinutes: Number(bellEvery),
    });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error.issues));
      return;
    }
    setErrors({});
    session.clear();
    if (soundOn) sound.unlock();
    setBellEveryMs(parsed.data.bellEveryMinutes * 60_000);
    setHeard(`Started: ${parsed.data.minutes} minutes.`);
    lastLookMs.current = 0;
    start(parsed.data.minutes * 60_000);
  };

  const busy = clock.status === 'running' || clock.status === 'paused';

  return (
    <section className="card" aria-labelledby="meditation-heading">
      <h2 id="meditation-heading">Meditation timer</h2>
      <p className="muted">
        Sit comfortably, rest your attention on the breath, and come back to it when it wanders.
      </p>
      <p className="meditation-clock" data-testid="meditation-left">
        {busy ? `${clockText(remainingMs)} left${clock.status === 'paused' ? ' (paused)' : ''}` : ' '}
      </p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {heard}
      </p>
      <fieldset className="practice-setup" disabled={busy}>
        <legend className="visually-hidden">Meditation timer settings</legend>
        <div className="row">
          <Field label="Sit for" hint="Minutes, 1 to 600." error={errors.minutes}>
            <MinutesInput className="stress-minutes" value={minutes} onChange={setMinutes} />
          </Field>
          <Field label="Interval bell" error={errors.bellEveryMinutes}>
            <select value={bellEvery} onChange={(e) => setBellEvery(e.target.value)}>
              {bellChoices.map((m) => (
                <option key={m} value={m}>
                  {m === 0 ? 'No bells' : `Every ${m} ${m === 1 ? 'minute' : 'minutes'}`}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <label className="choice sound-choice">
          <input type="checkbox" checked={soundOn} onChange={(e) => setSoundOn(e.target.checked)} />
          Bells and a gentle end sound
        </label>
        <StressRating
          legend="How stressed do you feel before? (optional)"
          name="meditation-stress-before"
          value={stressBefore}
          onChange={setStressBefore}
        />
      </fieldset>
      <SessionActions
        practice={practice}
        what="meditation"
        session={session}
        onStart={begin}
        onLogStopped={logNow}
      />
    </section>
  );
}
