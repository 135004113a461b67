// Today's magnesium: supplement + planned food against the RDA, and supplement alone against the upper limit.
import { roundMg } from '@shared/magnesium/elemental';
import type { Rda, UpperLimit } from '@shared/magnesium/reference-values';
import { formatMg } from './form-values';
import { SourceNote } from './source-note';

export function DailyMagnesium({
  supplementPlannedMg,
  supplementTakenMg,
  food,
  rda,
  upperLimit,
}: {
  supplementPlannedMg: number;
  supplementTakenMg: number;
  food: { magnesiumMg: number; itemCount: number } | null | 'unavailable';
  rda: Rda;
  upperLimit: Extract<UpperLimit, { established: true }>;
}) {
  const foodMg = food && food !== 'unavailable' ? food.magnesiumMg : 0;
  const total = roundMg(supplementPlannedMg + foodMg);
  const rdaShare = Math.round((total / rda.mg) * 100);
  const overLimit = supplementPlannedMg > upperLimit.mg;
  return (
    <section className="card" aria-labelledby="daily-mg-heading">
      <h2 id="daily-mg-heading">Daily magnesium</h2>
      <table className="figures">
        <tbody>
          <tr>
            <th scope="row">Supplement (planned today)</th>
            <td className="num">{formatMg(supplementPlannedMg)}</td>
          </tr>
          <tr>
            <th scope="row">Supplement (logged as taken so far)</th>
            <td className="num">{formatMg(supplementTakenMg)}</td>
          </tr>
          <tr>
            <th scope="row">Food (meal plan)</th>
            <td className="num">
              {food === 'unavailable'
                ? 'not available'
                : food && food.itemCount > 0
                  ? formatMg(roundMg(food.magnesiumMg))
                  : 'no meals planned'}
            </td>
          </tr>
          <tr className="total">
            <th scope="row">Total against the {rda.kind}</th>
            <td className="num">
              {formatMg(total)} of {formatMg(rda.mg)} ({rdaShare} %)
            </td>
          </tr>
        </tbody>
      </table>
      {food === 'unavailable' ? (
        <p className="hint">Food magnesium could not be loaded, so this shows the supplement only.</p>
      ) : null}
      <p className="hint">
        The {rda.kind} counts magnesium from all sources: food, drinks and supplements. Food figures come from
        the meal plan (USDA SR28, with each food’s NDB number on the Meals screen).
      </p>
      <SourceNote>{rda.source}</SourceNote>
      <p className={overLimit ? 'warning' : undefined}>
        <strong>Supplement against the upper limit:</strong> {formatMg(supplementPlannedMg)} of{' '}
        {formatMg(upperLimit.mg)} a day{overLimit ? ' — above the limit' : ''}. {upperLimit.scope}
      </p>
      <SourceNote>{upperLimit.source}</SourceNote>
    </section>
  );
}
