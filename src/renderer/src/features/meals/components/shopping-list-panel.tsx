// Shopping list for the week or a date range: merged quantities by store section, check-offs, extra items.
import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import { formatGrams } from '@shared/foods/household-measure';
import { mergeShopping } from '@shared/foods/shopping-list';
import { Field } from '../../../components/field';
import { ValidationError } from '../../../data/validation';
import {
  mealsQueries,
  useAddExtraShoppingItem,
  useFoodLibrary,
  useRemoveExtraShoppingItem,
  useSetShoppingChecked,
} from '../../../data/meals/meals-queries';
import { foodSourceLabel } from './food-label';

export function ShoppingListPanel({ weekStart, weekEnd }: { weekStart: LocalDate; weekEnd: LocalDate }) {
  const [from, setFrom] = useState(weekStart);
  const [to, setTo] = useState(weekEnd);
  const [extra, setExtra] = useState('');
  const [extraError, setExtraError] = useState<string | undefined>();
  const validRange = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const plan = useQuery({ ...mealsQueries.planBetween(from, to), enabled: validRange });
  const recipes = useQuery(mealsQueries.recipes());
  const library = useFoodLibrary();
  // Check-offs belong to the list's first day (the week start for a weekly list).
  const checks = useQuery(mealsQueries.shopping(from));
  const setChecked = useSetShoppingChecked();
  const addExtra = useAddExtraShoppingItem();
  const removeExtra = useRemoveExtraShoppingItem();

  const list =
    plan.data && library.data ? mergeShopping(plan.data, library.data.catalog.get, recipes.data ?? []) : null;
  const saved = new Set((checks.data ?? []).filter((r) => r.checked).map((r) => r.key));
  // Show a tick at once; the saved state catches up when the write lands.
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const isChecked = (key: string) => ticked[`${from}|${key}`] ?? saved.has(key);
  const tick = (key: string, checked: boolean) => {
    setTicked((all) => ({ ...all, [`${from}|${key}`]: checked }));
    setChecked.mutate({ weekStart: from, key, checked });
  };
  const extras = (checks.data ?? []).filter((r) => r.key.startsWith('extra:'));

  const submitExtra = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await addExtra.mutateAsync({ weekStart: from, input: { text: extra } });
      setExtra('');
      setExtraError(undefined);
    } catch (error) {
      if (error instanceof ValidationError) setExtraError(error.fieldErrors.text ?? error.message);
      else throw error;
    }
  };

  return (
    <section className="card" aria-labelledby="shopping-title">
      <h2 id="shopping-title">Shopping list</h2>
      <div className="row">
        <Field label="From" error={validRange ? undefined : 'Choose a start date on or before the end date.'}>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field label="To">
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setFrom(weekStart);
            setTo(weekEnd);
          }}
        >
          This week
        </button>
      </div>
      {!list ? (
        <p role="status">Making the list…</p>
      ) : list.sections.length === 0 && extras.length === 0 ? (
        <p className="muted">Nothing planned in these days yet.</p>
      ) : (
        <div className="shopping-sections">
          {list.sections.map((section) => (
            <fieldset key={section.name} className="shopping-section">
              <legend>{section.name}</legend>
              <ul>
                {section.entries.map((entry) => (
                  <li key={entry.key}>
                    <label className="choice">
                      <input
                        type="checkbox"
                        checked={isChecked(entry.key)}
                        onChange={(e) => tick(entry.key, e.target.checked)}
                      />
                      <span>
                        {entry.food.name} — {formatGrams(entry.grams)}
                        {entry.measure ? ` (${entry.measure.text})` : ''}{' '}
                        <span className="ndb">{foodSourceLabel(entry.food)}</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
          {extras.length > 0 ? (
            <fieldset className="shopping-section">
              <legend>Added by hand</legend>
              <ul>
                {extras.map((row) => (
                  <li key={row.id}>
                    <label className="choice">
                      <input
                        type="checkbox"
                        checked={isChecked(row.key)}
                        onChange={(e) => tick(row.key, e.target.checked)}
                      />
                      <span>{row.text}</span>
                    </label>{' '}
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove ${row.text}`}
                      onClick={() => removeExtra.mutate(row.id)}
                    >
                      ×
                    </button>
                  </li>
                ))}
              </ul>
            </fieldset>
          ) : null}
        </div>
      )}
      {list && list.unknownKeys.length > 0 ? (
        <p className="warning">Some planned foods could not be found (deleted?) and are not on the list.</p>
      ) : null}
      <form className="row" onSubmit={submitExtra} noValidate>
        <Field label="Add an item by hand" error={extraError}>
          <input
            type="text"
            value={extra}
            onChange={(e) => setExtra(e.target.value)}
            placeholder="e.g. dish soap"
          />
        </Field>
        <button type="submit" className="secondary">
          Add item
        </button>
      </form>
    </section>
  );
}
