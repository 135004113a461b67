// This week's practice minutes by kind, as bars with the numbers written out, and the list of practices.
import { shortDayLabel } from '@shared/dates/calendar';
import { practiceKindValues, type PracticeWeek } from '@shared/wellbeing/stress';
import type { StressLogRow } from '../../../db/schema';
import { useRemovePractice } from '../../../data/stress/stress-queries';
import { practiceLabels } from '@shared/wellbeing/stress';

export function StressWeek({
  week,
  practices,
  weekStart,
  weekEnd,
}: {
  week: PracticeWeek;
  practices: StressLogRow[];
  weekStart: string;
  weekEnd: string;
}) {
  const remove = useRemovePractice();
  const longest = Math.max(1, ...practiceKindValues.map((k) => week.minutesByKind[k]));
  return (
    <section className="card" aria-labelledby="stress-week-heading">
      <h2 id="stress-week-heading">
        This week{' '}
        <span className="muted">
          {shortDayLabel(weekStart)} – {shortDayLabel(weekEnd)}
        </span>
      </h2>
      <p>
        <strong data-testid="stress-total">{week.totalMinutes} min</strong> on {week.days}{' '}
        {week.days === 1 ? 'day' : 'days'}. Any amount is worth noting; there is no target here.
      </p>
      <table className="stress-bars">
        <caption className="visually-hidden">Practice minutes by kind this week</caption>
        <tbody>
          {practiceKindValues.map((kind) => (
            <tr key={kind}>
              <th scope="row">{practiceLabels[kind]}</th>
              <td className="stress-bar-cell" aria-hidden="true">
                <span
                  className="stress-bar"
                  style={{ width: `${(week.minutesByKind[kind] / longest) * 100}%` }}
                />
              </td>
              <td className="num">{week.minutesByKind[kind]} min</td>
            </tr>
          ))}
        </tbody>
      </table>
      {practices.length > 0 ? (
        <ul className="stress-list">
          {practices.map((p) => (
            <li key={p.id}>
              <span>
                {shortDayLabel(p.date)} · {practiceLabels[p.kind]} · {p.minutes} min
                {p.notes ? <span className="muted"> · {p.notes}</span> : null}
              </span>
              <button
                type="button"
                className="secondary small"
                aria-label={`Remove ${practiceLabels[p.kind]} ${p.minutes} min on ${shortDayLabel(p.date)}`}
                onClick={() => remove.mutate(p.id)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
