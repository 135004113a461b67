// One week's mix: aerobic minutes (vigorous counted double) and strength days beside the 2018 guideline, plus the sessions.
import { shortDayLabel } from '@shared/dates/calendar';
import { exerciseKindValues, type WeeklyMix } from '@shared/wellbeing/exercise';
import type { ExerciseTarget, TargetProgress } from '@shared/wellbeing/exercise-targets';
import { SourceNote } from '../../../components/source-note';
import type { ExerciseLogRow } from '../../../db/schema';
import { useRemoveExerciseSession } from '../../../data/exercise/exercise-queries';

function Progress({ line }: { line: TargetProgress }) {
  const unit = line.unit === 'min' ? 'min' : 'days';
  const range = line.upTo ? `${line.goal}–${line.upTo}` : String(line.goal);
  return (
    <div className="exercise-progress" data-testid={`target-${line.id}`}>
      <div className="exercise-progress-text">
        <span>{line.label}</span>
        <strong>
          {line.done} of {range} {unit}
        </strong>
      </div>
      <progress
        value={Math.min(line.done, line.goal)}
        max={line.goal}
        aria-label={`${line.label}: ${line.done} of ${range} ${unit}`}
      />
      <p className="muted exercise-planned">
        Planned by your routines this week: {line.planned} {unit}
      </p>
    </div>
  );
}

export function ExerciseWeek({
  mix,
  target,
  progress,
  sessions,
  weekStart,
  weekEnd,
  isCurrentWeek,
  onPrevious,
  onNext,
}: {
  mix: WeeklyMix;
  target: ExerciseTarget;
  progress: TargetProgress[];
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
      <h3 className="exercise-target-heading">{target.who}</h3>
      <p>{target.summary}</p>
      {progress.length > 0 ? (
        <div aria-live="polite">
          {progress.map((line) => (
            <Progress key={line.id} line={line} />
          ))}
        </div>
      ) : null}
      <p className="muted">
        {target.aerobicCounting === 'moderate-equivalent'
          ? 'Vigorous aerobic minutes count double; light minutes are kept below but not in this figure. A strength day needs a moderate or vigorous strength session.'
          : target.aerobicCounting === 'aerobic-minutes'
            ? 'Moderate and vigorous aerobic minutes count as they are; light minutes are kept below but not in this figure.'
            : 'Any moderate or vigorous minutes count, play and sport included; light minutes are kept below but not in this figure.'}
      </p>
      <SourceNote>
        <cite>{target.source}</cite>. A reference point, not a prescription: any movement counts for
        something.
      </SourceNote>
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
