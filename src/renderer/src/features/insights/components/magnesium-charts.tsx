// The magnesium charts (recharts, loaded lazily): food + supplement stacked against the RDA; supplement against the UL.
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MagnesiumDay } from '@shared/insights/series';
import type { Rda } from '@shared/magnesium/reference-values';
import { useChartColors } from '../hooks/use-chart-colors';
import { chartChrome, mg, dateAxis } from './chart-chrome';
import { referenceLine, referenceMargin } from './reference-line';

/**
 * Past this many days a bar is a pixel or two wide, and recharts draws each bar as a component of its own
 * (a year's 1,100 bars took ~450 ms to draw here); steps, one shape per series, look the same and draw at once.
 */
const barsUpTo = 120;

export default function MagnesiumCharts({
  totals,
  supplement,
  rda,
  upperLimitMg,
}: {
  totals: MagnesiumDay[];
  supplement: MagnesiumDay[];
  rda: Rda;
  upperLimitMg: number | null;
}) {
  const colors = useChartColors();
  const { axis, grid, tooltip, legend } = chartChrome(colors);
  const [blue, vermillion, green] = colors.series;
  const margin = referenceMargin;
  const asSteps = totals.length > barsUpTo;
  // One day's value: a bar, or a step of a stacked area when the days are many.
  const series = (dataKey: string, name: string, fill: string, stackId?: string) =>
    asSteps ? (
      <Area
        dataKey={dataKey}
        name={name}
        stackId={stackId}
        type="stepAfter"
        legendType="square"
        fill={fill}
        fillOpacity={1}
        stroke="none"
        isAnimationActive={false}
      />
    ) : (
      <Bar dataKey={dataKey} name={name} stackId={stackId} fill={fill} isAnimationActive={false} />
    );
  return (
    <div className="insights-charts" key={colors.scheme}>
      <h3>Food and supplement a day, against the {rda.kind}</h3>
      <div className="insights-chart" data-chart="magnesium">
        <ResponsiveContainer width="100%" height={220}>
          <ComposedChart data={totals} margin={margin} title={`Magnesium a day against the ${rda.kind}`}>
            <CartesianGrid {...grid} />
            <XAxis dataKey="date" {...dateAxis(totals.length)} {...axis} />
            <YAxis
              unit=" mg"
              width={72}
              domain={[0, (max: number) => Math.max(max, rda.mg) * 1.1]}
              tickFormatter={(v: number) => String(Math.round(v))}
              {...axis}
            />
            <Tooltip {...tooltip} formatter={(v) => mg(Number(v))} />
            <Legend {...legend} />
            {series('foodMg', 'Food', green, 'mg')}
            {series('supplementMg', 'Supplement', blue, 'mg')}
            {referenceLine(colors, rda.mg, `${rda.kind} ${rda.mg} mg`)}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      {upperLimitMg === null ? null : (
        <>
          <h3>Supplement alone, against the upper limit</h3>
          <div className="insights-chart" data-chart="supplement-upper-limit">
            <ResponsiveContainer width="100%" height={180}>
              <ComposedChart
                data={supplement}
                margin={margin}
                title="Supplement magnesium a day against the upper limit"
              >
                <CartesianGrid {...grid} />
                <XAxis dataKey="date" {...dateAxis(supplement.length)} {...axis} />
                <YAxis
                  unit=" mg"
                  width={72}
                  domain={[0, (max: number) => Math.max(max, upperLimitMg) * 1.1]}
                  tickFormatter={(v: number) => String(Math.round(v))}
                  {...axis}
                />
                <Tooltip {...tooltip} formatter={(v) => mg(Number(v))} />
                {series('supplementMg', 'Supplement', blue)}
                {referenceLine(colors, upperLimitMg, `Limit ${upperLimitMg} mg`, {
                  stroke: vermillion,
                  dash: '2 3',
                })}
              </ComposedChart>
            </ResponsiveContainer>
          </div>
        </>
      )}
    </div>
  );
}
