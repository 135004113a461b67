// The wind-down: optional steps before the target bedtime, each a daily routine that shows on Today.
import { useState, type FormEvent } from 'react';
import { windDownItems, windDownTime, type WindDownItemId } from '@shared/wellbeing/wind-down';
import { FieldSet, FormFooter } from '../../../components/field';
import type { RoutineRow } from '../../../db/schema';
import type { SleepTarget } from '../../../data/sleep/sleep-repository';
import { useSaveWindDown } from '../../../data/sleep/sleep-queries';
import { formErrorsFrom } from '../../../lib/form-errors';

export function WindDownCard({
  target,
  routines,
  today,
}: {
  target: SleepTarget;
  routines: RoutineRow[];
  today: string;
}) {
  const chosenNow = routines.flatMap((r) => (r.source?.kind === 'wind-down' ? [r.source.item] : []));
  const [chosen, setChosen] = useState<WindDownItemId[]>(chosenNow);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const save = useSaveWindDown();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { input: { items: chosen }, today },
      {
        onSuccess: () => {
          setErrors({});
          setSaved(
            chosen.length === 0
              ? 'No wind-down steps: nothing extra on Today.'
              : `Saved: ${chosen.length} step${chosen.length === 1 ? '' : 's'} on Today from tonight.`,
          );
        },
        onError: (error) => setErrors(formErrorsFrom(error, 'Nothing was changed.')),
      },
    );
  };

  return (
    <section className="card" aria-labelledby="wind-down-heading">
      <h2 id="wind-down-heading">Wind-down before {target.bedtime}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <FieldSet
          legend="Steps to add to Today"
          hint="Each is optional, and moves with your target bedtime."
          error={errors.items}
        >
          {windDownItems.map((item) => (
            <label key={item.id} className="choice">
              <input
                type="checkbox"
                checked={chosen.includes(item.id)}
                onChange={(e) => {
                  setSaved(null);
                  setChosen((c) => (e.target.checked ? [...c, item.id] : c.filter((id) => id !== item.id)));
                }}
              />
              {item.title} at {windDownTime(target.bedtime, item.minutesBefore)}
            </label>
          ))}
        </FieldSet>
        <FormFooter error={errors.form} pending={save.isPending} submitLabel="Save wind-down" saved={saved} />
      </form>
    </section>
  );
}
