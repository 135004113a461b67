// The week as a table: days × meals, magnesium per item, meal and day, each day against the target.
import { portionLabel } from '@shared/foods/household-measure';
import { roundMg } from '@shared/foods/portion-math';
import { shortDayLabel } from '@shared/dates/calendar';
import type { Rda } from '@shared/magnesium/reference-values';
import { mealSlots } from '../../../db/schema';
import type { DayView, PlannedItemView } from '../hooks/use-week-plan';
import { foodSourceLabel } from './food-label';
import { slotLabels } from './slot-labels';

export function itemAmountText(item: PlannedItemView): string {
  const grams = `${roundMg(item.row.grams)} g`;
  return item.row.portion ? `${portionLabel(item.row.portion)} (${grams})` : grams;
}

export function PlanGrid({
  days,
  weekMg,
  target,
  showSupplement,
  onRemove,
}: {
  days: DayView[];
  weekMg: number;
  target: Rda;
  showSupplement: boolean;
  onRemove: (item: PlannedItemView, day: DayView) => void;
}) {
  return (
    <div className="plan-scroll">
      <table className="plan-grid">
        <caption className="visually-hidden">Meal plan for the week, magnesium in mg</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            {mealSlots.map((slot) => (
              <th scope="col" key={slot}>
                {slotLabels[slot]}
              </th>
            ))}
            <th scope="col" className="num">
              Day total
            </th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => {
            const foodMg = day.totals.magnesiumMg;
            const withSupplement = foodMg + day.supplementMg;
            const reached = foodMg >= target.mg;
            return (
              <tr key={day.date} data-date={day.date}>
                <th scope="row">{shortDayLabel(day.date)}</th>
                {mealSlots.map((slot) => {
                  const items = day.items.filter((i) => i.row.slot === slot);
                  return (
                    <td key={slot}>
                      {items.length > 0 ? (
                        <>
                          <ul className="plan-items">
                            {items.map((item) => (
                              <li key={item.row.id}>
                                <span className="plan-item-name">
                                  {item.food?.name ?? 'Unknown food (deleted?)'}
                                </span>
                                <span className="plan-item-meta">
                                  {itemAmountText(item)} ·{' '}
                                  <strong>
                                    {item.magnesiumMg === null ? '–' : `${roundMg(item.magnesiumMg)} mg`}
                                  </strong>
                                  {item.food ? (
                                    <span className="ndb"> · {foodSourceLabel(item.food)}</span>
                                  ) : null}
                                </span>
                                <button
                                  type="button"
                                  className="icon-button"
                                  aria-label={`Remove ${item.food?.name ?? 'item'} from ${slotLabels[slot].toLowerCase()} on ${shortDayLabel(day.date)}`}
                                  onClick={() => onRemove(item, day)}
                                >
                                  ×
                                </button>
                              </li>
                            ))}
                          </ul>
                          <p className="slot-total">
                            {slotLabels[slot]}: {roundMg(day.totals.bySlot[slot] ?? 0)} mg
                          </p>
                        </>
                      ) : (
                        <span className="muted empty-slot">—</span>
                      )}
                    </td>
                  );
                })}
                <td className="num day-total">
                  <strong data-testid={`day-total-${day.date}`}>{roundMg(foodMg)} mg</strong>
                  <span className="muted"> of {target.mg} mg</span>
                  <meter
                    min={0}
                    max={target.mg}
                    value={Math.min(foodMg, target.mg)}
                    aria-label={`Food magnesium on ${shortDayLabel(day.date)} against the target`}
                  />
                  <span className={reached ? 'ok' : 'muted'}>
                    {reached ? 'Target reached' : `${roundMg(target.mg - foodMg)} mg to go`}
                  </span>
                  {showSupplement ? (
                    <span className="with-supplement">With supplement: {roundMg(withSupplement)} mg</span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={mealSlots.length + 1}>
              Week total (food)
            </th>
            <td className="num">
              <strong data-testid="week-total">{roundMg(weekMg)} mg</strong>
              <span className="muted"> of {target.mg * 7} mg</span>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
