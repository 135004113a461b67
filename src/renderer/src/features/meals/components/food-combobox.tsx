// Search-as-you-type food picker (ARIA combobox with a listbox): arrows move, Enter picks, Escape closes; empty, it lists your foods.
import { useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Food } from '@shared/foods/food-data';
import type { FoodSearchOptions } from '@shared/foods/food-search';
import { roundMg } from '@shared/foods/portion-math';
import type { FoodLibrary } from '../../../data/meals/meals-api';
import { foodSourceLabel } from './food-label';

interface FoodComboboxProps {
  label: string;
  library: FoodLibrary | undefined;
  value: Food | null;
  onChange: (food: Food | null) => void;
  error?: string | undefined;
  hint?: string;
  inputRef?: React.Ref<HTMLInputElement>;
  /** Narrow and order the results (food group, magnesium sort). */
  searchOptions?: Pick<FoodSearchOptions, 'group' | 'sort'>;
}

export function FoodCombobox({
  label,
  library,
  value,
  onChange,
  error,
  hint,
  inputRef,
  searchOptions,
}: FoodComboboxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [shownFor, setShownFor] = useState<Food | null>(value);
  const pointer = useRef({ x: -1, y: -1 });
  // The parent cleared or set the food (e.g. after adding): show its name.
  if (value !== shownFor) {
    setShownFor(value);
    setQuery(value?.name ?? '');
  }
  // An empty box lists the person's own foods, most used lately first.
  const results = open && library ? library.search(query.trim(), { ...searchOptions, limit: 12 }) : [];
  const expanded = open && results.length > 0;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');

  const pick = (food: Food) => {
    onChange(food);
    setShownFor(food);
    setQuery(food.name);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(results.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      const food = results[active];
      if (food) pick(food);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className={error ? 'field has-error food-combobox' : 'field food-combobox'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${id}-opt-${active}` : undefined}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        placeholder={library ? 'e.g. spinach, almonds' : 'Loading the food list…'}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
          if (value) onChange(null);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label} results`}
        className="food-options"
        hidden={!expanded}
      >
        {results.map((food, i) => (
          <li
            key={food.key}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              pick(food);
            }}
            onMouseMove={(event: MouseEvent) => {
              // Chromium sends mouse moves when the list appears under a resting pointer: only a
              // real movement should take the highlight away from the keyboard.
              const moved = event.clientX !== pointer.current.x || event.clientY !== pointer.current.y;
              const first = pointer.current.x < 0;
              pointer.current = { x: event.clientX, y: event.clientY };
              if (moved && !first) setActive(i);
            }}
          >
            <span className="food-option-name">{food.name}</span>
            <span className="food-option-meta">
              {foodSourceLabel(food)} · {roundMg(food.per100g.magnesiumMg)} mg Mg/100 g
            </span>
          </li>
        ))}
      </ul>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
