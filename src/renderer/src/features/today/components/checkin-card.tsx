// The daily check-in on Today, done in under 20 seconds: one tap per scale, one per digestive side effect,
// a note if you like. Written through the check-ins owner, so the side effects are the ones the step-back reads.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { severities, type Severity } from '@shared/magnesium/step-back';
import { defaultEveningCheckinTime, digestiveFields } from '@shared/wellbeing/daily-checkin';
import { Field, FieldSet, FormFooter } from '../../../components/field';
import { checkinScales, type CheckinScaleField } from '../../../components/checkin-scales';
import type { CheckinRow, RoutineRow } from '../../../db/schema';
import {
  checkinQueries,
  useSaveDailyCheckin,
  useSetEveningCheckinReminder,
} from '../../../data/checkins/checkins-queries';
import { sleepQueries } from '../../../data/sleep/sleep-queries';
import { formErrorsFrom } from '../../../lib/form-errors';
import { useSeededOnce } from '../../../lib/use-seeded-once';

type DigestiveField = (typeof digestiveFields)[number];
type Draft = Record<CheckinScaleField, string> & Record<DigestiveField, Severity> & { notes: string };

const digestiveLabels: Record<DigestiveField, string> = {
  diarrhoea: 'Loose stools',
  nausea: 'Nausea',
  cramps: 'Stomach cramps',
};
const severityLabels: Record<Severity, string> = {
  none: 'None',
  mild: 'Mild',
  moderate: 'Moderate',
  severe: 'Severe',
};

/** The day's answers so far; with none yet, sleep quality starts from last night's sleep log. */
function draftFrom(row: CheckinRow | null, sleepLogQuality: number | null): Draft {
  const v = (n: number | null | undefined) => (n == null ? '' : String(n));
  return {
    focus: v(row?.focus),
    mood: v(row?.mood),
    irritability: v(row?.irritability),
    restlessness: v(row?.restlessness),
    sleepQuality: v(row ? row.sleepQuality : sleepLogQuality),
    diarrhoea: row?.sideEffects.diarrhoea ?? 'none',
    nausea: row?.sideEffects.nausea ?? 'none',
    cramps: row?.sideEffects.cramps ?? 'none',
    notes: row?.notes ?? '',
  };
}

export default function CheckinCard({
  today,
  routines,
  focused,
}: {
  today: string;
  routines: RoutineRow[];
  /** Opened from the evening reminder: bring the card into view. */
  focused: boolean;
}) {
  const existing = useQuery(checkinQueries.one(today));
  const sleepQuality = useQuery(sleepQueries.quality(today));
  const ready = useSeededOnce(today, existing, sleepQuality);
  if (!ready) return null;
  return (
    <CheckinForm
      key={today}
      today={today}
      row={existing.data ?? null}
      sleepLogQuality={sleepQuality.data ?? null}
      reminder={routines.find((r) => r.source?.kind === 'evening-checkin') ?? null}
      focused={focused}
    />
  );
}

function CheckinForm({
  today,
  row,
  sleepLogQuality,
  reminder,
  focused,
}: {
  today: string;
  row: CheckinRow | null;
  sleepLogQuality: number | null;
  reminder: RoutineRow | null;
  focused: boolean;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftFrom(row, sleepLogQuality));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const save = useSaveDailyCheckin();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'start' });
  }, [focused]);
  const set = (patch: Partial<Draft>) => {
    setSaved(null);
    setDraft((d) => ({ ...d, ...patch }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const rating = (value: string) => (value === '' ? null : Number(value));
    save.mutate(
      {
        date: today,
        focus: rating(draft.focus),
        mood: rating(draft.mood),
        irritability: rating(draft.irritability),
        restlessness: rating(draft.restlessness),
        sleepQuality: rating(draft.sleepQuality),
        diarrhoea: draft.diarrhoea,
        nausea: draft.nausea,
        cramps: draft.cramps,
        notes: draft.notes.trim(),
      },
      {
        onSuccess: () => {
          setErrors({});
          setSaved('Check-in for today saved.');
        },
        onError: (error) => setErrors(formErrorsFrom(error, 'Nothing was changed.')),
      },
    );
  };

  return (
    <section
      className="card today-card"
      id="checkin"
      ref={ref}
      aria-labelledby="today-checkin-heading"
      tabIndex={-1}
    >
      <h2 id="today-checkin-heading">{row ? 'Today’s check-in' : 'Check in'}</h2>
      <p className="muted">One tap each, skip any. 1 is low, 5 is high.</p>
      <form className="form checkin-quick" onSubmit={submit} noValidate>
        {checkinScales.map((scale) => (
          <FieldSet
            key={scale.field}
            legend={scale.legend}
            hint={`1 ${scale.low}, 5 ${scale.high}`}
            error={errors[scale.field]}
          >
            {[1, 2, 3, 4, 5].map((n) => (
              <label className="choice" key={n}>
                <input
                  type="radio"
                  name={`today-${scale.field}`}
                  checked={draft[scale.field] === String(n)}
                  onChange={() => set({ [scale.field]: String(n) })}
                />
                {n}
              </label>
            ))}
          </FieldSet>
        ))}
        <p className="checkin-quick-sub">Digestive side effects today</p>
        {digestiveFields.map((field) => (
          <FieldSet key={field} legend={digestiveLabels[field]} error={errors[field]}>
            {severities.map((severity) => (
              <label className="choice" key={severity}>
                <input
                  type="radio"
                  name={`today-${field}`}
                  checked={draft[field] === severity}
                  onChange={() => set({ [field]: severity })}
                />
                {severityLabels[severity]}
              </label>
            ))}
          </FieldSet>
        ))}
        <Field label="Note" hint="Optional." error={errors.notes}>
          <input type="text" value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
        </Field>
        <FormFooter error={errors.form} pending={save.isPending} submitLabel="Save check-in" saved={saved} />
      </form>
      <EveningReminder reminder={reminder} />
    </section>
  );
}

/** The optional evening reminder: a daily routine the reminder engine sends like any other. */
function EveningReminder({ reminder }: { reminder: RoutineRow | null }) {
  const current =
    reminder && reminder.schedule.kind !== 'times-per-week' ? reminder.schedule.times[0] : undefined;
  const [time, setTime] = useState(current ?? defaultEveningCheckinTime);
  // Shown at once; the routine follows through the live map, and a refused change turns it back.
  const [on, setOn] = useState(reminder !== null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const setReminder = useSetEveningCheckinReminder();
  const apply = (enabled: boolean, at: string) =>
    setReminder.mutate(
      { enabled, time: at },
      {
        onSuccess: () => setErrors({}),
        onError: (error) => {
          setOn(reminder !== null);
          setErrors(formErrorsFrom(error, 'Nothing was changed.'));
        },
      },
    );
  return (
    <div className="checkin-reminder">
      <label className="choice">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => {
            setOn(e.target.checked);
            apply(e.target.checked, time);
          }}
        />
        Remind me to check in each evening
      </label>
      {on ? (
        <Field label="Evening reminder at" error={errors.time ?? errors.form}>
          <input
            type="time"
            value={time}
            onChange={(e) => setTime(e.target.value)}
            onBlur={() => {
              if (time !== current) apply(true, time);
            }}
          />
        </Field>
      ) : null}
    </div>
  );
}
