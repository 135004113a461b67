// Food group filter and magnesium sort, shared by the plan's food search and the "richest" browser.
import type { FoodSort } from '@shared/foods/food-search';
import { Field } from '../../../components/field';

export const magnesiumSorts: { value: Exclude<FoodSort, 'relevance'>; label: string }[] = [
  { value: 'magnesiumPer100g', label: 'per 100 g' },
  { value: 'magnesiumPerPortion', label: 'per typical portion' },
  { value: 'magnesiumPer100Kcal', label: 'per 100 kcal' },
];

export function FoodGroupSelect({
  groups,
  value,
  onChange,
}: {
  groups: readonly string[];
  value: string;
  onChange: (group: string) => void;
}) {
  return (
    <Field label="Food group">
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All groups</option>
        {groups.map((g) => (
          <option key={g} value={g}>
            {g}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function FoodSortSelect<S extends FoodSort>({
  label,
  value,
  onChange,
  bestMatch,
}: {
  label: string;
  value: S;
  onChange: (sort: S) => void;
  /** Offer "best match" (search relevance) first. */
  bestMatch?: boolean;
}) {
  const options = [...(bestMatch ? [{ value: 'relevance', label: 'best match' }] : []), ...magnesiumSorts];
  return (
    <Field label={label}>
      <select value={value} onChange={(e) => onChange(e.target.value as S)}>
        {options.map((s) => (
          <option key={s.value} value={s.value}>
            {bestMatch && s.value !== 'relevance' ? `most magnesium ${s.label}` : s.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
