// A labelled form field with its hint and its error, wired for screen readers.
import { cloneElement, useId, type ReactElement } from 'react';
import { maxLoggedMinutes } from '@shared/bounds';

interface FieldProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  children: ReactElement<{ id?: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }>;
}

export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {cloneElement(children, {
        id,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
      })}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A group of radio buttons or checkboxes with a legend and an error. */
export function FieldSet({
  legend,
  error,
  hint,
  children,
}: {
  legend: string;
  error?: string | undefined;
  hint?: string;
  children: React.ReactNode;
}) {
  const id = useId();
  return (
    <fieldset
      className={error ? 'field has-error' : 'field'}
      aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <div className="choices">{children}</div>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** One choice from a few, as labelled radio buttons in a fieldset. */
export function RadioChoices<V extends string>({
  legend,
  name,
  options,
  labels,
  value,
  onChange,
  error,
  hint,
  choiceClassName,
}: {
  legend: string;
  name: string;
  options: readonly V[];
  labels: Record<V, string>;
  value: V;
  onChange(value: V): void;
  error?: string | undefined;
  hint?: string;
  choiceClassName?: string;
}) {
  return (
    <FieldSet legend={legend} error={error} {...(hint ? { hint } : {})}>
      {options.map((option) => (
        <label className={choiceClassName ? `choice ${choiceClassName}` : 'choice'} key={option}>
          <input type="radio" name={name} checked={value === option} onChange={() => onChange(option)} />
          {labels[option]}
        </label>
      ))}
    </FieldSet>
  );
}

/** The end of a form: the form-level error, the submit button and the "saved" confirmation. */
export function FormFooter({
  error,
  pending,
  submitLabel,
  saved,
}: {
  error?: string | undefined;
  pending: boolean;
  submitLabel: string;
  saved: string | null;
}) {
  return (
    <>
      {error ? <p className="form-error">{error}</p> : null}
      <div className="row">
        <button type="submit" disabled={pending}>
          {submitLabel}
        </button>
      </div>
      {saved ? (
        <p role="status" className="ok">
          {saved}
        </p>
      ) : null}
    </>
  );
}

/** A whole number of minutes, 1 to the most one session may last. Put it inside a `Field`, which labels it. */
export function MinutesInput({
  value,
  onChange,
  className,
  ...wiring
}: {
  value: string;
  onChange(value: string): void;
  className?: string;
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  return (
    <input
      {...wiring}
      type="number"
      inputMode="numeric"
      min={1}
      max={maxLoggedMinutes}
      step={1}
      className={className}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** Minutes and the day of a dated log entry (an exercise session, a practice), side by side. */
export function MinutesAndDate({
  minutes,
  date,
  today,
  errors,
  onChange,
  minutesClassName,
}: {
  minutes: string;
  date: string;
  today: string;
  errors: Record<string, string>;
  onChange(patch: { minutes?: string; date?: string }): void;
  minutesClassName: string;
}) {
  return (
    <div className="row">
      <Field label="Minutes" error={errors.minutes}>
        <MinutesInput
          className={minutesClassName}
          value={minutes}
          onChange={(value) => onChange({ minutes: value })}
        />
      </Field>
      <Field label="Date" error={errors.date}>
        <input type="date" value={date} max={today} onChange={(e) => onChange({ date: e.target.value })} />
      </Field>
    </div>
  );
}

/** A dated log entry as typed, ready for its owner: an empty minutes box is not a number, notes are trimmed. */
export function datedLogInput<D extends { minutes: string; notes: string }>(draft: D) {
  return {
    ...draft,
    minutes: draft.minutes.trim() === '' ? Number.NaN : Number(draft.minutes),
    notes: draft.notes.trim(),
  };
}
