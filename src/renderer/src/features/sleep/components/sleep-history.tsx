// Two weeks of nights: the figures about them, each explained in one line, a bed-to-wake timeline, and the same data as a table.
import { datesBetween, minutesOfDay, shortDayLabel } from '@shared/dates/calendar';
import {
  formatClock,
  formatDuration,
  nightInstants,
  summarizeSleep,
  type Night,
} from '@shared/wellbeing/sleep';
import type { SleepLogRow } from '../../../db/schema';
import type { SleepTarget } from '../../../data/sleep/sleep-repository';
import { useRemoveSleepLog } from '../../../data/sleep/sleep-queries';
import { SleepFigures } from './sleep-figures';

/** The timeline runs from 18:00 the evening before to 14:00 on the wake-up day (20 hours). */
const axisStartMinutes = 18 * 60;
const axisLengthMinutes = 20 * 60;

function axisOffset(clock: string): number {
  const minutes = minutesOfDay(clock);
  const offset =
    minutes >= axisStartMinutes ? minutes - axisStartMinutes : minutes + 24 * 60 - axisStartMinutes;
  return Math.min(axisLengthMinutes, offset);
}

function percent(offsetMinutes: number): string {
  return `${((offsetMinutes / axisLengthMinutes) * 100).toFixed(2)}%`;
}

function completeNights(logs: SleepLogRow[]): Night[] {
  return logs.flatMap((log) =>
    log.bedtime && log.wakeTime ? [{ date: log.date, bedtime: log.bedtime, wakeTime: log.wakeTime }] : [],
  );
}

export function SleepHistory({
  logs,
  from,
  to,
  timeZone,
  target,
  freeDays,
}: {
  logs: SleepLogRow[];
  from: string;
  to: string;
  timeZone: string;
  target: SleepTarget;
  freeDays: readonly number[];
}) {
  const remove = useRemoveSleepLog();
  const nights = completeNights(logs);
  const summary = summarizeSleep(nights, timeZone);
  const byDate = new Map(logs.map((log) => [log.date, log]));
  const ticks = ['18:00', '21:00', '00:00', '03:00', '06:00', '09:00', '12:00'];

  return (
    <section className="card" aria-labelledby="sleep-history-heading">
      <h2 id="sleep-history-heading">The last 14 nights</h2>
      <dl className="sleep-figures">
        <div>
          <dt>Nights logged</dt>
          <dd>{summary.nights} of 14</dd>
        </div>
        <div>
          <dt>Typical bedtime / wake time</dt>
          <dd>
            {summary.averageBedtimeMinutes === null || summary.averageWakeMinutes === null
              ? '—'
              : `${formatClock(summary.averageBedtimeMinutes)} / ${formatClock(summary.averageWakeMinutes)}`}
          </dd>
        </div>
      </dl>
      <SleepFigures nights={nights} today={to} timeZone={timeZone} target={target} freeDays={freeDays} />

      {nights.length > 0 ? (
        <figure className="sleep-timeline" aria-hidden="true">
          <div className="sleep-plot">
            <div className="sleep-axis">
              {ticks.map((tick) => (
                <span key={tick} style={{ left: percent(axisOffset(tick)) }}>
                  {tick}
                </span>
              ))}
            </div>
            <div
              className="sleep-target-band"
              style={{
                left: percent(axisOffset(target.bedtime)),
                width: percent(Math.max(0, axisOffset(target.wakeTime) - axisOffset(target.bedtime))),
              }}
            />
            {datesBetween(from, to).map((date) => {
              const log = byDate.get(date);
              const complete = log?.bedtime && log.wakeTime;
              const start = complete ? axisOffset(log.bedtime!) : 0;
              const end = complete ? axisOffset(log.wakeTime!) : 0;
              return (
                <div className="sleep-row" key={date}>
                  <span className="sleep-row-label">{shortDayLabel(date)}</span>
                  <span className="sleep-row-track">
                    {complete && end > start ? (
                      <span
                        className="sleep-bar"
                        style={{ left: percent(start), width: percent(end - start) }}
                      />
                    ) : null}
                  </span>
                </div>
              );
            })}
          </div>
          <figcaption className="muted">
            Shaded band: your target. The table below has the same nights.
          </figcaption>
        </figure>
      ) : (
        <p>No nights logged in the last two weeks yet. One is enough to start.</p>
      )}

      {logs.length > 0 ? (
        <table className="sleep-table">
          <caption className="visually-hidden">Nights logged in the last 14 days</caption>
          <thead>
            <tr>
              <th scope="col">Night ending</th>
              <th scope="col">Bedtime</th>
              <th scope="col">Wake time</th>
              <th scope="col" className="num">
                Time in bed
              </th>
              <th scope="col" className="num">
                Quality
              </th>
              <th scope="col">Notes</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...logs].reverse().map((log) => (
              <tr key={log.date}>
                <th scope="row">{shortDayLabel(log.date)}</th>
                <td>{log.bedtime ?? '—'}</td>
                <td>{log.wakeTime ?? '—'}</td>
                <td className="num">
                  {log.bedtime && log.wakeTime
                    ? formatDuration(
                        nightInstants(
                          { date: log.date, bedtime: log.bedtime, wakeTime: log.wakeTime },
                          timeZone,
                        ).durationMinutes,
                      )
                    : '—'}
                </td>
                <td className="num">{log.quality ?? '—'}</td>
                <td>{log.notes}</td>
                <td>
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => remove.mutate(log.date)}
                    aria-label={`Remove the night ending ${shortDayLabel(log.date)}`}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
