// Log a practice by hand: kind, minutes, date and notes; errors beside each field.
import { useState, type FormEvent } from 'react';
import { formErrorsFrom } from '../../../lib/form-errors';
import { practiceKindValues, type PracticeKind } from '@shared/wellbeing/stress';
import { Field, RadioChoices } from '../../../components/field';
import { useAddPractice } from '../../../data/stress/stress-queries';

export const practiceLabels: Record<(typeof practiceKindValues)[number], string> = {
  breathing: 'Breathing',
  meditation: 'Meditation',
  mindfulness: 'Mindfulness',
  hobby: 'Hobby',
  other: 'Other',
};

export function PracticeLogForm({ today }: { today: string }) {
  const [draft, setDraft] = useState({
    date: today,
    kind: 'meditation' as PracticeKind,
    minutes: '',
    notes: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const add = useAddPractice();
  const set = (patch: Partial<typeof draft>) => {
    setSaved(null);
    setDraft((d) => ({ ...d, ...patch }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      ...draft,
      minutes: draft.minutes.trim() === '' ? Number.NaN : Number(draft.minutes),
      notes: draft.notes.trim(),
    };
    add.mutate(input, {
      onSuccess: (row) => {
        setErrors({});
        setSaved(`Logged ${row.minutes} min of ${practiceLabels[row.kind].toLowerCase()}.`);
        setDraft((d) => ({ ...d, minutes: '', notes: '' }));
      },
      onError: (error) => setErrors(formErrorsFrom(error, 'Nothing was changed.')),
    });
  };

  return (
    <section className="card" aria-labelledby="practice-log-heading">
      <h2 id="practice-log-heading">Log a practice</h2>
      <form className="form" onSubmit={submit} noValidate>
        <RadioChoices
          legend="Kind"
          name="practice-kind"
          options={practiceKindValues}
          labels={practiceLabels}
          value={draft.kind}
          onChange={(kind) => set({ kind })}
          error={errors.kind}
          hint="A hobby that absorbs you counts too."
        />
        <div className="row">
          <Field label="Minutes" error={errors.minutes}>
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={600}
              step={1}
              className="stress-minutes"
              value={draft.minutes}
              onChange={(e) => set({ minutes: e.target.value })}
            />
          </Field>
          <Field label="Date" error={errors.date}>
            <input
              type="date"
              value={draft.date}
              max={today}
              onChange={(e) => set({ date: e.target.value })}
            />
          </Field>
        </div>
        <Field label="Notes" hint="Optional." error={errors.notes}>
          <input type="text" value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
        </Field>
        {errors.form ? <p className="form-error">{errors.form}</p> : null}
        <div className="row">
          <button type="submit" disabled={add.isPending}>
            Log practice
          </button>
        </div>
        {saved ? (
          <p role="status" className="ok">
            {saved}
          </p>
        ) : null}
      </form>
    </section>
  );
}
