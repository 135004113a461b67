// The medication question, asked once: any "yes" → talk to your doctor before starting, with the reason. Never blocks.
import { useState, type FormEvent } from 'react';
import {
  cautionReasons,
  medicationCautionSource,
  medicationQuestions,
} from '@shared/magnesium/medication-caution';
import type { SupplementSafetyRow } from '../../../db/schema';
import { useSaveSafety } from '../../../data/supplement/supplement-queries';
import { errorsFrom } from './form-values';
import { SourceNote } from './source-note';

export function CautionSummary({ safety }: { safety: SupplementSafetyRow }) {
  const reasons = cautionReasons(safety.answers);
  if (reasons.length === 0) {
    return <p className="muted">Medication check: you said you take none of the listed medicines.</p>;
  }
  return (
    <div className="warning caution">
      <p>
        <strong>Talk to your doctor before starting.</strong> You said you take:
      </p>
      <ul>
        {reasons.map((reason) => (
          <li key={reason.id}>
            <strong>{reason.label}.</strong> {reason.reason}
          </li>
        ))}
      </ul>
      <SourceNote>{medicationCautionSource}</SourceNote>
    </div>
  );
}

export function MedicationQuestion({
  safety,
  onDone,
}: {
  safety: SupplementSafetyRow | null;
  onDone?: () => void;
}) {
  const save = useSaveSafety();
  const [answers, setAnswers] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(medicationQuestions.map((q) => [q.id, safety?.answers[q.id] ?? false])),
  );
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutateAsync(answers).then(
      () => onDone?.(),
      (e: unknown) => setError(errorsFrom(e).formError ?? 'Could not save.'),
    );
  };
  return (
    <form className="form" onSubmit={submit} aria-label="Medication check">
      <fieldset className="field">
        <legend>Do you take any of these? Tick all that apply.</legend>
        <p className="hint">
          Asked once. Your answer never stops you planning; it tells you when to check with your doctor first.
        </p>
        <div className="stack">
          {medicationQuestions.map((question) => (
            <label key={question.id} className="choice">
              <input
                type="checkbox"
                checked={answers[question.id] ?? false}
                onChange={(e) => setAnswers((a) => ({ ...a, [question.id]: e.target.checked }))}
              />
              {question.label}
            </label>
          ))}
        </div>
      </fieldset>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" disabled={save.isPending}>
          Save answers
        </button>
      </div>
    </form>
  );
}
