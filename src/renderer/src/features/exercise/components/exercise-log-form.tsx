// Log one exercise session: date, kind, minutes, intensity and notes; errors beside each field.
import { useState, type FormEvent } from 'react';
import { formErrorsFrom } from '../../../lib/form-errors';
import {
  exerciseKindValues,
  intensityValues,
  type ExerciseKind,
  type Intensity,
} from '@shared/wellbeing/exercise';
import { datedLogInput, Field, FormFooter, MinutesAndDate, RadioChoices } from '../../../components/field';
import { useAddExerciseSession } from '../../../data/exercise/exercise-queries';
import { exerciseKindLabels, intensityLabels } from '../../../components/activity-labels';

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
    add.mutate(datedLogInput(draft), {
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
          labels={exerciseKindLabels}
          value={draft.kind}
          onChange={(kind) => set({ kind })}
          error={errors.kind}
          choiceClassName="exercise-choice"
        />
        <MinutesAndDate
          minutes={draft.minutes}
          date={draft.date}
          today={today}
          errors={errors}
          onChange={set}
          minutesClassName="exercise-minutes"
        />
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
        <FormFooter error={errors.form} pending={add.isPending} submitLabel="Log session" saved={saved} />
      </form>
    </section>
  );
}
