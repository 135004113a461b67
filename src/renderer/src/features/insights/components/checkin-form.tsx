// The daily check-in: five 1–5 ratings as labelled radio groups, and notes. Any subset is fine.
import { useState, type FormEvent } from 'react';
import { formErrorsFrom } from '../../../lib/form-errors';
import { Field, FieldSet, FormFooter } from '../../../components/field';
import type { CheckinRow } from '../../../db/schema';
import { useSaveCheckin } from '../../../data/checkins/checkins-queries';
import { checkinScales } from '../../../components/checkin-scales';

const scales = checkinScales;
type ScaleField = (typeof scales)[number]['field'];
type Draft = Record<ScaleField, string> & { notes: string };

function draftFrom(checkin: CheckinRow | null, sleepLogQuality: number | null): Draft {
  const v = (n: number | null | undefined) => (n == null ? '' : String(n));
  return {
    focus: v(checkin?.focus),
    mood: v(checkin?.mood),
    irritability: v(checkin?.irritability),
    restlessness: v(checkin?.restlessness),
    sleepQuality: v(checkin ? checkin.sleepQuality : sleepLogQuality),
    notes: checkin?.notes ?? '',
  };
}

export function CheckinForm({
  date,
  today,
  checkin,
  sleepLogQuality,
  onDateChange,
}: {
  date: string;
  today: string;
  checkin: CheckinRow | null;
  sleepLogQuality: number | null;
  onDateChange: (date: string) => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftFrom(checkin, sleepLogQuality));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const save = useSaveCheckin();
  const set = (patch: Partial<Draft>) => {
    setSaved(null);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const fromSleepLog = !checkin && sleepLogQuality !== null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const rating = (value: string) => (value === '' ? null : Number(value));
    save.mutate(
      {
        date,
        focus: rating(draft.focus),
        mood: rating(draft.mood),
        irritability: rating(draft.irritability),
        restlessness: rating(draft.restlessness),
        sleepQuality: rating(draft.sleepQuality),
        notes: draft.notes.trim(),
      },
      {
        onSuccess: () => {
          setErrors({});
          setSaved(`Check-in for ${date === today ? 'today' : date} saved.`);
        },
        onError: (error) => setErrors(formErrorsFrom(error, 'Nothing was changed.')),
      },
    );
  };

  return (
    <section className="card" aria-labelledby="checkin-heading">
      <h2 id="checkin-heading">{checkin ? 'Update your check-in' : 'Check in'}</h2>
      <p className="muted">Ten seconds is enough. Rate what you like and leave the rest.</p>
      <form className="form" onSubmit={submit} noValidate>
        <Field label="Day" hint="Missed a day? Pick it here." error={errors.date}>
          <input
            type="date"
            value={date}
            max={today}
            onChange={(e) => {
              if (e.target.value) onDateChange(e.target.value);
            }}
          />
        </Field>
        {scales.map((scale) => (
          <div className="checkin-scale" key={scale.field}>
            <FieldSet
              legend={scale.legend}
              error={errors[scale.field]}
              hint={
                scale.field === 'sleepQuality' && fromSleepLog
                  ? `1 is ${scale.low}, 5 is ${scale.high}. Filled in from your sleep log.`
                  : `1 is ${scale.low}, 5 is ${scale.high}.`
              }
            >
              <label className="choice checkin-skip">
                <input
                  type="radio"
                  name={`checkin-${scale.field}`}
                  checked={draft[scale.field] === ''}
                  onChange={() => set({ [scale.field]: '' })}
                />
                Not rated
              </label>
              {[1, 2, 3, 4, 5].map((n) => (
                <label className="choice" key={n}>
                  <input
                    type="radio"
                    name={`checkin-${scale.field}`}
                    value={n}
                    checked={draft[scale.field] === String(n)}
                    onChange={() => set({ [scale.field]: String(n) })}
                  />
                  {n}
                </label>
              ))}
            </FieldSet>
          </div>
        ))}
        <Field label="Notes" hint="Optional: anything that stood out today." error={errors.notes}>
          <textarea rows={2} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
        </Field>
        <FormFooter error={errors.form} pending={save.isPending} submitLabel="Save check-in" saved={saved} />
      </form>
    </section>
  );
}
