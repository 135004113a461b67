// Log a night: wake-up date, bedtime and wake time (starting from the target), quality and notes.
import { useState, type FormEvent } from 'react';
import { formErrorsFrom } from '../../../lib/form-errors';
import { formatDuration, nightInstants } from '@shared/wellbeing/sleep';
import { timeOfDaySchema } from '@shared/dates/local-date';
import { Field, FieldSet, FormFooter } from '../../../components/field';
import type { SleepLogRow } from '../../../db/schema';
import type { SleepTarget } from '../../../data/sleep/sleep-repository';
import { useSaveSleepLog } from '../../../data/sleep/sleep-queries';

interface Draft {
  date: string;
  bedtime: string;
  wakeTime: string;
  quality: string;
  notes: string;
}

const qualityLabels = ['1', '2', '3', '4', '5'];

function draftFor(date: string, logs: SleepLogRow[], target: SleepTarget): Draft {
  const existing = logs.find((log) => log.date === date);
  return {
    date,
    bedtime: existing?.bedtime ?? target.bedtime,
    wakeTime: existing?.wakeTime ?? target.wakeTime,
    quality: existing?.quality ? String(existing.quality) : '',
    notes: existing?.notes ?? '',
  };
}

export function SleepLogForm({
  target,
  logs,
  today,
  timeZone,
}: {
  target: SleepTarget;
  logs: SleepLogRow[];
  today: string;
  timeZone: string;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftFor(today, logs, target));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const save = useSaveSleepLog({ timeZone, today });
  const set = (patch: Partial<Draft>) => {
    setSaved(null);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const exists = logs.some((log) => log.date === draft.date);
  const preview =
    timeOfDaySchema.safeParse(draft.bedtime).success && timeOfDaySchema.safeParse(draft.wakeTime).success
      ? nightInstants(
          { date: draft.date || today, bedtime: draft.bedtime, wakeTime: draft.wakeTime },
          timeZone,
        ).durationMinutes
      : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      date: draft.date,
      bedtime: draft.bedtime,
      wakeTime: draft.wakeTime,
      quality: draft.quality === '' ? null : Number(draft.quality),
      notes: draft.notes.trim(),
    };
    save.mutate(input, {
      onSuccess: (row) => {
        setErrors({});
        setSaved(`Saved the night ending ${row.date}.`);
      },
      onError: (error) => setErrors(formErrorsFrom(error, 'Nothing was changed.')),
    });
  };

  return (
    <section className="card" aria-labelledby="sleep-log-heading">
      <h2 id="sleep-log-heading">{exists ? 'Update a night' : 'Log last night'}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <Field label="Woke up on" hint="The night before this morning." error={errors.date}>
          <input
            type="date"
            value={draft.date}
            max={today}
            onChange={(e) => {
              setSaved(null);
              setErrors({});
              setDraft(draftFor(e.target.value, logs, target));
            }}
          />
        </Field>
        <div className="row">
          <Field label="Bedtime" error={errors.bedtime}>
            <input type="time" value={draft.bedtime} onChange={(e) => set({ bedtime: e.target.value })} />
          </Field>
          <Field label="Wake time" error={errors.wakeTime}>
            <input type="time" value={draft.wakeTime} onChange={(e) => set({ wakeTime: e.target.value })} />
          </Field>
        </div>
        {preview !== null ? (
          <p className="muted" aria-live="polite">
            That is {formatDuration(preview)} in bed.
          </p>
        ) : null}
        <FieldSet legend="How did you sleep?" hint="Optional. 1 is poor, 5 is great." error={errors.quality}>
          <label className="choice">
            <input
              type="radio"
              name="sleep-quality"
              checked={draft.quality === ''}
              onChange={() => set({ quality: '' })}
            />
            Not rated
          </label>
          {qualityLabels.map((label, i) => (
            <label className="choice" key={label}>
              <input
                type="radio"
                name="sleep-quality"
                value={i + 1}
                checked={draft.quality === String(i + 1)}
                onChange={() => set({ quality: String(i + 1) })}
              />
              {label}
            </label>
          ))}
        </FieldSet>
        <Field label="Notes" hint="Optional: anything you want to remember." error={errors.notes}>
          <textarea rows={2} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
        </Field>
        <FormFooter
          error={errors.form}
          pending={save.isPending}
          submitLabel={exists ? 'Update night' : 'Save night'}
          saved={saved}
        />
      </form>
    </section>
  );
}
