// Exercise: aerobic minutes a week against the life stage's target, and strength days.
import { memo } from 'react';
import { countingWords } from '@shared/insights/pillar-figures';
import type { InsightsView } from '../hooks/insights-view';
import { plural, weekOf } from './chart-chrome';
import { DrawWhenSeen } from './draw-when-seen';
import { ChartTable } from './chart-table';

const loadExerciseCharts = () => import('./exercise-charts');

export const ExerciseSection = memo(function ExerciseSection({
  exercise,
}: {
  exercise: InsightsView['exercise'];
}) {
  const { weeks, target } = exercise;
  const met = (goal: number | null, value: (w: (typeof weeks)[number]) => number) =>
    goal === null ? null : weeks.filter((w) => value(w) >= goal).length;
  const metAerobic = met(target.aerobicMinutes, (w) => w.aerobicMinutes);
  const metStrength = met(target.strengthDays, (w) => w.strengthDays);
  const total = weeks.reduce((s, w) => s + w.totalMinutes, 0);
  return (
    <section className="card insights-section" aria-labelledby="exercise-heading">
      <h2 id="exercise-heading">Exercise</h2>
      <p data-testid="exercise-text">
        {total} min logged over {plural(weeks.length, 'week')}.{' '}
        {metAerobic === null
          ? `The guideline for ${target.who.toLowerCase()} gives no weekly figure to count against.`
          : `${metAerobic} of ${weeks.length} weeks reached ${target.aerobicMinutes} aerobic minutes (${countingWords[target.counting]}).`}
        {metStrength === null
          ? null
          : ` ${metStrength} of ${weeks.length} had strength work on ${target.strengthDays} or more days.`}
      </p>
      {total === 0 ? null : (
        <DrawWhenSeen
          load={loadExerciseCharts}
          props={{ weeks, target }}
          minHeight={440}
          label="the exercise charts"
        />
      )}
      <p className="source-note">
        <span className="source-label">Reference:</span> {target.source}. A reference point, not a
        prescription.
      </p>
      <ChartTable
        summary={`Show exercise by week as a table (${plural(weeks.length, 'week')})`}
        caption={`Exercise by week: aerobic minutes (${countingWords[target.counting]}), strength days and all minutes`}
        columns={[
          { label: 'Week' },
          { label: 'Aerobic (min)', numeric: true },
          { label: 'Strength days', numeric: true },
          { label: 'All minutes', numeric: true },
        ]}
        rows={[...weeks]
          .reverse()
          .map((w) => [weekOf(w.weekStart), w.aerobicMinutes, w.strengthDays, w.totalMinutes])}
      />
    </section>
  );
});
