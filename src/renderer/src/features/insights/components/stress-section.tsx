// Stress practice: minutes a week by kind.
import { memo } from 'react';
import { practiceKindValues, practiceLabels } from '@shared/wellbeing/stress';
import type { InsightsView } from '../hooks/insights-view';
import { plural, weekOf } from './chart-chrome';
import { DrawWhenSeen } from './draw-when-seen';
import { ChartTable } from './chart-table';

const loadStressChart = () => import('./stress-chart');

export const StressSection = memo(function StressSection({ stress }: { stress: InsightsView['stress'] }) {
  const { weeks } = stress;
  const byKind = practiceKindValues.map((kind) => [kind, weeks.reduce((s, w) => s + w[kind], 0)] as const);
  const total = byKind.reduce((s, [, minutes]) => s + minutes, 0);
  return (
    <section className="card insights-section" aria-labelledby="stress-heading">
      <h2 id="stress-heading">Stress practice</h2>
      <p data-testid="stress-text">
        {total} min of practice over {plural(weeks.length, 'week')}
        {total === 0
          ? '.'
          : `: ${byKind
              .filter(([, minutes]) => minutes > 0)
              .map(([kind, minutes]) => `${practiceLabels[kind].toLowerCase()} ${minutes} min`)
              .join(', ')}.`}
      </p>
      {total === 0 ? null : (
        <DrawWhenSeen load={loadStressChart} props={{ weeks }} minHeight={240} label="the practice chart" />
      )}
      <ChartTable
        summary={`Show practice by week as a table (${plural(weeks.length, 'week')})`}
        caption="Practice minutes by week and kind"
        columns={[
          { label: 'Week' },
          ...practiceKindValues.map((kind) => ({ label: practiceLabels[kind], numeric: true })),
          { label: 'All', numeric: true },
        ]}
        rows={[...weeks]
          .reverse()
          .map((w) => [weekOf(w.weekStart), ...practiceKindValues.map((k) => w[k]), w.totalMinutes])}
      />
    </section>
  );
});
