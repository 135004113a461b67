// Print layout: the week's meals per day and slot with magnesium against the target, then the shopping list.
import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { localDateSchema } from '@shared/dates/local-date';
import { formatGrams } from '@shared/foods/household-measure';
import { roundMg } from '@shared/foods/portion-math';
import { mergeShopping } from '@shared/foods/shopping-list';
import { addDays, longDayLabel } from '@shared/dates/calendar';
import { navigate, useRoute } from '../../../lib/router';
import { mealSlots } from '../../../db/schema';
import { platform } from '../../../platform';
import { mealsQueries } from '../../../data/meals/meals-queries';
import { useCurrentWeekStart, useWeekPlan } from '../hooks/use-week-plan';
import { foodSourceLabel } from './food-label';
import { itemAmountText } from './plan-grid';
import { slotLabels } from './slot-labels';
import './meals.css';

/** Infants' targets are an Adequate Intake (AI), everyone else's a Recommended Dietary Allowance (RDA). */
const targetKindName = {
  RDA: 'Recommended Dietary Allowance (RDA)',
  AI: 'Adequate Intake (AI)',
} as const;

export function MealsPrintScreen() {
  const route = useRoute();
  const currentWeek = useCurrentWeekStart();
  const requested = route.params.get('week');
  const valid = requested !== null && localDateSchema.safeParse(requested).success;
  const weekStart = valid ? requested : currentWeek;
  if (!weekStart) return <p role="status">Loading…</p>;
  const autoPrint = route.params.get('print');
  return (
    <PrintWeek
      weekStart={weekStart}
      autoPrint={autoPrint === 'printer' || autoPrint === 'pdf' ? autoPrint : null}
      key={weekStart}
    />
  );
}

function PrintWeek({ weekStart, autoPrint }: { weekStart: string; autoPrint: 'printer' | 'pdf' | null }) {
  const week = useWeekPlan(weekStart);
  const weekEnd = addDays(weekStart, 6);
  const recipes = useQuery(mealsQueries.recipes());
  const checks = useQuery(mealsQueries.shopping(weekStart));
  const ready = week.ready && recipes.isSuccess && checks.isSuccess && week.library !== undefined;
  const printed = useRef(false);

  useEffect(() => {
    if (!ready) return;
    document.body.dataset.printReady = 'true';
    if (autoPrint && !printed.current) {
      printed.current = true;
      void platform.print({ page: { kind: 'meals-week', week: weekStart }, target: autoPrint });
    }
    return () => {
      delete document.body.dataset.printReady;
    };
  }, [ready, autoPrint, weekStart]);

  if (!ready || !week.target || !week.library) return <p role="status">Preparing the print layout…</p>;
  const target = week.target;
  const planned = week.days.flatMap((d) => d.items.map((i) => i.row));
  const list = mergeShopping(planned, week.library.catalog.get, recipes.data);
  const checked = new Set(checks.data.filter((r) => r.checked).map((r) => r.key));
  const extras = checks.data.filter((r) => r.key.startsWith('extra:'));

  return (
    <article className="meals-print">
      <p className="no-print print-toolbar">
        <button type="button" className="secondary" onClick={() => navigate(`#/meals?week=${weekStart}`)}>
          ← Back to meals
        </button>{' '}
        <button
          type="button"
          onClick={() =>
            void platform.print({ page: { kind: 'meals-week', week: weekStart }, target: 'printer' })
          }
        >
          Print
        </button>
      </p>
      <section className="print-plan">
        <h1 tabIndex={-1}>
          Meals: {longDayLabel(weekStart)} – {longDayLabel(weekEnd)}
        </h1>
        <p className="print-meta">
          Daily magnesium target {target.mg} mg ({target.kind}, NIH ODS). Week total from food:{' '}
          {roundMg(week.weekMg)} mg.
        </p>
        {week.days.map((day) => (
          <section key={day.date} className="print-day">
            <h2>
              <span>{longDayLabel(day.date)}</span>
              <span className="print-day-total" data-testid={`print-day-total-${day.date}`}>
                {roundMg(day.totals.magnesiumMg)} mg of {target.mg} mg
                {day.supplementMg > 0
                  ? ` · with supplement ${roundMg(day.totals.magnesiumMg + day.supplementMg)} mg`
                  : ''}
              </span>
            </h2>
            {day.items.length === 0 ? (
              <p className="print-empty">Nothing planned.</p>
            ) : (
              <table className="print-meals">
                <tbody>
                  {mealSlots
                    .filter((slot) => day.items.some((i) => i.row.slot === slot))
                    .map((slot) => {
                      const items = day.items.filter((i) => i.row.slot === slot);
                      return (
                        <tr key={slot}>
                          <th scope="row">{slotLabels[slot]}</th>
                          <td>
                            {items.map((item) => (
                              <span key={item.row.id} className="print-item">
                                {item.food?.name ?? 'Unknown food'}, {itemAmountText(item)}
                                {item.magnesiumMg !== null ? ` — ${roundMg(item.magnesiumMg)} mg` : ''}
                              </span>
                            ))}
                          </td>
                          <td className="num">{roundMg(day.totals.bySlot[slot] ?? 0)} mg</td>
                        </tr>
                      );
                    })}
                </tbody>
              </table>
            )}
          </section>
        ))}
        <p className="print-source">
          Magnesium per 100 g from USDA National Nutrient Database for Standard Reference, Release 28 (public
          domain). Target: NIH Office of Dietary Supplements {targetKindName[target.kind]}. Not medical
          advice.
        </p>
      </section>
      <section className="print-shopping">
        <h1>Shopping list</h1>
        <p className="print-meta">
          {longDayLabel(weekStart)} – {longDayLabel(weekEnd)}
        </p>
        {list.sections.length === 0 && extras.length === 0 ? <p>Nothing to buy for this week.</p> : null}
        <div className="print-sections">
          {list.sections.map((section) => (
            <section key={section.name} className="print-section">
              <h2>{section.name}</h2>
              <ul>
                {section.entries.map((entry) => (
                  <li key={entry.key}>
                    <span className="print-box" aria-hidden="true">
                      {checked.has(entry.key) ? '☑' : '☐'}
                    </span>{' '}
                    {entry.food.name} — {formatGrams(entry.grams)}
                    {entry.measure ? ` (${entry.measure.text})` : ''}
                    <span className="print-ndb"> {foodSourceLabel(entry.food)}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {extras.length > 0 ? (
            <section className="print-section">
              <h2>Added by hand</h2>
              <ul>
                {extras.map((row) => (
                  <li key={row.id}>
                    <span className="print-box" aria-hidden="true">
                      {row.checked ? '☑' : '☐'}
                    </span>{' '}
                    {row.text}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </section>
    </article>
  );
}
