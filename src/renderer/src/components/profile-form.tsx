// The profile questions (life stage, time zone, week start, units), used at first run and in Settings.
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import {
  ageBandLabels,
  ageBands,
  bandsWithPregnancyValues,
  type ProfileInput,
} from '@shared/profile/profile';
import { Field, FieldSet } from './field';

export interface ProfileFormValues {
  ageBand: string;
  sex: string;
  reproductiveStatus: string;
  /** 'yes' when 65 or over (asked only in the 51+ band). */
  aged65OrOver: string;
  timeZone: string;
  weekStart: string;
  units: string;
}

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function valuesFromProfile(profile: ProfileInput | null): ProfileFormValues {
  return {
    ageBand: profile?.lifeStage.ageBand ?? '',
    sex: profile?.lifeStage.sex ?? '',
    reproductiveStatus: profile?.lifeStage.reproductiveStatus ?? 'none',
    aged65OrOver: profile?.lifeStage.aged65OrOver ? 'yes' : '',
    timeZone: profile?.timeZone ?? systemTimeZone(),
    weekStart: String(profile?.weekStart ?? 1),
    units: profile?.units ?? 'metric',
  };
}

/** Turns form strings into the shape the repository validates; it never decides validity itself. */
export function profileInputFromValues(values: ProfileFormValues): unknown {
  return {
    lifeStage: {
      ageBand: values.ageBand || undefined,
      sex: values.sex || undefined,
      reproductiveStatus: values.reproductiveStatus,
      aged65OrOver: values.ageBand === '51+' && values.aged65OrOver === 'yes',
    },
    timeZone: values.timeZone,
    weekStart: Number(values.weekStart),
    units: values.units || undefined,
  };
}

const fieldKeys: Record<string, keyof ProfileFormValues> = {
  'lifeStage.ageBand': 'ageBand',
  'lifeStage.sex': 'sex',
  'lifeStage.reproductiveStatus': 'reproductiveStatus',
  'lifeStage.aged65OrOver': 'aged65OrOver',
  timeZone: 'timeZone',
  weekStart: 'weekStart',
  units: 'units',
};

export function profileFieldErrors(
  fieldErrors: Record<string, string>,
): Partial<Record<keyof ProfileFormValues | 'form', string>> {
  const out: Partial<Record<keyof ProfileFormValues | 'form', string>> = {};
  for (const [path, message] of Object.entries(fieldErrors)) out[fieldKeys[path] ?? 'form'] = message;
  return out;
}

interface ProfileFormProps {
  initial: ProfileFormValues;
  submitLabel: string;
  errors: Partial<Record<keyof ProfileFormValues | 'form', string>>;
  busy: boolean;
  onSubmit(values: ProfileFormValues): void;
  /** Extra content before the submit button (the disclaimer at first run). */
  beforeSubmit?: ReactNode;
}

export function ProfileForm({
  initial,
  submitLabel,
  errors,
  busy,
  onSubmit,
  beforeSubmit,
}: ProfileFormProps) {
  const [values, setValues] = useState(initial);
  const timeZones = useMemo(() => {
    const zones = Intl.supportedValuesOf?.('timeZone') ?? [];
    return zones.includes(values.timeZone) ? zones : [values.timeZone, ...zones];
  }, [values.timeZone]);
  const set = (key: keyof ProfileFormValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const pregnancyApplies =
    values.sex === 'female' && bandsWithPregnancyValues.includes(values.ageBand as (typeof ageBands)[number]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(pregnancyApplies ? values : { ...values, reproductiveStatus: 'none' });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <Field label="Age" hint="Magnesium targets differ by age." error={errors.ageBand}>
        <select value={values.ageBand} onChange={(e) => set('ageBand')(e.target.value)}>
          <option value="">Choose an age band</option>
          {ageBands.map((band) => (
            <option key={band} value={band}>
              {ageBandLabels[band]}
            </option>
          ))}
        </select>
      </Field>
      {values.ageBand === '51+' ? (
        <label className="choice">
          <input
            type="checkbox"
            checked={values.aged65OrOver === 'yes'}
            onChange={(e) => set('aged65OrOver')(e.target.checked ? 'yes' : '')}
          />
          65 or over (activity targets then add balance training)
        </label>
      ) : null}
      <FieldSet
        legend="Reference values for"
        hint="The NIH tables give separate values by sex."
        error={errors.sex}
      >
        {(['female', 'male'] as const).map((sex) => (
          <label key={sex} className="choice">
            <input
              type="radio"
              name="sex"
              value={sex}
              checked={values.sex === sex}
              onChange={() => set('sex')(sex)}
            />
            {sex === 'female' ? 'Female' : 'Male'}
          </label>
        ))}
      </FieldSet>
      {pregnancyApplies ? (
        <FieldSet legend="Pregnancy or breastfeeding" error={errors.reproductiveStatus}>
          {(
            [
              ['none', 'Neither'],
              ['pregnant', 'Pregnant'],
              ['lactating', 'Breastfeeding'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="reproductiveStatus"
                value={value}
                checked={values.reproductiveStatus === value}
                onChange={() => set('reproductiveStatus')(value)}
              />
              {label}
            </label>
          ))}
        </FieldSet>
      ) : errors.reproductiveStatus ? (
        <p className="field-error" role="alert">
          {errors.reproductiveStatus}
        </p>
      ) : null}
      <Field
        label="Time zone"
        hint="Reminders follow this zone. It starts as your computer's."
        error={errors.timeZone}
      >
        <select value={values.timeZone} onChange={(e) => set('timeZone')(e.target.value)}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Week starts on" error={errors.weekStart}>
        <select value={values.weekStart} onChange={(e) => set('weekStart')(e.target.value)}>
          <option value="1">Monday</option>
          <option value="7">Sunday</option>
          <option value="6">Saturday</option>
        </select>
      </Field>
      <FieldSet legend="Units" error={errors.units}>
        {(
          [
            ['metric', 'Metric (grams, millilitres)'],
            ['us', 'US (ounces, cups)'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="units"
              value={value}
              checked={values.units === value}
              onChange={() => set('units')(value)}
            />
            {label}
          </label>
        ))}
      </FieldSet>
      {beforeSubmit}
      <div className="row">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
