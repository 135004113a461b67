// Sleep: each night from bedtime to waking, its length, and how regular the nights were week by week.
import { memo, useMemo } from 'react';
import { pointsForWidth, thinKeepingExtremes } from '@shared/insights/thin';
import { formatDuration } from '@shared/wellbeing/sleep';
import type { InsightsView } from '../hooks/insights-view';
import { useWidth } from '../hooks/use-width';
import { longDate, plural, weekOf } from './chart-chrome';
import { ChartTable } from './chart-table';
import { DrawWhenSeen } from './draw-when-seen';

const loadSleepCharts = () => import('./sleep-charts');

export const SleepSection = memo(function SleepSection({
  sleep,
  days,
}: {
  sleep: InsightsView['sleep'];
  days: number;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const max = pointsForWidth(width);
  const nights = useMemo(
    () => thinKeepingExtremes(sleep.nights, max, (n) => n.durationMinutes),
    [sleep.nights, max],
  );
  const figures = sleep.regularity.filter((w) => w.variabilityMinutes !== null);
  const latest = figures.at(-1);
  return (
    <section className="card insights-section" aria-labelledby="sleep-heading" ref={ref}>
      <h2 id="sleep-heading">Sleep</h2>
      <p data-testid="sleep-text">
        {sleep.nights.length === 0
          ? `No nights logged in these ${days} days.`
          : `${plural(sleep.nights.length, 'night')} logged in ${plural(days, 'day')}, ${formatDuration(sleep.averageDurationMinutes ?? 0)} on average.`}{' '}
        {latest
          ? `The middle of your sleep moved by about ± ${latest.variabilityMinutes} min in the last week with a figure (lower is steadier).`
          : 'Regularity needs at least 3 nights in a week.'}
      </p>
      {sleep.nights.length === 0 ? null : (
        <DrawWhenSeen
          load={loadSleepCharts}
          props={{ nights, regularity: sleep.regularity }}
          minHeight={660}
          label="the sleep charts"
        />
      )}
      <ChartTable
        summary={`Show the nights as a table (${plural(sleep.nights.length, 'night')})`}
        caption="Nights: bedtime, wake time and duration"
        columns={[
          { label: 'Woke on' },
          { label: 'Bedtime' },
          { label: 'Wake time' },
          { label: 'Duration', numeric: true },
        ]}
        rows={[...sleep.nights]
          .reverse()
          .map((n) => [longDate(n.date), n.bedtime, n.wakeTime, formatDuration(n.durationMinutes)])}
      />
      <ChartTable
        summary={`Show regularity by week as a table (${plural(figures.length, 'week')} with a figure)`}
        caption="Sleep regularity by week: nights logged and the spread of the sleep midpoint in minutes"
        columns={[
          { label: 'Week' },
          { label: 'Nights', numeric: true },
          { label: 'Midpoint spread (± min)', numeric: true },
        ]}
        rows={[...sleep.regularity]
          .reverse()
          .map((w) => [weekOf(w.weekStart), w.nights, w.variabilityMinutes ?? '—'])}
      />
    </section>
  );
});
