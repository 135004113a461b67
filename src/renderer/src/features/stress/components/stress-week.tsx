// This week's practice minutes by kind, as bars with the numbers written out, stress before and after guided
// sessions (a link, not a cause), and the list of practices.
import { shortDayLabel } from '@shared/dates/calendar';
import { patternNames } from '@shared/wellbeing/breathing';
import { practiceKindValues, stressChange, type PracticeWeek } from '@shared/wellbeing/stress';
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
  const change = stressChange(practices);
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
      {change ? (
        <p data-testid="stress-change">
          Stress before and after, over {change.rated} rated {change.rated === 1 ? 'practice' : 'practices'}:{' '}
          <strong>
            {oneDecimal(change.averageBefore)} → {oneDecimal(change.averageAfter)}
          </strong>{' '}
          on average ({signed(change.averageChange)} on the 1–5 scale).{' '}
          <span className="muted">
            A link, not a cause: how you felt may have eased anyway, and a few sessions are not a trend.
          </span>
        </p>
      ) : null}
      {practices.length > 0 ? (
        <ul className="stress-list">
          {practices.map((p) => (
            <li key={p.id}>
              <span>
                {shortDayLabel(p.date)} · {practiceLabels[p.kind]} · {p.minutes} min
                {p.pattern ? ` · ${patternNames[p.pattern]}` : null}
                {p.stressBefore !== undefined || p.stressAfter !== undefined
                  ? ` · stress ${p.stressBefore ?? '–'} → ${p.stressAfter ?? '–'}`
                  : null}
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

const oneDecimal = (value: number) => value.toFixed(1);
const signed = (value: number) =>
  value > 0 ? `+${value.toFixed(1)}` : value < 0 ? `−${(-value).toFixed(1)}` : '0.0';
