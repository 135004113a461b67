// The exercise charts (recharts, loaded lazily): weekly aerobic minutes and strength days against the target.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsightExerciseGoals } from '@shared/insights/pillar-figures';
import type { ExerciseWeek } from '@shared/insights/series';
import { useChartColors } from '../hooks/use-chart-colors';
import { chartChrome, dateAxis } from './chart-chrome';
import { referenceLine, referenceMargin } from './reference-line';

export default function ExerciseCharts({
  weeks,
  target,
}: {
  weeks: ExerciseWeek[];
  target: InsightExerciseGoals;
}) {
  const colors = useChartColors();
  const { axis, grid, tooltip } = chartChrome(colors);
  const [, vermillion, green] = colors.series;
  const margin = referenceMargin;
  const line = (value: number | null, text: string) =>
    value === null ? null : referenceLine(colors, value, text);
  return (
    <div className="insights-charts" key={colors.scheme}>
      <h3>Aerobic minutes a week</h3>
      <div className="insights-chart" data-chart="exercise-minutes">
        <ResponsiveContainer width="100%" height={200}>
          <BarChart data={weeks} margin={margin} title="Aerobic minutes a week against the target">
            <CartesianGrid {...grid} />
            <XAxis dataKey="weekStart" {...dateAxis(weeks.length)} {...axis} />
            <YAxis
              unit=" min"
              width={72}
              domain={[0, (max: number) => Math.max(max, target.aerobicMinutes ?? 0) * 1.1]}
              tickFormatter={(v: number) => String(Math.round(v))}
              {...axis}
            />
            <Tooltip {...tooltip} formatter={(v) => [`${v} min`, 'Aerobic']} />
            <Bar dataKey="aerobicMinutes" name="Aerobic minutes" fill={green} isAnimationActive={false} />
            {line(target.aerobicMinutes, `Target ${target.aerobicMinutes} min`)}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <h3>Strength days a week</h3>
      <div className="insights-chart" data-chart="exercise-strength">
        <ResponsiveContainer width="100%" height={160}>
          <BarChart data={weeks} margin={margin} title="Strength days a week against the target">
            <CartesianGrid {...grid} />
            <XAxis dataKey="weekStart" {...dateAxis(weeks.length)} {...axis} />
            <YAxis domain={[0, 7]} ticks={[0, 2, 4, 7]} width={72} {...axis} />
            <Tooltip {...tooltip} formatter={(v) => [`${v}`, 'Strength days']} />
            <Bar dataKey="strengthDays" name="Strength days" fill={vermillion} isAnimationActive={false} />
            {line(target.strengthDays, `Target ${target.strengthDays} days`)}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
