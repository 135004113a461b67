// The titration plan form with a live step table and the upper-limit warning that must be acknowledged before saving.
import { useState, type FormEvent } from 'react';
import type { LocalDate } from '@shared/dates/local-date';
import { elementalMgPerUnit } from '@shared/magnesium/elemental';
import { unitQuantum, unitWord } from '@shared/magnesium/forms';
import { planInputSchema } from '@shared/magnesium/plan-input';
import { planPeakMgPerDay } from '@shared/magnesium/plan-standing';
import { stepsForPlan } from '@shared/magnesium/plan-steps';
import { direction, stepsAboveLimit } from '@shared/magnesium/titration';
import type { UpperLimit } from '@shared/magnesium/reference-values';
import { Field, FieldSet } from '../../../components/field';
import type { ProductRow, TitrationPlanRow } from '../../../db/schema';
import { useSavePlan } from '../../../data/supplement/supplement-queries';
import { errorsFrom, numberOrUndefined } from './form-values';
import { StepTable } from './step-table';
import { SourceNote } from './source-note';

interface Values {
  startDate: string;
  startUnits: string;
  targetUnits: string;
  stepUnits: string;
  stepDays: string;
  timing: 'morning' | 'evening' | 'split';
  morningTime: string;
  eveningTime: string;
  morningUnits: string;
  eveningUnits: string;
  /** The peak (mg a day) the box was ticked for; the box is ticked only while the plan reaches exactly that. */
  acknowledgedMgPerDay: number | null;
}

function valuesFrom(plan: TitrationPlanRow | null, today: LocalDate): Values {
  if (!plan) {
    return {
      startDate: today,
      startUnits: '1',
      targetUnits: '',
      stepUnits: '1',
      stepDays: '7',
      timing: 'evening',
      morningTime: '08:00',
      eveningTime: '20:00',
      morningUnits: '',
      eveningUnits: '',
      acknowledgedMgPerDay: null,
    };
  }
  const split = plan.timing === 'split';
  return {
    startDate: plan.startDate,
    startUnits: String(plan.startUnits),
    targetUnits: String(plan.targetUnits),
    stepUnits: String(plan.stepUnits),
    stepDays: String(plan.stepDays),
    timing: plan.timing,
    morningTime: plan.timing === 'evening' ? '08:00' : (plan.times[0] ?? '08:00'),
    eveningTime:
      plan.timing === 'evening' ? (plan.times[0] ?? '20:00') : split ? (plan.times[1] ?? '20:00') : '20:00',
    morningUnits: split ? String(plan.fullDoseUnitsPerTime?.[0] ?? '') : '',
    eveningUnits: split ? String(plan.fullDoseUnitsPerTime?.[1] ?? '') : '',
    // Only the very figure confirmed before counts: a plan edited to another figure asks again.
    acknowledgedMgPerDay: plan.upperLimitAcknowledgement?.mgPerDay ?? null,
  };
}

function inputFrom(values: Values, productId: string, peakMgPerDay: number | null) {
  const times =
    values.timing === 'morning'
      ? [values.morningTime]
      : values.timing === 'evening'
        ? [values.eveningTime]
        : [values.morningTime, values.eveningTime];
  return {
    productId,
    startDate: values.startDate,
    startUnits: numberOrUndefined(values.startUnits),
    targetUnits: numberOrUndefined(values.targetUnits),
    stepUnits: numberOrUndefined(values.stepUnits),
    stepDays: numberOrUndefined(values.stepDays),
    timing: values.timing,
    times,
    fullDoseUnitsPerTime:
      values.timing === 'split'
        ? [
            numberOrUndefined(values.morningUnits) ?? Number.NaN,
            numberOrUndefined(values.eveningUnits) ?? Number.NaN,
          ]
        : null,
    upperLimitAcknowledged: peakMgPerDay !== null && values.acknowledgedMgPerDay === peakMgPerDay,
  };
}

