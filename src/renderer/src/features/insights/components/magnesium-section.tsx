// Daily magnesium: food and supplement against the RDA (or AI), the supplement alone against the upper limit, with sources.
import { memo, useMemo } from 'react';
import { pointsForWidth, thinKeepingExtremes } from '@shared/insights/thin';
import type { InsightsView } from '../hooks/insights-view';
import { useWidth } from '../hooks/use-width';
import { longDate, mg, plural } from './chart-chrome';
import { ChartTable } from './chart-table';
import { DrawWhenSeen } from './draw-when-seen';

const loadMagnesiumCharts = () => import('./magnesium-charts');

export const MagnesiumSection = memo(function MagnesiumSection({
  magnesium,
}: {
  magnesium: InsightsView['magnesium'];
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const { days, summary, rda, upperLimit } = magnesium;
  const max = pointsForWidth(width);
  const totals = useMemo(() => thinKeepingExtremes(days, max, (d) => d.totalMg), [days, max]);
  const supplement = useMemo(() => thinKeepingExtremes(days, max, (d) => d.supplementMg), [days, max]);
  const thinned = totals.length < days.length;
  return (
    <section className="card insights-section" aria-labelledby="magnesium-heading" ref={ref}>
      <h2 id="magnesium-heading">Magnesium</h2>
      <p data-testid="magnesium-text">
        Over these {plural(summary.days, 'day')}: on average <strong>{mg(summary.averageFoodMg)}</strong> a
        day from planned meals and <strong>{mg(summary.averageSupplementMg)}</strong> from supplement doses
        marked taken, <strong>{mg(summary.averageTotalMg)}</strong> in all, against the {rda.kind} of{' '}
        {mg(rda.mg)}. {plural(summary.daysAtOrAboveRda, 'day')} reached the {rda.kind}.
        {upperLimit.established
          ? ` The supplement alone was above the upper limit of ${mg(upperLimit.mg)} on ${plural(summary.daysSupplementAboveUpperLimit, 'day')} (highest ${mg(summary.highestSupplementMg)}).`
          : null}
      </p>
      {magnesium.foodAvailable ? null : (
        <p className="hint">Food magnesium could not be loaded, so these figures show the supplement only.</p>
      )}
      <DrawWhenSeen
        load={loadMagnesiumCharts}
        props={{ totals, supplement, rda, upperLimitMg: upperLimit.established ? upperLimit.mg : null }}
        minHeight={520}
        label="the magnesium charts"
      />
      {thinned ? (
        <p className="muted">
          {totals.length} of {days.length} days drawn, about one a pixel; each stretch keeps its highest and
          lowest day. The table has every day.
        </p>
      ) : null}
      <p className="source-note">
        <span className="source-label">Sources:</span> {rda.kind}: {rda.source}. Upper limit:{' '}
        {upperLimit.source}. Food: USDA SR28 values for the meals in your meal plan (each food’s NDB number is
        on the Meals screen). Supplement: the elemental magnesium of each dose you marked taken.
      </p>
      {upperLimit.established ? <p className="hint">{upperLimit.scope}</p> : null}
      <ChartTable
        summary={`Show the magnesium figures as a table (${plural(days.length, 'day')})`}
        caption="Magnesium by day: food, supplement and total, in mg"
        columns={[
          { label: 'Day' },
          { label: 'Food (mg)', numeric: true },
          { label: 'Supplement (mg)', numeric: true },
          { label: 'Total (mg)', numeric: true },
        ]}
        rows={[...days].reverse().map((d) => [longDate(d.date), d.foodMg, d.supplementMg, d.totalMg])}
      />
    </section>
  );
});
