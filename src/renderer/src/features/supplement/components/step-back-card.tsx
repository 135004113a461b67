// The step-back suggestion after digestive trouble: one click applies it; nothing changes on its own.
import { unitWord, type ProductUnitId } from '@shared/magnesium/forms';
import type { StepBackSuggestion } from '@shared/magnesium/step-back';
import { useApplyStepBack } from '../../../data/supplement/supplement-queries';
import { formatDate, formatMg, formatNumber } from './form-values';

export function StepBackCard({
  suggestion,
  planId,
  unit,
  elementalMgPerUnit,
}: {
  suggestion: StepBackSuggestion;
  planId: string;
  unit: ProductUnitId;
  elementalMgPerUnit: number;
}) {
  const apply = useApplyStepBack();
  const days = suggestion.badDates.map(formatDate).join(' and ');
  if (suggestion.kind === 'at-lowest') {
    return (
      <section className="card warning" aria-labelledby="step-back-heading">
        <h2 id="step-back-heading">Your stomach is complaining</h2>
        <p>
          Moderate or severe digestive effects on {days}. You are already at the lowest step (
          {formatNumber(suggestion.units)} {unitWord(unit, suggestion.units)} a day). Consider pausing, and
          talk to your doctor or pharmacist.
        </p>
      </section>
    );
  }
  const toUnits = suggestion.toUnits;
  return (
    <section className="card warning" aria-labelledby="step-back-heading">
      <h2 id="step-back-heading">Step back to the previous step?</h2>
      <p>
        Moderate or severe digestive effects (diarrhoea, nausea or cramps) on {days}: 2 of the last 3 days.
        The plan suggests going back to {formatNumber(toUnits)} {unitWord(unit, toUnits)} a day (
        {formatMg(toUnits * elementalMgPerUnit)} elemental) from today and holding there. Nothing changes
        unless you choose it.
      </p>
      {apply.isError ? (
        <p className="form-error" role="alert">
          Could not change the plan: {apply.error.message}
        </p>
      ) : null}
      <button
        type="button"
        disabled={apply.isPending}
        onClick={() =>
          apply.mutate({
            planId,
            fromDate: suggestion.fromDate,
            unitsPerDay: toUnits,
            reason: 'digestive side effects',
          })
        }
      >
        Step back to {formatNumber(toUnits)} {unitWord(unit, toUnits)} a day
      </button>
    </section>
  );
}
