// Create or edit a routine in a native modal dialog; every field is labelled and errors sit beside their field.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { LocalDate } from '@shared/dates/local-date';
import { routineCategories, routineCategoryNames, type RoutineCategory } from '@shared/routines/schedule';
import { carriesActivity, sleepMarkValues, type SleepMark } from '@shared/routines/activity';
import {
  exerciseKindValues,
  intensityValues,
  type ExerciseKind,
  type Intensity,
} from '@shared/wellbeing/exercise';
import { practiceKindValues, type PracticeKind } from '@shared/wellbeing/stress';
import { maxLoggedMinutes } from '@shared/bounds';
import {
  exerciseKindLabels,
  intensityLabels,
  practiceLabels,
  sleepMarkLabels,
} from '../../../components/activity-labels';
import { Field, FieldSet, MinutesInput } from '../../../components/field';
import type { RoutineRow } from '../../../db/schema';
import { ValidationError } from '../../../data/validation';
import { useCreateRoutine, useDeleteRoutine, useUpdateRoutine } from '../../../data/routines/routine-queries';
import { weekdayNames } from './week-labels';

type Kind = 'weekly' | 'daily' | 'times-per-week';

interface Values {
  title: string;
  category: RoutineCategory;
  kind: Kind;
  days: number[];
  times: string;
  count: string;
  nudgeTime: string;
  startDate: string;
  endDate: string;
  paused: boolean;
  remind: boolean;
  nag: boolean;
  notes: string;
  /** Done logs the entry (sleep, exercise and stress routines). */
  logs: boolean;
  exerciseKind: ExerciseKind;
  intensity: Intensity;
  practiceKind: PracticeKind;
  minutes: string;
  sleepMark: SleepMark;
}

const activityDefaults = {
  logs: false,
  exerciseKind: 'aerobic',
  intensity: 'moderate',
  practiceKind: 'breathing',
  minutes: '30',
  sleepMark: 'lights-out',
} as const;

function activityValuesOf(activity: RoutineRow['activity']) {
  if (!activity) return activityDefaults;
  if (activity.area === 'exercise')
    return {
      ...activityDefaults,
      logs: true,
      exerciseKind: activity.kind,
      intensity: activity.intensity,
      minutes: String(activity.minutes),
    };
  if (activity.area === 'stress')
    return {
      ...activityDefaults,
      logs: true,
      practiceKind: activity.kind,
      minutes: String(activity.minutes),
    };
  return { ...activityDefaults, logs: true, sleepMark: activity.mark };
}

function activityOf(values: Values) {
  if (!values.logs || !carriesActivity(values.category)) return null;
  const minutes = values.minutes.trim() === '' ? Number.NaN : Number(values.minutes);
  if (values.category === 'exercise')
    return { area: 'exercise', kind: values.exerciseKind, minutes, intensity: values.intensity };
  if (values.category === 'stress') return { area: 'stress', kind: values.practiceKind, minutes };
  return { area: 'sleep', mark: values.sleepMark };
}

function valuesOf(row: RoutineRow | null, defaults: { day: number; time: string; today: LocalDate }): Values {
  if (!row)
    return {
      title: '',
      category: 'custom',
      kind: 'weekly',
      days: [defaults.day],
      times: defaults.time,
      count: '3',
      nudgeTime: '18:00',
      startDate: defaults.today,
      endDate: '',
      paused: false,
      remind: true,
      nag: false,
      notes: '',
      ...activityDefaults,
    };
  const { schedule } = row;
  return {
    title: row.title,
    category: row.category,
    kind: schedule.kind,
    days: schedule.kind === 'weekly' ? schedule.days : [defaults.day],
    times: schedule.kind === 'times-per-week' ? defaults.time : schedule.times.join(', '),
    count: schedule.kind === 'times-per-week' ? String(schedule.count) : '3',
    nudgeTime: schedule.kind === 'times-per-week' ? (schedule.nudgeTime ?? '') : '18:00',
    startDate: row.startDate,
    endDate: row.endDate ?? '',
    paused: row.paused,
    remind: row.reminder.enabled,
    nag: row.reminder.nag !== null,
    notes: row.notes,
    ...activityValuesOf(row.activity),
  };
}

