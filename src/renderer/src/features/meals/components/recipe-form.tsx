// A recipe: ingredients with amounts in grams and a number of servings; shows magnesium per serving.
import { useRef, useState, type FormEvent } from 'react';
import { recipeAsFood } from '@shared/foods/food-catalog';
import type { Food } from '@shared/foods/food-data';
import { magnesiumForGrams, roundMg } from '@shared/foods/portion-math';
import { Field } from '../../../components/field';
import { ValidationError } from '../../../data/validation';
import type { FoodLibrary } from '../../../data/meals/meals-api';
import { useAddRecipe } from '../../../data/meals/meals-queries';
import { FoodCombobox } from './food-combobox';

interface Line {
  key: number;
  food: Food | null;
  grams: string;
}

export function RecipeForm({ library }: { library: FoodLibrary }) {
  const add = useAddRecipe();
  const nextKey = useRef(2);
  const [name, setName] = useState('');
  const [servings, setServings] = useState('2');
  const [lines, setLines] = useState<Line[]>([{ key: 1, food: null, grams: '' }]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const update = (key: number, change: Partial<Line>) =>
    setLines((all) => all.map((l) => (l.key === key ? { ...l, ...change } : l)));

  const ingredients = lines.map((l) => ({
    food: l.food ? { source: l.food.source, id: l.food.id } : undefined,
    grams: l.grams.trim() === '' ? Number.NaN : Number(l.grams),
  }));
  const complete = ingredients.every((i) => i.food && i.grams > 0);
  const dish = complete
    ? recipeAsFood(
        {
          id: 'preview',
          name,
          servings: Number(servings),
          ingredients: ingredients as { food: Food; grams: number }[],
        },
        library.catalog.get,
      )
    : null;
  const perServing = dish ? magnesiumForGrams(dish.per100g.magnesiumMg, dish.portions[0]!.grams) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    try {
      const row = await add.mutateAsync({ name, servings: Number(servings), ingredients });
      setName('');
      setLines([{ key: nextKey.current++, food: null, grams: '' }]);
      setErrors({});
      setMessage(`Saved the recipe “${row.name}”. Plan it by searching its name.`);
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.fieldErrors);
      else throw error;
    }
  };

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="recipe-title">
      <h2 id="recipe-title">Add a recipe</h2>
      <div className="row">
        <Field label="Recipe name" error={errors.name}>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label="Servings" error={errors.servings}>
          <input
            type="number"
            min="1"
            step="1"
            value={servings}
            onChange={(e) => setServings(e.target.value)}
          />
        </Field>
      </div>
      {lines.map((line, i) => (
        <div className="row ingredient" key={line.key}>
          <FoodCombobox
            label={`Ingredient ${i + 1}`}
            library={library}
            value={line.food}
            onChange={(food) => update(line.key, { food })}
            error={errors[`ingredients.${i}.food`]}
          />
          <Field label={`Ingredient ${i + 1} grams`} error={errors[`ingredients.${i}.grams`]}>
            <input
              type="number"
              min="0"
              step="any"
              value={line.grams}
              onChange={(e) => update(line.key, { grams: e.target.value })}
            />
          </Field>
          {lines.length > 1 ? (
            <button
              type="button"
              className="danger"
              onClick={() => setLines((all) => all.filter((l) => l.key !== line.key))}
            >
              Remove ingredient {i + 1}
            </button>
          ) : null}
        </div>
      ))}
      {errors.ingredients ? <p className="field-error">{errors.ingredients}</p> : null}
      <div className="row">
        <button
          type="button"
          className="secondary"
          onClick={() => setLines((all) => [...all, { key: nextKey.current++, food: null, grams: '' }])}
        >
          Add ingredient
        </button>
        <button type="submit" disabled={add.isPending}>
          Save recipe
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {perServing !== null
          ? `About ${roundMg(perServing)} mg magnesium per serving (${roundMg(dish!.portions[0]!.grams)} g).`
          : ''}
      </p>
      {Object.keys(errors).length > 0 ? (
        <p className="form-error">Some values need fixing; nothing was saved.</p>
      ) : null}
      <p role="status" className="ok">
        {message}
      </p>
    </form>
  );
}
