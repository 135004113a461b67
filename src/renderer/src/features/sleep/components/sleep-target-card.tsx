// The target bedtime and wake time, shown plainly, with a small form to change them.
import { useState, type FormEvent } from 'react';
import { formatDuration } from '@shared/wellbeing/sleep';
import { targetNightMinutes } from '@shared/wellbeing/sleep-regularity';
import { Field } from '../../../components/field';
import { ValidationError } from '../../../data/validation';
import type { SleepTarget } from '../../../data/sleep/sleep-repository';
import { useSaveSleepTarget } from '../../../data/sleep/sleep-queries';

export function SleepTargetCard({ target }: { target: SleepTarget }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(target);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveSleepTarget();
  const length = targetNightMinutes(target);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(draft, {
      onSuccess: () => {
        setErrors({});
        setEditing(false);
      },
      onError: (error) =>
        setErrors(
          error instanceof ValidationError ? error.fieldErrors : { form: `Could not save: ${error.message}` },
        ),
    });
  };

  return (
    <section className="card" aria-labelledby="sleep-target-heading">
      <h2 id="sleep-target-heading">Your target</h2>
      <p className="sleep-target">
        In bed by <strong>{target.bedtime}</strong>, up at <strong>{target.wakeTime}</strong>
        <span className="muted"> · {formatDuration(length)} in bed</span>
      </p>
      <p className="muted">
        A direction, not a rule. Logging a night uses these times as the starting point.
      </p>
      {editing ? (
        <form className="form" onSubmit={submit} noValidate>
          <div className="row">
            <Field label="Target bedtime" error={errors.bedtime}>
              <input
                type="time"
                value={draft.bedtime}
                onChange={(e) => setDraft({ ...draft, bedtime: e.target.value })}
              />
            </Field>
            <Field label="Target wake time" error={errors.wakeTime}>
              <input
                type="time"
                value={draft.wakeTime}
                onChange={(e) => setDraft({ ...draft, wakeTime: e.target.value })}
              />
            </Field>
          </div>
          {errors.form ? <p className="form-error">{errors.form}</p> : null}
          <div className="row">
            <button type="submit" disabled={save.isPending}>
              Save target
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setDraft(target);
            setEditing(true);
          }}
        >
          Change target
        </button>
      )}
    </section>
  );
}