function inputOf(values: Values, nag: { intervalMinutes: number; maxCount: number }) {
  const times = values.times
    .split(/[,\s]+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => (/^\d:\d\d$/.test(t) ? `0${t}` : t));
  const schedule =
    values.kind === 'weekly'
      ? { kind: 'weekly', days: [...values.days].sort(), times }
      : values.kind === 'daily'
        ? { kind: 'daily', times }
        : {
            kind: 'times-per-week',
            count: Number(values.count),
            ...(values.nudgeTime ? { nudgeTime: values.nudgeTime } : {}),
          };
  return {
    title: values.title,
    category: values.category,
    notes: values.notes,
    schedule,
    startDate: values.startDate,
    endDate: values.endDate || null,
    paused: values.paused,
    reminder: { enabled: values.remind, nag: values.nag ? nag : null },
    activity: activityOf(values),
  };
}

function fieldOf(path: string): string {
  if (path.startsWith('schedule.times')) return 'times';
  if (path.startsWith('schedule.days')) return 'days';
  if (path.startsWith('schedule.count')) return 'count';
  if (path.startsWith('schedule.nudgeTime')) return 'nudgeTime';
  if (path === 'activity.minutes') return 'minutes';
  if (path.startsWith('activity.')) return 'activity';
  return path;
}

