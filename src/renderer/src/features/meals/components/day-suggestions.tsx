// For days under target: magnesium-rich additions in everyday portions, each one click (or Enter) to add.
import { foodKey } from '@shared/foods/food-data';
import { roundMg } from '@shared/foods/portion-math';
import { suggestAdditions } from '@shared/foods/suggestions';
import { shortDayLabel } from '@shared/dates/calendar';
import type { Rda } from '@shared/magnesium/reference-values';
import type { FoodLibrary } from '../../../data/meals/meals-api';
import { useAddMealItem } from '../../../data/meals/meals-queries';
import type { DayView } from '../hooks/use-week-plan';

export function DaySuggestions({
  days,
  target,
  library,
}: {
  days: DayView[];
  target: Rda;
  library: FoodLibrary;
}) {
  const add = useAddMealItem();
  const under = days.filter((d) => d.totals.itemCount > 0 && d.totals.magnesiumMg < target.mg);
  if (under.length === 0) return null;
  return (
    <section className="card" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">Ideas for days under target</h2>
      <p className="muted">
        Magnesium-rich additions from USDA SR28, in common portions. Add one as a snack.
      </p>
      <ul className="suggestion-days">
        {under.map((day) => {
          const planned = new Set(day.items.map((i) => foodKey(i.row.food.source, i.row.food.id)));
          const gap = target.mg - day.totals.magnesiumMg;
          const suggestions = suggestAdditions(library.catalog.get, gap, { exclude: planned, limit: 3 });
          return (
            <li key={day.date}>
              <strong>
                {shortDayLabel(day.date)} ({roundMg(gap)} mg to go):
              </strong>
              <ul className="suggestions">
                {suggestions.map((s) => (
                  <li key={s.food.key}>
                    <span>{s.text}</span> <span className="ndb">USDA NDB {s.food.id}</span>{' '}
                    <button
                      type="button"
                      className="secondary small"
                      disabled={add.isPending}
                      aria-label={`Add ${s.text.split(':')[0]} to snacks on ${shortDayLabel(day.date)}`}
                      onClick={() =>
                        add.mutate({
                          date: day.date,
                          slot: 'snack',
                          food: { source: s.food.source, id: s.food.id },
                          grams: s.grams,
                          portion: s.portion,
                        })
                      }
                    >
                      Add
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
