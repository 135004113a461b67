// Refill: days of stock left following the plan, with a heads-up under 7 days.
import { unitWord, type ProductUnitId } from '@shared/magnesium/forms';
import { refillHeadsUpDays, type StockOutlook } from '@shared/magnesium/stock';
import { formatDate, formatNumber } from './form-values';

export function RefillCard({
  outlook,
  stockUnits,
  unit,
}: {
  outlook: StockOutlook;
  stockUnits: number;
  unit: ProductUnitId;
}) {
  return (
    <section className="card" aria-labelledby="refill-heading">
      <h2 id="refill-heading">Refill</h2>
      <p>
        {formatNumber(stockUnits)} {unitWord(unit, stockUnits)} on hand.{' '}
        {outlook.daysLeft === null
          ? 'Nothing is planned, so stock is not running down.'
          : `Enough for ${outlook.daysLeft} day${outlook.daysLeft === 1 ? '' : 's'} following the plan${outlook.runsShortOn ? ` (runs short on ${formatDate(outlook.runsShortOn)})` : ''}.`}
      </p>
      {outlook.headsUp ? (
        <p className="warning" role="status">
          Heads-up: less than {refillHeadsUpDays} days left. Time to reorder.
        </p>
      ) : null}
      <p className="hint">
        Counts step-ups ahead, so it can be shorter than stock ÷ today’s amount. Stock goes down as you log
        doses.
      </p>
    </section>
  );
}
