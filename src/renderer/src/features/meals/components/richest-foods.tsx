// "Richest in magnesium": foods by group, sorted per 100 g, per typical portion or per 100 kcal.
import { useState } from 'react';
import type { FoodSort } from '@shared/foods/food-search';
import { measureLabel } from '@shared/foods/household-measure';
import {
  magnesiumPer100Kcal,
  magnesiumPerTypicalPortion,
  roundMg,
  typicalPortion,
} from '@shared/foods/portion-math';
import { Field } from '../../../components/field';
import type { FoodLibrary } from '../../../data/meals/meals-api';
import { FoodGroupSelect, FoodSortSelect } from './food-filters';

export function RichestFoods({ library }: { library: FoodLibrary }) {
  const [group, setGroup] = useState('Nut and Seed Products');
  const [sort, setSort] = useState<Exclude<FoodSort, 'relevance'>>('magnesiumPer100g');
  const [query, setQuery] = useState('');
  const foods = library.search(query, { group: group || null, sort, limit: 25 });
  return (
    <section className="card" aria-labelledby="richest-title">
      <h2 id="richest-title">Richest in magnesium</h2>
      <div className="row">
        <FoodGroupSelect groups={library.groups} value={group} onChange={setGroup} />
        <FoodSortSelect label="Sort by magnesium" value={sort} onChange={setSort} />
        <Field label="Narrow by words">
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="e.g. seeds"
          />
        </Field>
      </div>
      <table className="richest">
        <thead>
          <tr>
            <th scope="col">Food</th>
            <th scope="col">USDA NDB</th>
            <th scope="col" className="num">
              mg / 100 g
            </th>
            <th scope="col">Typical portion</th>
            <th scope="col" className="num">
              mg / portion
            </th>
            <th scope="col" className="num">
              mg / 100 kcal
            </th>
          </tr>
        </thead>
        <tbody>
          {foods.map((food) => {
            const perPortion = magnesiumPerTypicalPortion(food);
            const perKcal = magnesiumPer100Kcal(food.per100g);
            const portion = typicalPortion(food);
            return (
              <tr key={food.key}>
                <td>{food.name}</td>
                <td>{food.source === 'usda' ? food.id : '–'}</td>
                <td className="num">{roundMg(food.per100g.magnesiumMg)}</td>
                <td>{portion ? measureLabel(portion) : '–'}</td>
                <td className="num">{perPortion === null ? '–' : roundMg(perPortion)}</td>
                <td className="num">{perKcal === null ? '–' : roundMg(perKcal)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted source-note">Values per 100 g as printed in USDA SR28 (public domain).</p>
    </section>
  );
}