export function RoutineDialog({
  routine,
  defaults,
  nag,
  onClose,
}: {
  routine: RoutineRow | null;
  defaults: { day: number; time: string; today: LocalDate };
  nag: { intervalMinutes: number; maxCount: number };
  onClose: (message?: string) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [values, setValues] = useState(() => valuesOf(routine, defaults));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateRoutine();
  const update = useUpdateRoutine();
  const remove = useDeleteRoutine();
  const busy = create.isPending || update.isPending || remove.isPending;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const onError = (error: Error) => {
    if (error instanceof ValidationError) {
      const mapped: Record<string, string> = { form: error.message };
      for (const [path, message] of Object.entries(error.fieldErrors)) mapped[fieldOf(path)] ??= message;
      setErrors(mapped);
    } else setErrors({ form: `Could not save: ${error.message}. Nothing was changed.` });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = inputOf(values, nag);
    const done = () =>
      onClose(routine ? `Saved “${values.title.trim()}”.` : `Added “${values.title.trim()}”.`);
    if (routine) update.mutate({ id: routine.id, input }, { onSuccess: done, onError });
    else create.mutate(input, { onSuccess: done, onError });
  };

  const onDelete = () => {
    if (!routine) return;
    if (!window.confirm(`Delete “${routine.title}” and its history?`)) return;
    remove.mutate(routine.id, { onSuccess: () => onClose(`Deleted “${routine.title}”.`), onError });
  };

  return (
    <dialog
      ref={ref}
      className="routine-dialog"
      aria-labelledby="routine-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form className="form" onSubmit={submit} noValidate>
        <h2 id="routine-dialog-title">{routine ? 'Edit routine' : 'New routine'}</h2>
        <Field label="Name" error={errors.title}>
          <input value={values.title} onChange={(e) => set('title', e.target.value)} autoFocus />
        </Field>
        <Field label="Area" error={errors.category}>
          <select
            value={values.category}
            onChange={(e) => set('category', e.target.value as RoutineCategory)}
          >
            {routineCategories.map((c) => (
              <option key={c} value={c}>
                {routineCategoryNames[c]}
              </option>
            ))}
          </select>
        </Field>
        {carriesActivity(values.category) ? (
          <ActivityFields values={values} errors={errors} set={set} />
        ) : null}
        <FieldSet legend="Repeats">
          {(
            [
              ['weekly', 'On chosen days'],
              ['daily', 'Every day'],
              ['times-per-week', 'A number of times a week, any days'],
            ] as const
          ).map(([kind, label]) => (
            <label key={kind} className="choice">
              <input
                type="radio"
                name="kind"
                checked={values.kind === kind}
                onChange={() => set('kind', kind)}
              />
              {label}
            </label>
          ))}
        </FieldSet>
        {values.kind === 'weekly' ? (
          <FieldSet legend="Days" error={errors.days}>
            {weekdayNames.map((name, index) => (
              <label key={name} className="choice">
                <input
                  type="checkbox"
                  checked={values.days.includes(index + 1)}
                  onChange={(e) =>
                    set(
                      'days',
                      e.target.checked
                        ? [...values.days, index + 1]
                        : values.days.filter((d) => d !== index + 1),
                    )
                  }
                />
                {name}
              </label>
            ))}
          </FieldSet>
        ) : null}
        {values.kind === 'times-per-week' ? (
          <>
            <Field label="Times a week" hint="1 to 7; any days count." error={errors.count}>
              <input
                type="number"
                min={1}
                max={7}
                value={values.count}
                onChange={(e) => set('count', e.target.value)}
              />
            </Field>
            <Field
              label="Nudge time"
              hint="A gentle reminder at this time on days when the rest of the week needs every day."
              error={errors.nudgeTime}
            >
              <input
                type="time"
                value={values.nudgeTime}
                onChange={(e) => set('nudgeTime', e.target.value)}
              />
            </Field>
          </>
        ) : (
          <Field
            label="Times"
            hint="24-hour times, separated by commas, e.g. 08:00, 20:00."
            error={errors.times}
          >
            <input value={values.times} onChange={(e) => set('times', e.target.value)} />
          </Field>
        )}
        <div className="grid-2">
          <Field label="Starts on" error={errors.startDate}>
            <input type="date" value={values.startDate} onChange={(e) => set('startDate', e.target.value)} />
          </Field>
          <Field label="Ends on" hint="Leave empty to keep it going." error={errors.endDate}>
            <input type="date" value={values.endDate} onChange={(e) => set('endDate', e.target.value)} />
          </Field>
        </div>
        <label className="choice">
          <input type="checkbox" checked={values.remind} onChange={(e) => set('remind', e.target.checked)} />
          Remind me
        </label>
        <label className="choice">
          <input type="checkbox" checked={values.nag} onChange={(e) => set('nag', e.target.checked)} />
          Remind again every {nag.intervalMinutes} min until I respond (up to {nag.maxCount} times)
        </label>
        <label className="choice">
          <input type="checkbox" checked={values.paused} onChange={(e) => set('paused', e.target.checked)} />
          Paused (kept, but not planned)
        </label>
        <Field label="Notes" error={errors.notes}>
          <textarea rows={2} value={values.notes} onChange={(e) => set('notes', e.target.value)} />
        </Field>
        {errors.form ? (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        ) : null}
        <div className="row dialog-actions">
          <button type="submit" disabled={busy}>
            {routine ? 'Save routine' : 'Add routine'}
          </button>
          <button type="button" className="secondary" onClick={() => onClose()}>
            Cancel
          </button>
          {routine ? (
            <button type="button" className="danger" disabled={busy} onClick={onDelete}>
              Delete
            </button>
          ) : null}
        </div>
      </form>
    </dialog>
  );
}

type Setter = <K extends keyof Values>(key: K, value: Values[K]) => void;

/** What a sleep, exercise or stress routine logs when it is done. */
function ActivityFields({
  values,
  errors,
  set,
}: {
  values: Values;
  errors: Record<string, string>;
  set: Setter;
}) {
  const what =
    values.category === 'sleep' ? 'Done notes the time for last night’s sleep log' : 'Done logs it';
  return (
    <FieldSet legend="Logging" error={errors.activity}>
      <label className="choice">
        <input type="checkbox" checked={values.logs} onChange={(e) => set('logs', e.target.checked)} />
        {what} (Undo removes it)
      </label>
      {values.logs && values.category === 'exercise' ? (
        <div className="grid-2">
          <Select
            label="Kind of exercise"
            options={exerciseKindValues}
            labels={exerciseKindLabels}
            value={values.exerciseKind}
            onChange={(v) => set('exerciseKind', v)}
          />
          <Select
            label="Intensity"
            options={intensityValues}
            labels={intensityLabels}
            value={values.intensity}
            onChange={(v) => set('intensity', v)}
          />
        </div>
      ) : null}
      {values.logs && values.category === 'stress' ? (
        <Select
          label="Kind of practice"
          options={practiceKindValues}
          labels={practiceLabels}
          value={values.practiceKind}
          onChange={(v) => set('practiceKind', v)}
        />
      ) : null}
      {values.logs && values.category !== 'sleep' ? (
        <Field label="Minutes" hint={`Whole minutes, 1 to ${maxLoggedMinutes}.`} error={errors.minutes}>
          <MinutesInput value={values.minutes} onChange={(v) => set('minutes', v)} />
        </Field>
      ) : null}
      {values.logs && values.category === 'sleep' ? (
        <Select
          label="This routine is"
          options={sleepMarkValues}
          labels={sleepMarkLabels}
          value={values.sleepMark}
          onChange={(v) => set('sleepMark', v)}
        />
      ) : null}
    </FieldSet>
  );
}

function Select<T extends string>({
  label,
  options,
  labels,
  value,
  onChange,
}: {
  label: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <Field label={label}>
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </Field>
  );
}
