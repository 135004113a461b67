// The plan's steps: dates, units (per day and per time), elemental mg per day and per week, and any step above the limit.
import { unitWord, type ProductUnitId } from '@shared/magnesium/forms';
import type { TitrationStep } from '@shared/magnesium/titration';
import { formatDate, formatMg, formatNumber } from './form-values';
import { SourceNote } from './source-note';

export function StepTable({
  steps,
  unit,
  upperLimitMg,
  caption,
  elementalSource,
}: {
  steps: readonly TitrationStep[];
  unit: ProductUnitId;
  upperLimitMg: number | null;
  caption: string;
  elementalSource: string;
}) {
  const split = (steps[0]?.perTime.length ?? 0) > 1;
  return (
    <div className="table-wrap">
      <table className="step-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col" className="num">
              Per day
            </th>
            {split ? <th scope="col">At each time</th> : null}
            <th scope="col" className="num">
              Elemental Mg a day
            </th>
            <th scope="col" className="num">
              Elemental Mg a week
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => {
            const above = upperLimitMg !== null && step.elementalMgPerDay > upperLimitMg;
            return (
              <tr
                key={`${step.kind}-${step.number}-${step.fromDate}`}
                className={above ? 'above-limit' : undefined}
              >
                <th scope="row">
                  {step.kind === 'held' ? `Held (${step.reason ?? 'step back'})` : `Step ${step.number}`}
                </th>
                <td>{formatDate(step.fromDate)}</td>
                <td>{step.toDate ? formatDate(step.toDate) : 'onwards'}</td>
                <td className="num">
                  {formatNumber(step.unitsPerDay)} {unitWord(unit, step.unitsPerDay)}
                </td>
                {split ? (
                  <td>
                    {step.perTime
                      .map(
                        (dose) => `${dose.time}: ${formatNumber(dose.units)} (${formatMg(dose.elementalMg)})`,
                      )
                      .join(' · ')}
                  </td>
                ) : null}
                <td className="num">
                  {formatMg(step.elementalMgPerDay)}
                  {above ? <span className="limit-flag"> above the {upperLimitMg} mg limit</span> : null}
                </td>
                <td className="num">{formatMg(step.elementalMgPerWeek)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <SourceNote>elemental mg per unit: {elementalSource}</SourceNote>
    </div>
  );
}
