// Side effects for a day (diarrhoea, nausea, stomach cramps, other), stored in that day's check-in.
import { useState, type FormEvent } from 'react';
import type { LocalDate } from '@shared/dates/local-date';
import { Field } from '../../../components/field';
import type { CheckinRow, Severity } from '../../../db/schema';
import { useSaveSideEffects } from '../../../data/checkins/checkins-queries';
import { errorsFrom, formatDate } from './form-values';

const severities: Severity[] = ['none', 'mild', 'moderate', 'severe'];
const effects = [
  ['diarrhoea', 'Diarrhoea'],
  ['nausea', 'Nausea'],
  ['cramps', 'Stomach cramps'],
  ['other', 'Other'],
] as const;
type Effect = (typeof effects)[number][0];

export function SideEffectsForm({ today, checkins }: { today: LocalDate; checkins: readonly CheckinRow[] }) {
  const save = useSaveSideEffects();
  const [date, setDate] = useState(today);
  const existing = checkins.find((c) => c.date === date);
  const [draft, setDraft] = useState<
    Record<string, Partial<Record<Effect, Severity>> & { otherText?: string }>
  >({});
  const current = draft[date] ?? {};
  const severityOf = (effect: Effect): Severity => current[effect] ?? existing?.sideEffects[effect] ?? 'none';
  const otherText = current.otherText ?? existing?.otherSideEffect ?? '';
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [savedFor, setSavedFor] = useState<string | null>(null);
  const update = (patch: Partial<Record<Effect, Severity>> & { otherText?: string }) => {
    setSavedFor(null);
    setDraft((d) => ({ ...d, [date]: { ...d[date], ...patch } }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        date,
        diarrhoea: severityOf('diarrhoea'),
        nausea: severityOf('nausea'),
        cramps: severityOf('cramps'),
        other: severityOf('other'),
        otherSideEffect: otherText,
      },
      {
        onSuccess: () => {
          setErrors({});
          setSavedFor(date);
        },
        onError: (error) => setErrors(errorsFrom(error)),
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Side effects">
      {errors.formError ? (
        <p className="form-error" role="alert">
          {errors.formError}
        </p>
      ) : null}
      <Field label="Day" error={errors.date}>
        <input type="date" value={date} max={today} onChange={(e) => setDate(e.target.value)} />
      </Field>
      <div className="grid-fields">
        {effects.map(([effect, label]) => (
          <Field key={effect} label={label} error={errors[effect]}>
            <select
              value={severityOf(effect)}
              onChange={(e) => update({ [effect]: e.target.value as Severity })}
            >
              {severities.map((s) => (
                <option key={s} value={s}>
                  {s[0]!.toUpperCase() + s.slice(1)}
                </option>
              ))}
            </select>
          </Field>
        ))}
      </div>
      {severityOf('other') !== 'none' ? (
        <Field label="What other effect?" error={errors.otherSideEffect}>
          <input value={otherText} onChange={(e) => update({ otherText: e.target.value })} />
        </Field>
      ) : null}
      <div className="row">
        <button type="submit" disabled={save.isPending}>
          Save side effects
        </button>
        {savedFor ? (
          <span className="ok" role="status">
            Saved for {formatDate(savedFor)}.
          </span>
        ) : null}
      </div>
    </form>
  );
}
