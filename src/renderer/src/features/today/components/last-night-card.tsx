// "Log last night" in one tap: the times come from the Lights out and Wake up routines done, or the target.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { addDays } from '@shared/dates/calendar';
import { doneOccurrencesOn } from '@shared/routines/activity';
import { lastNightPrefill } from '@shared/wellbeing/last-night';
import { formatDuration, nightInstants } from '@shared/wellbeing/sleep';
import { timeOfDaySchema } from '@shared/dates/local-date';
import { Field } from '../../../components/field';
import type { CompletionRow, RoutineRow } from '../../../db/schema';
import { sleepQueries, useSaveSleepLog } from '../../../data/sleep/sleep-queries';
import { formErrorsFrom } from '../../../lib/form-errors';

const fromLabel = { routine: 'your Done', target: 'your target' } as const;

export default function LastNightCard({
  today,
  timeZone,
  now,
  routines,
  completions,
}: {
  today: string;
  timeZone: string;
  now: number;
  routines: RoutineRow[];
  completions: CompletionRow[];
}) {
  const target = useQuery(sleepQueries.target());
  const logged = useQuery(sleepQueries.logs(today, today));
  const save = useSaveSleepLog({ timeZone, today });
  const [editing, setEditing] = useState<{ bedtime: string; wakeTime: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!target.data || !logged.data) return null;

  const night = logged.data[0];
  if (night?.bedtime && night.wakeTime) {
    const minutes = nightInstants(
      { date: today, bedtime: night.bedtime, wakeTime: night.wakeTime },
      timeZone,
    ).durationMinutes;
    return (
      <section className="card today-card" aria-labelledby="last-night-heading">
        <h2 id="last-night-heading">Last night</h2>
        <p role="status">
          Logged: {night.bedtime} to {night.wakeTime}, {formatDuration(minutes)} in bed.{' '}
          <a href="#/sleep">See your nights</a>
        </p>
      </section>
    );
  }

  const prefill = lastNightPrefill({
    yesterday: doneOccurrencesOn(routines, completions, addDays(today, -1), 'sleep'),
    today: doneOccurrencesOn(routines, completions, today, 'sleep'),
    todayDate: today,
    target: target.data,
    timeZone,
    nowEpochMs: now,
  });
  const times = editing ?? prefill;
  const valid =
    timeOfDaySchema.safeParse(times.bedtime).success && timeOfDaySchema.safeParse(times.wakeTime).success;
  const minutes = valid ? nightInstants({ date: today, ...times }, timeZone).durationMinutes : null;
  const log = () =>
    save.mutate(
      { date: today, bedtime: times.bedtime, wakeTime: times.wakeTime, quality: null, notes: '' },
      {
        onSuccess: () => {
          setErrors({});
          setEditing(null);
        },
        onError: (error) => setErrors(formErrorsFrom(error, 'Nothing was saved.')),
      },
    );

  return (
    <section className="card today-card" aria-labelledby="last-night-heading">
      <h2 id="last-night-heading">Last night</h2>
      {editing ? (
        <div className="row">
          <Field label="Bedtime" error={errors.bedtime}>
            <input
              type="time"
              value={editing.bedtime}
              onChange={(e) => setEditing({ ...editing, bedtime: e.target.value })}
            />
          </Field>
          <Field
            label="Wake time"
            hint="Earlier than the bedtime means the next morning."
            error={errors.wakeTime}
          >
            <input
              type="time"
              value={editing.wakeTime}
              onChange={(e) => setEditing({ ...editing, wakeTime: e.target.value })}
            />
          </Field>
        </div>
      ) : (
        <p>
          In bed at <strong>{prefill.bedtime}</strong> ({fromLabel[prefill.bedtimeFrom]}), up at{' '}
          <strong>{prefill.wakeTime}</strong> ({fromLabel[prefill.wakeTimeFrom]}).
        </p>
      )}
      {minutes !== null ? <p className="muted">That is {formatDuration(minutes)} in bed.</p> : null}
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form} {errors.date ?? ''}
        </p>
      ) : null}
      <div className="row">
        <button type="button" onClick={log} disabled={save.isPending}>
          Log last night
        </button>
        {editing ? (
          <button type="button" className="secondary" onClick={() => setEditing(null)}>
            Cancel
          </button>
        ) : (
          <button
            type="button"
            className="secondary"
            onClick={() => setEditing({ bedtime: prefill.bedtime, wakeTime: prefill.wakeTime })}
          >
            Change the times
          </button>
        )}
      </div>
    </section>
  );
}
