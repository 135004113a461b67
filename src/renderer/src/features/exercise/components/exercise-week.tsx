// One week's mix: aerobic minutes (vigorous counted double) and strength days beside the 2018 guideline, plus the sessions.
import { shortDayLabel } from '@shared/dates/calendar';
import { activityReference, exerciseKindValues, type WeeklyMix } from '@shared/wellbeing/exercise';
import type { ExerciseLogRow } from '../../../db/schema';
import { useRemoveExerciseSession } from '../../../data/exercise/exercise-queries';

function Progress({ label, value, max, unit }: { label: string; value: number; max: number; unit: string }) {
  return (
    <div className="exercise-progress">
      <div className="exercise-progress-text">
        <span>{label}</span>
        <strong>
          {value} of {max} {unit}
        </strong>
      </div>
      <progress value={Math.min(value, max)} max={max} aria-label={`${label}: ${value} of ${max} ${unit}`} />
    </div>
  );
}

export function ExerciseWeek({
  mix,
  sessions,
  weekStart,
  weekEnd,
  isCurrentWeek,
  onPrevious,
  onNext,
}: {
  mix: WeeklyMix;
  sessions: ExerciseLogRow[];
  weekStart: string;
  weekEnd: string;
  isCurrentWeek: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const remove = useRemoveExerciseSession();
  return (
    <section className="card" aria-labelledby="exercise-week-heading">
      <div className="exercise-week-header">
        <h2 id="exercise-week-heading">
          {isCurrentWeek ? 'This week' : 'Week'}{' '}
          <span className="muted">
            {shortDayLabel(weekStart)} – {shortDayLabel(weekEnd)}
          </span>
        </h2>
        <div className="row">
          <button type="button" className="secondary small" onClick={onPrevious}>
            Previous week
          </button>
          <button type="button" className="secondary small" onClick={onNext} disabled={isCurrentWeek}>
            Next week
          </button>
        </div>
      </div>
      <div aria-live="polite">
        <Progress
          label="Aerobic, moderate-equivalent"
          value={mix.aerobicEquivalentMinutes}
          max={activityReference.aerobicModerateEquivalentMinutes}
          unit="min"
        />
        <Progress
          label="Strength days"
          value={mix.strengthDays}
          max={activityReference.strengthDays}
          unit="days"
        />
      </div>
      <p className="muted">
        Vigorous minutes count double; light minutes are kept below but not in this figure. A strength day
        needs a moderate or vigorous strength session.
      </p>
      <p className="muted exercise-reference">
        Reference: 150 min of moderate aerobic activity a week (or 75 vigorous) plus strength on 2 days, the
        adult guideline in the <cite>{activityReference.source}</cite>. A reference point, not a prescription:
        any movement counts for something.
      </p>
      <table>
        <caption className="visually-hidden">Minutes by kind this week</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col" className="num">
              Minutes
            </th>
          </tr>
        </thead>
        <tbody>
          {exerciseKindValues.map((kind) => (
            <tr key={kind}>
              <th scope="row">{kind[0]!.toUpperCase() + kind.slice(1)}</th>
              <td className="num">{mix.minutesByKind[kind]}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Of which light</th>
            <td className="num">{mix.lightMinutes}</td>
          </tr>
        </tbody>
      </table>
      <h3 className="exercise-sessions-heading">Sessions</h3>
      {sessions.length === 0 ? (
        <p className="muted">Nothing logged this week yet. A ten-minute walk counts.</p>
      ) : (
        <ul className="exercise-sessions">
          {sessions.map((s) => (
            <li key={s.id}>
              <span>
                {shortDayLabel(s.date)} · {s.kind} · {s.minutes} min · {s.intensity}
                {s.notes ? <span className="muted"> · {s.notes}</span> : null}
              </span>
              <button
                type="button"
                className="secondary small"
                aria-label={`Remove ${s.kind} ${s.minutes} min on ${shortDayLabel(s.date)}`}
                onClick={() => remove.mutate(s.id)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
