// Exercise: aerobic minutes a week against the life stage's target, and strength days.
import { memo } from 'react';
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
  const metAerobic = weeks.filter(
    (w) => w.aerobicEquivalentMinutes >= target.aerobicModerateEquivalentMinutes,
  ).length;
  const metStrength = weeks.filter((w) => w.strengthDays >= target.strengthDays).length;
  const total = weeks.reduce((s, w) => s + w.totalMinutes, 0);
  return (
    <section className="card insights-section" aria-labelledby="exercise-heading">
      <h2 id="exercise-heading">Exercise</h2>
      <p data-testid="exercise-text">
        {total} min logged over {plural(weeks.length, 'week')}. {metAerobic} of {weeks.length} weeks reached{' '}
        {target.aerobicModerateEquivalentMinutes} aerobic minutes (a vigorous minute counts as two), and{' '}
        {metStrength} of {weeks.length} had strength work on {target.strengthDays} or more days.
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
        caption="Exercise by week: aerobic minutes (moderate-equivalent), strength days and all minutes"
        columns={[
          { label: 'Week' },
          { label: 'Aerobic (moderate-equivalent min)', numeric: true },
          { label: 'Strength days', numeric: true },
          { label: 'All minutes', numeric: true },
        ]}
        rows={[...weeks]
          .reverse()
          .map((w) => [weekOf(w.weekStart), w.aerobicEquivalentMinutes, w.strengthDays, w.totalMinutes])}
      />
    </section>
  );
});
