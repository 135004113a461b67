// Your own foods and recipes: the lists (with delete) and the forms to add more.
import { useQuery } from '@tanstack/react-query';
import { roundMg } from '@shared/foods/portion-math';
import type { FoodLibrary } from '../../../data/meals/meals-api';
import { mealsQueries, useDeleteCustomFood, useDeleteRecipe } from '../../../data/meals/meals-queries';
import { CustomFoodForm } from './custom-food-form';
import { RecipeForm } from './recipe-form';

export function MyFoods({ library }: { library: FoodLibrary }) {
  const customFoods = useQuery(mealsQueries.customFoods());
  const recipes = useQuery(mealsQueries.recipes());
  const deleteFood = useDeleteCustomFood();
  const deleteRecipe = useDeleteRecipe();
  return (
    <>
      <section className="card" aria-labelledby="my-foods-title">
        <h2 id="my-foods-title">My foods and recipes</h2>
        {customFoods.data?.length || recipes.data?.length ? (
          <ul className="my-foods">
            {customFoods.data?.map((f) => (
              <li key={f.id}>
                {f.name} — {roundMg(f.per100g.magnesiumMg)} mg per 100 g{' '}
                <button type="button" className="danger small" onClick={() => deleteFood.mutate(f.id)}>
                  Delete {f.name}
                </button>
              </li>
            ))}
            {recipes.data?.map((r) => {
              const dish = library.catalog.get(`recipe:${r.id}`);
              const serving = dish?.portions[0];
              return (
                <li key={r.id}>
                  {r.name} (recipe, {r.servings} servings)
                  {dish && serving
                    ? ` — ${roundMg((dish.per100g.magnesiumMg * serving.grams) / 100)} mg per serving`
                    : ''}{' '}
                  <button type="button" className="danger small" onClick={() => deleteRecipe.mutate(r.id)}>
                    Delete {r.name}
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="muted">None yet. Foods you add here appear first in food search.</p>
        )}
      </section>
      <div className="grid-2">
        <CustomFoodForm />
        <RecipeForm library={library} />
      </div>
    </>
  );
}
