// The same figures as a table, for screen readers and for anyone who prefers numbers to lines.
import { shortDayLabel } from '@shared/dates/calendar';
import type { InsightRow } from '@shared/wellbeing/insight-series';

export function InsightsTable({ rows }: { rows: InsightRow[] }) {
  const withData = rows.filter(
    (r) =>
      r.focus !== null ||
      r.mood !== null ||
      r.sleepQuality !== null ||
      r.adherencePercent !== null ||
      r.dosesTaken > 0,
  );
  const cell = (value: number | null, suffix = '') => (value === null ? '—' : `${value}${suffix}`);
  return (
    <details className="insights-table">
      <summary>
        Show the numbers as a table ({withData.length} {withData.length === 1 ? 'day' : 'days'} with data)
      </summary>
      {withData.length === 0 ? (
        <p className="muted">No data in this period yet.</p>
      ) : (
        <table>
          <caption className="visually-hidden">
            Check-in ratings, supplement routine done and doses by day
          </caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col" className="num">
                Focus
              </th>
              <th scope="col" className="num">
                Mood
              </th>
              <th scope="col" className="num">
                Sleep quality
              </th>
              <th scope="col" className="num">
                Supplement routine done
              </th>
              <th scope="col" className="num">
                Doses taken
              </th>
            </tr>
          </thead>
          <tbody>
            {[...withData].reverse().map((r) => (
              <tr key={r.date}>
                <th scope="row">{shortDayLabel(r.date)}</th>
                <td className="num">{cell(r.focus)}</td>
                <td className="num">{cell(r.mood)}</td>
                <td className="num">{cell(r.sleepQuality)}</td>
                <td className="num">{cell(r.adherencePercent, '%')}</td>
                <td className="num">{r.dosesTaken}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
