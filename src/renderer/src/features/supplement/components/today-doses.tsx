// Today's planned doses: log each as taken, taken late or skipped, with the time and the amount.
import { useState } from 'react';
import type { LocalDate } from '@shared/dates/local-date';
import { unitWord } from '@shared/magnesium/forms';
import type { Consistency } from '@shared/magnesium/consistency';
import { localTimeAt } from '@shared/dates/calendar';
import type { TitrationStep } from '@shared/magnesium/titration';
import { Field } from '../../../components/field';
import type { DoseRow, ProductRow, TitrationPlanRow } from '../../../db/schema';
import { useLogDose } from '../../../data/supplement/supplement-queries';
import { errorsFrom, formatMg, formatNumber, numberOrNull } from './form-values';

const statusWords = { taken: 'Taken', late: 'Taken late', skipped: 'Skipped' } as const;

function DoseRowItem({
  plan,
  product,
  today,
  dose,
  logged,
  nowTime,
  timeZone,
}: {
  plan: TitrationPlanRow;
  product: ProductRow;
  today: LocalDate;
  dose: TitrationStep['perTime'][number];
  logged: DoseRow | undefined;
  nowTime: string;
  timeZone: string;
}) {
  const log = useLogDose();
  const [time, setTime] = useState(nowTime);
  const [amount, setAmount] = useState(String(dose.units));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = (status: 'taken' | 'late' | 'skipped') =>
    log.mutate(
      {
        planId: plan.id,
        date: today,
        plannedTime: dose.time,
        status,
        takenTime: status === 'skipped' ? null : time,
        units: numberOrNull(amount) ?? Number.NaN,
      },
      { onSuccess: () => setErrors({}), onError: (error) => setErrors(errorsFrom(error)) },
    );
  const label = `${dose.time} dose`;
  return (
    <li className="dose-item">
      <div>
        <p className="dose-title">
          <strong>{dose.time}</strong> · {formatNumber(dose.units)} {unitWord(product.unit, dose.units)} ·{' '}
          {formatMg(dose.elementalMg)} elemental
        </p>
        {logged ? (
          <p className="dose-status" role="status">
            {statusWords[logged.status]}
            {logged.takenAtEpochMs !== null ? ` at ${localTimeAt(logged.takenAtEpochMs, timeZone)}` : ''}
            {logged.status !== 'skipped'
              ? ` · ${formatNumber(logged.units)} ${unitWord(product.unit, logged.units)} · ${formatMg(logged.elementalMg)}`
              : ''}
          </p>
        ) : (
          <p className="muted">Not logged yet.</p>
        )}
      </div>
      {errors.formError ? (
        <p className="form-error" role="alert">
          {errors.formError}
        </p>
      ) : null}
      <div className="row dose-controls" role="group" aria-label={label}>
        <Field label="Time taken" error={errors.takenTime}>
          <input type="time" value={time} onChange={(e) => setTime(e.target.value)} />
        </Field>
        <Field label={`Amount (${unitWord(product.unit, 2)})`} error={errors.units}>
          <input
            inputMode="decimal"
            className="narrow"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </Field>
        <button type="button" onClick={() => submit('taken')} disabled={log.isPending}>
          Taken
        </button>
        <button type="button" className="secondary" onClick={() => submit('late')} disabled={log.isPending}>
          Taken late
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => submit('skipped')}
          disabled={log.isPending}
        >
          Skipped
        </button>
      </div>
    </li>
  );
}

export function TodayDoses({
  plan,
  product,
  today,
  step,
  doses,
  nowTime,
  timeZone,
  consistency,
}: {
  plan: TitrationPlanRow;
  product: ProductRow;
  today: LocalDate;
  step: TitrationStep | null;
  doses: readonly DoseRow[];
  nowTime: string;
  timeZone: string;
  consistency: Consistency;
}) {
  const doseList = step?.perTime.filter((dose) => dose.units > 0) ?? [];
  return (
    <section className="card" aria-labelledby="today-doses-heading">
      <h2 id="today-doses-heading">Today’s doses</h2>
      {doseList.length === 0 ? (
        <p className="muted">Nothing planned today{step ? '' : ': the plan has not started yet'}.</p>
      ) : (
        <ul className="dose-list">
          {doseList.map((dose) => (
            <DoseRowItem
              key={`${today}-${dose.time}`}
              plan={plan}
              product={product}
              today={today}
              dose={dose}
              logged={doses.find((d) => d.date === today && d.plannedTime === dose.time)}
              nowTime={nowTime}
              timeZone={timeZone}
            />
          ))}
        </ul>
      )}
      <p className="hint">“Taken” more than 60 minutes after the planned time is recorded as taken late.</p>
      <p>
        <strong>Consistency:</strong>{' '}
        {consistency.share === null
          ? 'no planned doses yet in the last 14 days.'
          : `${Math.round(consistency.share * 100)} % of doses taken within 60 minutes of the planned time over the last 14 days (${consistency.onTime} of ${consistency.planned}).`}
      </p>
    </section>
  );
}
