// The practice chart (recharts, loaded lazily): minutes a week, stacked by kind, one palette colour a kind.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PracticeWeekRow } from '@shared/insights/series';
import { practiceKindValues, practiceLabels } from '@shared/wellbeing/stress';
import { useChartColors } from '../hooks/use-chart-colors';
import { chartChrome, dateAxis } from './chart-chrome';

export default function StressChart({ weeks }: { weeks: PracticeWeekRow[] }) {
  const colors = useChartColors();
  const { axis, grid, tooltip, legend } = chartChrome(colors);
  return (
    <div className="insights-charts" key={colors.scheme}>
      <div className="insights-chart" data-chart="stress-minutes">
        <ResponsiveContainer width="100%" height={220}>
          <BarChart
            data={weeks}
            margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
            title="Practice minutes a week by kind"
          >
            <CartesianGrid {...grid} />
            <XAxis dataKey="weekStart" {...dateAxis(weeks.length)} {...axis} />
            <YAxis unit=" min" width={72} allowDecimals={false} {...axis} />
            <Tooltip {...tooltip} formatter={(v, name) => [`${v} min`, name]} />
            <Legend {...legend} />
            {practiceKindValues.map((kind, i) => (
              <Bar
                key={kind}
                dataKey={kind}
                name={practiceLabels[kind]}
                stackId="practice"
                fill={colors.series[i]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
