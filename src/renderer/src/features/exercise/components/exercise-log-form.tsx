// Log one exercise session: date, kind, minutes, intensity and notes; errors beside each field.
import { useState, type FormEvent } from 'react';
import { formErrorsFrom } from '../../../lib/form-errors';
import {
  exerciseKindValues,
  intensityValues,
  type ExerciseKind,
  type Intensity,
} from '@shared/wellbeing/exercise';
import { Field, RadioChoices } from '../../../components/field';
import { useAddExerciseSession } from '../../../data/exercise/exercise-queries';

export const kindLabels: Record<(typeof exerciseKindValues)[number], string> = {
  aerobic: 'Aerobic (walk, run, cycle, swim, dance)',
  strength: 'Strength (weights, bands, body weight)',
  flexibility: 'Flexibility or balance (stretching, yoga)',
  other: 'Other',
};

const intensityLabels: Record<(typeof intensityValues)[number], string> = {
  light: 'Light: easy to talk and sing',
  moderate: 'Moderate: can talk, not sing',
  vigorous: 'Vigorous: only a few words at a time',
};

export function ExerciseLogForm({ today }: { today: string }) {
  const blank = {
    date: today,
    kind: 'aerobic' as ExerciseKind,
    minutes: '',
    intensity: 'moderate' as Intensity,
    notes: '',
  };
  const [draft, setDraft] = useState(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const add = useAddExerciseSession();
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
        setSaved(`Logged ${row.minutes} min of ${row.kind}.`);
        setDraft({ ...blank, date: draft.date, kind: draft.kind, intensity: draft.intensity });
      },
      onError: (error) => setErrors(formErrorsFrom(error, 'Nothing was changed.')),
    });
  };

  return (
    <section className="card" aria-labelledby="exercise-log-heading">
      <h2 id="exercise-log-heading">Log a session</h2>
      <form className="form" onSubmit={submit} noValidate>
        <RadioChoices
          legend="Kind"
          name="exercise-kind"
          options={exerciseKindValues}
          labels={kindLabels}
          value={draft.kind}
          onChange={(kind) => set({ kind })}
          error={errors.kind}
          choiceClassName="exercise-choice"
        />
        <div className="row">
          <Field label="Minutes" error={errors.minutes}>
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={600}
              step={1}
              className="exercise-minutes"
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
        <RadioChoices
          legend="How hard did it feel?"
          name="exercise-intensity"
          options={intensityValues}
          labels={intensityLabels}
          value={draft.intensity}
          onChange={(intensity) => set({ intensity })}
          error={errors.intensity}
          choiceClassName="exercise-choice"
        />
        <Field label="Notes" hint="Optional." error={errors.notes}>
          <input type="text" value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
        </Field>
        {errors.form ? <p className="form-error">{errors.form}</p> : null}
        <div className="row">
          <button type="submit" disabled={add.isPending}>
            Log session
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