export function PlanForm({
  product,
  plan,
  today,
  upperLimit,
  onDone,
}: {
  product: ProductRow;
  plan: TitrationPlanRow | null;
  today: LocalDate;
  upperLimit: Extract<UpperLimit, { established: true }>;
  onDone?: () => void;
}) {
  const save = useSavePlan();
  const [values, setValues] = useState(() => valuesFrom(plan, today));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const units = unitWord(product.unit, 2);
  const parsed = planInputSchema(unitQuantum(product.unit)).safeParse(inputFrom(values, product.id, null));
  const steps = parsed.success ? stepsForPlan({ ...parsed.data, overrides: [] }, product) : [];
  const peakMgPerDay = parsed.success ? planPeakMgPerDay({ ...parsed.data, overrides: [] }, product) : null;
  const input = inputFrom(values, product.id, peakMgPerDay);
  const above = stepsAboveLimit(steps, upperLimit.mg);
  const perUnit = elementalMgPerUnit(product);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The promise, not mutate's callbacks: saving changes the plan, which remounts this form (its key), and
    // callbacks passed to mutate() are dropped on unmount, which left the editor open under load.
    save.mutateAsync({ input, ...(plan ? { planId: plan.id } : {}) }).then(
      () => {
        setErrors({});
        onDone?.();
      },
      (error: unknown) => setErrors(errorsFrom(error)),
    );
  };

  return (
    <form className="form plan-form" onSubmit={submit} noValidate aria-label="Titration plan">
      {errors.formError ? (
        <p className="form-error" role="alert">
          {errors.formError}
        </p>
      ) : null}
      <p className="hint">
        Start low and step up: for example 1 {unitWord(product.unit, 1)} a day, one more every 7 days, up to
        your target. A target below the start makes a plan that steps down.
      </p>
      <div className="grid-fields">
        <Field label="Start date" error={errors.startDate}>
          <input type="date" value={values.startDate} onChange={(e) => set('startDate')(e.target.value)} />
        </Field>
        <Field label={`Start (${units} a day)`} error={errors.startUnits}>
          <input
            inputMode="decimal"
            value={values.startUnits}
            onChange={(e) => set('startUnits')(e.target.value)}
          />
        </Field>
        <Field label={`Target (${units} a day)`} error={errors.targetUnits}>
          <input
            inputMode="decimal"
            value={values.targetUnits}
            onChange={(e) => set('targetUnits')(e.target.value)}
          />
        </Field>
        <Field label={`Step (${units} added or removed)`} error={errors.stepUnits}>
          <input
            inputMode="decimal"
            value={values.stepUnits}
            onChange={(e) => set('stepUnits')(e.target.value)}
          />
        </Field>
        <Field label="Days per step" error={errors.stepDays}>
          <input
            inputMode="numeric"
            value={values.stepDays}
            onChange={(e) => set('stepDays')(e.target.value)}
          />
        </Field>
      </div>
      <FieldSet legend="When you take it" error={errors.timing}>
        {(
          [
            ['morning', 'Morning'],
            ['evening', 'Evening'],
            ['split', 'Split: morning and evening'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="timing"
              value={value}
              checked={values.timing === value}
              onChange={() => set('timing')(value)}
            />
            {label}
          </label>
        ))}
      </FieldSet>
      <div className="grid-fields">
        {values.timing !== 'evening' ? (
          <Field label="Morning time" error={errors.times}>
            <input
              type="time"
              value={values.morningTime}
              onChange={(e) => set('morningTime')(e.target.value)}
            />
          </Field>
        ) : null}
        {values.timing !== 'morning' ? (
          <Field label="Evening time" error={values.timing === 'evening' ? errors.times : undefined}>
            <input
              type="time"
              value={values.eveningTime}
              onChange={(e) => set('eveningTime')(e.target.value)}
            />
          </Field>
        ) : null}
        {values.timing === 'split' ? (
          <>
            <Field label={`Morning ${units} at the full dose`} error={errors.fullDoseUnitsPerTime}>
              <input
                inputMode="decimal"
                value={values.morningUnits}
                onChange={(e) => set('morningUnits')(e.target.value)}
              />
            </Field>
            <Field label={`Evening ${units} at the full dose`}>
              <input
                inputMode="decimal"
                value={values.eveningUnits}
                onChange={(e) => set('eveningUnits')(e.target.value)}
              />
            </Field>
          </>
        ) : null}
      </div>
      {values.timing === 'split' ? (
        <p className="hint">
          While stepping up, the smaller amounts are shared out in the same proportion, whole {units} only,
          the evening first.
        </p>
      ) : null}
      {steps.length > 0 ? (
        <StepTable
          steps={steps}
          unit={product.unit}
          upperLimitMg={upperLimit.mg}
          caption={`Preview: ${direction(parsed.data!) === 'down' ? 'stepping down' : 'stepping up'} in ${steps.length} step${steps.length === 1 ? '' : 's'}`}
          elementalSource={perUnit?.source ?? 'not known'}
        />
      ) : null}
      {above.length > 0 ? (
        <div className="warning" role="alert">
          <p>
            <strong>Above the upper limit.</strong> From step {above[0]!.number} this plan gives{' '}
            {above[0]!.elementalMgPerDay} mg of elemental magnesium a day from supplements. The upper limit
            for your age is {upperLimit.mg} mg a day. {upperLimit.scope} The limit is set to avoid diarrhoea
            from magnesium salts. Talk to your doctor before going above it.
          </p>
          <SourceNote>{upperLimit.source}</SourceNote>
          <label className="choice">
            <input
              type="checkbox"
              checked={peakMgPerDay !== null && values.acknowledgedMgPerDay === peakMgPerDay}
              onChange={(e) => set('acknowledgedMgPerDay')(e.target.checked ? peakMgPerDay : null)}
              aria-describedby={errors.upperLimitAcknowledged ? 'ul-ack-error' : undefined}
              aria-invalid={errors.upperLimitAcknowledged ? true : undefined}
            />
            I have read this and want to keep this plan at {peakMgPerDay} mg a day
          </label>
          {errors.upperLimitAcknowledged ? (
            <p id="ul-ack-error" className="field-error" role="alert">
              {errors.upperLimitAcknowledged}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="row">
        <button type="submit" disabled={save.isPending}>
          {plan ? 'Save changes to the plan' : 'Save plan'}
        </button>
        {plan ? (
          <span className="hint">
            Doses you already logged stay as they are. Saving starts the schedule afresh (step-backs
            included).
          </span>
        ) : null}
      </div>
    </form>
  );
}
