// The sleep charts (recharts, loaded lazily): bedtime-to-wake bars, duration, and weekly regularity.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { nightAxisStartMinutes, type NightBar, type RegularityWeek } from '@shared/insights/series';
import { formatClock, formatDuration } from '@shared/wellbeing/sleep';
import { useChartColors } from '../hooks/use-chart-colors';
import { chartChrome, dateAxis } from './chart-chrome';

const clockOf = (offset: number) => formatClock(nightAxisStartMinutes + offset);

export default function SleepCharts({
  nights,
  regularity,
}: {
  nights: NightBar[];
  regularity: RegularityWeek[];
}) {
  const colors = useChartColors();
  const { axis, grid, tooltip } = chartChrome(colors);
  const [blue, , , pink] = colors.series;
  const margin = { top: 16, right: 16, bottom: 0, left: 0 };
  const low = Math.floor(Math.min(...nights.map((n) => n.bedOffsetMinutes)) / 120) * 120;
  const high = Math.ceil(Math.max(...nights.map((n) => n.wakeOffsetMinutes)) / 120) * 120;
  const ticks = Array.from({ length: (high - low) / 120 + 1 }, (_, i) => low + i * 120);
  return (
    <div className="insights-charts" key={colors.scheme}>
      <h3>When you slept</h3>
      <div className="insights-chart" data-chart="sleep-timing">
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={nights} margin={margin} title="Each night from bedtime to waking">
            <CartesianGrid {...grid} />
            <XAxis dataKey="date" {...dateAxis(nights.length)} {...axis} />
            <YAxis reversed domain={[low, high]} ticks={ticks} tickFormatter={clockOf} width={56} {...axis} />
            <Tooltip
              {...tooltip}
              formatter={(_value, _name, item) => {
                const night = item.payload as NightBar;
                return [`${night.bedtime} to ${night.wakeTime}`, 'Asleep'];
              }}
            />
            <Bar
              dataKey={(n: NightBar) => [n.bedOffsetMinutes, n.wakeOffsetMinutes]}
              name="Asleep"
              fill={blue}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <h3>How long</h3>
      <div className="insights-chart" data-chart="sleep-duration">
        <ResponsiveContainer width="100%" height={160}>
          <LineChart data={nights} margin={margin} title="Sleep duration a night">
            <CartesianGrid {...grid} />
            <XAxis dataKey="date" {...dateAxis(nights.length)} {...axis} />
            <YAxis
              dataKey="durationMinutes"
              tickFormatter={(m: number) => `${Math.round(m / 60)} h`}
              domain={[0, (max: number) => Math.ceil(max / 60) * 60]}
              ticks={[0, 240, 480, 720]}
              width={56}
              {...axis}
            />
            <Tooltip {...tooltip} formatter={(v) => [formatDuration(Number(v)), 'Asleep']} />
            <Line
              dataKey="durationMinutes"
              name="Asleep"
              stroke={blue}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <h3>Regularity, week by week (lower is steadier)</h3>
      <div className="insights-chart" data-chart="sleep-regularity">
        <ResponsiveContainer width="100%" height={160}>
          <LineChart data={regularity} margin={margin} title="Spread of the sleep midpoint by week">
            <CartesianGrid {...grid} />
            <XAxis dataKey="weekStart" {...dateAxis(regularity.length)} {...axis} />
            <YAxis unit=" min" width={64} allowDecimals={false} {...axis} />
            <Tooltip {...tooltip} formatter={(v) => [`± ${v} min`, 'Midpoint spread']} />
            <Line
              dataKey="variabilityMinutes"
              name="Midpoint spread"
              stroke={pink}
              strokeWidth={2}
              dot={{ r: 2, fill: pink }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
