// A food of your own: nutrients per 100 g (energy and magnesium required) and an optional household portion.
import { useState, type FormEvent } from 'react';
import { Field } from '../../../components/field';
import { ValidationError } from '../../../data/validation';
import { useAddCustomFood } from '../../../data/meals/meals-queries';

const optionalFields = [
  ['proteinG', 'Protein (g)'],
  ['fiberG', 'Fibre (g)'],
  ['calciumMg', 'Calcium (mg)'],
  ['potassiumMg', 'Potassium (mg)'],
  ['zincMg', 'Zinc (mg)'],
  ['vitaminB6Mg', 'Vitamin B6 (mg)'],
] as const;

/** Blank → undefined (missing, so the schema can say so), otherwise a number (NaN for junk). */
const numberOrMissing = (text: string) => (text.trim() === '' ? undefined : Number(text));

export function CustomFoodForm() {
  const add = useAddCustomFood();
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const set = (key: string) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const value = (key: string) => values[key] ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    const optional = Object.fromEntries(
      optionalFields.map(([key]) => [key, value(key).trim() === '' ? null : Number(value(key))]),
    );
    const portionText = value('portionDescription').trim();
    try {
      const row = await add.mutateAsync({
        name: value('name'),
        per100g: {
          kcal: numberOrMissing(value('kcal')),
          magnesiumMg: numberOrMissing(value('magnesiumMg')),
          ...optional,
        },
        portions: portionText
          ? [{ amount: 1, description: portionText, grams: numberOrMissing(value('portionGrams')) }]
          : [],
      });
      setValues({});
      setErrors({});
      setMessage(`Saved “${row.name}”. It now appears in food search.`);
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.fieldErrors);
      else throw error;
    }
  };

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="custom-food-title">
      <h2 id="custom-food-title">Add your own food</h2>
      <p className="muted">
        Copy the values per 100 g from the label. Energy and magnesium are needed; leave unknown ones blank.
      </p>
      <Field label="Name" error={errors.name}>
        <input type="text" value={value('name')} onChange={set('name')} />
      </Field>
      <div className="nutrient-grid">
        <Field label="Energy (kcal per 100 g)" error={errors['per100g.kcal']}>
          <input type="number" min="0" step="any" value={value('kcal')} onChange={set('kcal')} />
        </Field>
        <Field label="Magnesium (mg per 100 g)" error={errors['per100g.magnesiumMg']}>
          <input
            type="number"
            min="0"
            step="any"
            value={value('magnesiumMg')}
            onChange={set('magnesiumMg')}
          />
        </Field>
        {optionalFields.map(([key, label]) => (
          <Field key={key} label={`${label} per 100 g`} error={errors[`per100g.${key}`]}>
            <input type="number" min="0" step="any" value={value(key)} onChange={set(key)} />
          </Field>
        ))}
      </div>
      <div className="row">
        <Field label="Portion name (optional)" error={errors['portions.0.description']}>
          <input
            type="text"
            value={value('portionDescription')}
            onChange={set('portionDescription')}
            placeholder="e.g. bowl"
          />
        </Field>
        <Field label="Portion weight (g)" error={errors['portions.0.grams']}>
          <input
            type="number"
            min="0"
            step="any"
            value={value('portionGrams')}
            onChange={set('portionGrams')}
          />
        </Field>
      </div>
      {Object.keys(errors).length > 0 ? (
        <p className="form-error">Some values need fixing; nothing was saved.</p>
      ) : null}
      <div>
        <button type="submit" disabled={add.isPending}>
          Save food
        </button>
      </div>
      <p role="status" className="ok">
        {message}
      </p>
    </form>
  );
}
