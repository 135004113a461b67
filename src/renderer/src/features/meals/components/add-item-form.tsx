// Adds a food to a day and meal, as a count of a USDA household measure or in grams; errors appear beside each field.
import { useRef, useState, type FormEvent } from 'react';
import type { LocalDate } from '@shared/dates/local-date';
import type { Food } from '@shared/foods/food-data';
import type { FoodSort } from '@shared/foods/food-search';
import { formatGrams, measureLabel, parseCount, portionLabel } from '@shared/foods/household-measure';
import { gramsForPortion, magnesiumForGrams, plannedPortion, roundMg } from '@shared/foods/portion-math';
import { shortDayLabel } from '@shared/dates/calendar';
import { Field } from '../../../components/field';
import { ValidationError } from '../../../data/validation';
import { mealSlots, type MealSlot } from '../../../db/schema';
import type { FoodLibrary } from '../../../data/meals/meals-api';
import { useAddMealItem } from '../../../data/meals/meals-queries';
import { FoodCombobox } from './food-combobox';
import { FoodGroupSelect, FoodSortSelect } from './food-filters';
import { slotLabels } from './slot-labels';

export function AddItemForm({
  dates,
  library,
  defaultDate,
}: {
  dates: LocalDate[];
  library: FoodLibrary | undefined;
  defaultDate: LocalDate;
}) {
  const add = useAddMealItem();
  const [date, setDate] = useState(defaultDate);
  const [slot, setSlot] = useState<MealSlot>('breakfast');
  const [food, setFood] = useState<Food | null>(null);
  const [portionIndex, setPortionIndex] = useState('grams');
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [group, setGroup] = useState('');
  const [sort, setSort] = useState<FoodSort>('relevance');
  const searchRef = useRef<HTMLInputElement>(null);
  const day = dates.includes(date) ? date : dates[0]!;

  const portion = food && portionIndex !== 'grams' ? (food.portions[Number(portionIndex)] ?? null) : null;
  const count = parseCount(amount);
  const grams = count === null ? Number.NaN : portion ? gramsForPortion(portion, count) : count;
  const planned = portion && count !== null ? plannedPortion(portion, count) : null;
  const preview =
    food && Number.isFinite(grams) && grams > 0
      ? `${planned ? `${portionLabel(planned)} = ` : ''}${formatGrams(grams)} · ${roundMg(
          magnesiumForGrams(food.per100g.magnesiumMg, grams),
        )} mg magnesium`
      : null;

  const chooseFood = (next: Food | null) => {
    setFood(next);
    // Start from the food's first household measure, one of it: the quickest common case.
    if (next && next.portions.length > 0) {
      setPortionIndex('0');
      setAmount('1');
    } else {
      setPortionIndex('grams');
      if (next) setAmount('100');
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    if (count === null && amount.trim() !== '') {
      // Nothing is saved; the text stays in the field to correct.
      setErrors({ grams: `Enter ${portion ? 'how many' : 'grams'} as a number, e.g. 2, 0.5, ½ or 1 1/2.` });
      return;
    }
    try {
      await add.mutateAsync({
        date: day,
        slot,
        food: food ? { source: food.source, id: food.id } : undefined,
        grams,
        portion: planned,
      });
      setErrors({});
      setMessage(`Added ${food!.name} to ${slotLabels[slot].toLowerCase()} on ${shortDayLabel(day)}.`);
      setFood(null);
      setAmount('');
      setPortionIndex('grams');
      searchRef.current?.focus();
    } catch (error) {
      if (error instanceof ValidationError) {
        const fieldErrors = { ...error.fieldErrors };
        if (!food)
          fieldErrors.food = 'Choose a food from the list (type, then pick with the arrow keys and Enter).';
        setErrors(fieldErrors);
      } else throw error;
    }
  };

  return (
    <form className="card add-item" onSubmit={submit} noValidate aria-labelledby="add-item-title">
      <h2 id="add-item-title">Add to the plan</h2>
      <div className="add-item-grid">
        <Field label="Day" error={errors.date}>
          <select value={day} onChange={(e) => setDate(e.target.value)}>
            {dates.map((d) => (
              <option key={d} value={d}>
                {shortDayLabel(d)}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Meal" error={errors.slot}>
          <select value={slot} onChange={(e) => setSlot(e.target.value as MealSlot)}>
            {mealSlots.map((s) => (
              <option key={s} value={s}>
                {slotLabels[s]}
              </option>
            ))}
          </select>
        </Field>
        <FoodCombobox
          label="Food"
          library={library}
          value={food}
          onChange={chooseFood}
          error={errors.food}
          inputRef={searchRef}
          searchOptions={{ group: group || null, sort }}
        />
        <Field label="Portion" error={errors.portion}>
          <select value={portionIndex} onChange={(e) => setPortionIndex(e.target.value)}>
            {(food?.portions ?? []).map((p, i) => (
              <option key={`${p.seq}-${p.description}`} value={String(i)}>
                {measureLabel(p)}
              </option>
            ))}
            <option value="grams">grams</option>
          </select>
        </Field>
        <Field label={portion ? 'How many' : 'Grams'} error={errors.grams}>
          <input
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </Field>
        <div className="add-item-submit">
          <button type="submit" disabled={add.isPending}>
            Add
          </button>
        </div>
      </div>
      <div className="row add-item-filters">
        <FoodGroupSelect groups={library?.groups ?? []} value={group} onChange={setGroup} />
        <FoodSortSelect label="Order foods by" value={sort} onChange={setSort} bestMatch />
      </div>
      <p className="muted add-item-preview" aria-live="polite">
        {preview ?? ' '}
      </p>
      <p role="status" className="ok">
        {message}
      </p>
    </form>
  );
}
