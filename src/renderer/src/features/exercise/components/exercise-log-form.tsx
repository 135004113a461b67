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
import type { DoneOccurrence, RoutineActivity } from '@shared/routines/activity';

export function ExerciseLogForm({
  today,
  doneToday,
}: {
  today: string;
  /** Exercise routines done today: a session logged here can be one of them instead of a second entry. */
  doneToday: DoneOccurrence<Extract<RoutineActivity, { area: 'exercise' }>>[];
}) {
  const blank = {
    date: today,
    kind: 'aerobic' as ExerciseKind,
    minutes: '',
    intensity: 'moderate' as Intensity,
    notes: '',
    occurrenceId: '',
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
    add.mutate(
      { ...datedLogInput(draft), occurrenceId: draft.occurrenceId || null },
      {
        onSuccess: (row) => {
          setErrors({});
          setSaved(
            row.occurrenceId
              ? `Updated the routine’s entry: ${row.minutes} min of ${row.kind}.`
              : `Logged ${row.minutes} min of ${row.kind}.`,
          );
          setDraft({ ...blank, date: draft.date, kind: draft.kind, intensity: draft.intensity });
        },
        onError: (error) => setErrors(formErrorsFrom(error, 'Nothing was changed.')),
      },
    );
  };

  return (
    <section className="card" aria-labelledby="exercise-log-heading">
      <h2 id="exercise-log-heading">Log a session</h2>
      <form className="form" onSubmit={submit} noValidate>
        {doneToday.length > 0 ? (
          <Field
            label="This session is"
            hint="A routine done today already logged its session; pick it to correct that entry instead of adding a second one."
          >
            <select
              value={draft.occurrenceId}
              onChange={(e) => {
                const picked = doneToday.find((o) => o.occurrenceId === e.target.value);
                set(
                  picked
                    ? {
                        occurrenceId: picked.occurrenceId,
                        date: today,
                        kind: picked.activity.kind,
                        intensity: picked.activity.intensity,
                        minutes: String(picked.activity.minutes),
                      }
                    : { occurrenceId: '' },
                );
              }}
            >
              <option value="">A session of its own</option>
              {doneToday.map((o) => (
                <option key={o.occurrenceId} value={o.occurrenceId}>
                  Today’s {o.title}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
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
