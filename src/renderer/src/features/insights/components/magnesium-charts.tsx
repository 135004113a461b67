// The magnesium charts (recharts, loaded lazily): food + supplement stacked against the RDA; supplement against the UL.
import { CartesianGrid, ComposedChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MagnesiumDay } from '@shared/insights/series';
import type { Rda } from '@shared/magnesium/reference-values';
import { useChartColors } from '../hooks/use-chart-colors';
import { chartChrome, mg, dateAxis } from './chart-chrome';
import { dailyBars } from './daily-bars';
import { referenceLine, referenceMargin } from './reference-line';

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
            {dailyBars(totals.length, { dataKey: 'foodMg', name: 'Food', fill: green, stackId: 'mg' })}
            {dailyBars(totals.length, {
              dataKey: 'supplementMg',
              name: 'Supplement',
              fill: blue,
              stackId: 'mg',
            })}
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
                {dailyBars(supplement.length, { dataKey: 'supplementMg', name: 'Supplement', fill: blue })}
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
