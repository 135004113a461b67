// The paired days as a scatter (recharts, loaded lazily); the table beside it gives the same numbers.
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { PairedDay } from '@shared/insights/links';
import { useChartColors } from '../hooks/use-chart-colors';

export default function LinkChart({
  pairs,
  xName,
  yName,
}: {
  pairs: PairedDay[];
  xName: string;
  yName: string;
}) {
  const colors = useChartColors();
  const axis = { stroke: colors.grid, tick: { fill: colors.text, fontSize: 12 } };
  return (
    <div
      className="insights-chart"
      role="img"
      aria-label={`Scatter of ${pairs.length} paired days, ${xName} across and ${yName} up; the table below gives the same figures.`}
      key={colors.scheme}
    >
      <ResponsiveContainer width="100%" height={220}>
        <ScatterChart margin={{ top: 8, right: 16, bottom: 24, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            name={xName}
            domain={['auto', 'auto']}
            padding={{ left: 12, right: 12 }}
            label={{ value: xName, position: 'insideBottom', offset: -12, fill: colors.text, fontSize: 12 }}
            {...axis}
          />
          <YAxis
            type="number"
            dataKey="y"
            name={yName}
            domain={['auto', 'auto']}
            padding={{ top: 10, bottom: 10 }}
            width={40}
            {...axis}
          />
          <Tooltip
            cursor={{ stroke: colors.grid }}
            contentStyle={{ background: colors.surface, borderColor: colors.grid, color: colors.text }}
          />
          {/* Ratings are whole numbers, so days overlap: a half-transparent dot shows where several fall. */}
          <Scatter data={pairs} fill={colors.focus} fillOpacity={0.5} isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
