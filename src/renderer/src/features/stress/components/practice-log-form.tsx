// Log a practice by hand: kind, minutes, date and notes; errors beside each field.
import { useState, type FormEvent } from 'react';
import { formErrorsFrom } from '../../../lib/form-errors';
import { practiceKindValues, type PracticeKind } from '@shared/wellbeing/stress';
import { datedLogInput, Field, FormFooter, MinutesAndDate, RadioChoices } from '../../../components/field';
import { useAddPractice } from '../../../data/stress/stress-queries';

import { practiceLabels } from '../../../components/activity-labels';

export { practiceLabels };

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
    add.mutate(datedLogInput(draft), {
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
        <MinutesAndDate
          minutes={draft.minutes}
          date={draft.date}
          today={today}
          errors={errors}
          onChange={set}
          minutesClassName="stress-minutes"
        />
        <Field label="Notes" hint="Optional." error={errors.notes}>
          <input type="text" value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
        </Field>
        <FormFooter error={errors.form} pending={add.isPending} submitLabel="Log practice" saved={saved} />
      </form>
    </section>
  );
}
