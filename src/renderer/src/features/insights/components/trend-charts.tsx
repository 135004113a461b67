// The check-in charts (recharts, loaded lazily): ratings over time, and supplement adherence with doses on the same dates.
import { useMemo } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { thinKeepingExtremes } from '@shared/insights/thin';
import type { InsightRow, InsightSummary } from '@shared/wellbeing/insight-series';
import { useChartColors } from '../hooks/use-chart-colors';
import { chartChrome, dateAxis } from './chart-chrome';
import { dailyBars } from './daily-bars';
import { ratingNames } from './rating-names';

export default function TrendCharts({
  rows,
  summary,
  maxPoints,
}: {
  rows: InsightRow[];
  summary: InsightSummary;
  maxPoints: number;
}) {
  const colors = useChartColors();
  const { axis, grid, tooltip, legend } = chartChrome(colors);
  const first = rows[0]?.date;
  const last = rows[rows.length - 1]?.date;
  const showDoses = summary.dosesTaken > 0;
  const adherenceRows = useMemo(
    () => thinKeepingExtremes(rows, maxPoints, (r) => r.adherencePercent),
    [rows, maxPoints],
  );

  return (
    <div className="insights-charts" key={colors.scheme}>
      {summary.ratings.map((rating) => (
        <div key={rating.field}>
          <h3>{ratingNames[rating.field]} (1–5)</h3>
          {rating.daysRated === 0 ? (
            <p className="muted">No {ratingNames[rating.field].toLowerCase()} ratings in this period.</p>
          ) : (
            <div className="insights-chart" data-chart={`rating-${rating.field}`}>
              <ResponsiveContainer width="100%" height={150}>
                <LineChart
                  data={thinKeepingExtremes(rows, maxPoints, (r) => r[rating.field])}
                  margin={{ top: 8, right: 16, bottom: 0, left: -24 }}
                  title={`${ratingNames[rating.field]} ratings over time`}
                >
                  <CartesianGrid {...grid} />
                  <XAxis dataKey="date" {...dateAxis(Math.min(rows.length, maxPoints))} {...axis} />
                  <YAxis domain={[1, 5]} ticks={[1, 3, 5]} allowDecimals={false} {...axis} />
                  <Tooltip {...tooltip} />
                  <Line
                    type="linear"
                    dataKey={rating.field}
                    name={ratingNames[rating.field]}
                    stroke={colors[rating.field]}
                    strokeWidth={2}
                    dot={{ r: 3, fill: colors[rating.field], stroke: colors[rating.field] }}
                    connectNulls={false}
                    isAnimationActive={false}
                  />
                  {rating.trend && first && last ? (
                    <ReferenceLine
                      segment={[
                        { x: first, y: rating.trend.fromValue },
                        { x: last, y: rating.trend.toValue },
                      ]}
                      stroke={colors[rating.field]}
                      strokeOpacity={0.45}
                      strokeWidth={5}
                      ifOverflow="extendDomain"
                    />
                  ) : null}
                </LineChart>
              </ResponsiveContainer>
            </div>
          )}
        </div>
      ))}
      {summary.ratings.some((r) => r.trend) ? (
        <p className="muted">
          The wide faint line is a straight-line fit, drawn only where 14 or more days are rated. Gaps are
          days without a rating.
        </p>
      ) : (
        <p className="muted">Gaps are days without a rating.</p>
      )}

      <h3 id="adherence-chart-heading">Supplement routine done, and doses</h3>
      {summary.daysWithPlans === 0 && !showDoses ? (
        <p className="muted">
          No supplement routine with a fixed time and no doses in this period, so there is nothing to chart.
        </p>
      ) : (
        <>
          <div className="insights-chart" data-chart="supplement-adherence">
            <ResponsiveContainer width="100%" height={200}>
              <ComposedChart
                data={adherenceRows}
                margin={{ top: 8, right: 16, bottom: 0, left: -16 }}
                title="Supplement routine done and doses taken by day"
              >
                <CartesianGrid {...grid} />
                <XAxis dataKey="date" {...dateAxis(adherenceRows.length)} {...axis} />
                <YAxis yAxisId="percent" domain={[0, 100]} unit="%" {...axis} />
                {showDoses ? (
                  <YAxis yAxisId="doses" orientation="right" allowDecimals={false} {...axis} />
                ) : null}
                <Tooltip {...tooltip} />
                <Legend {...legend} />
                {dailyBars(adherenceRows.length, {
                  yAxisId: 'percent',
                  dataKey: 'adherencePercent',
                  name: 'Planned supplement times done (%)',
                  fill: colors.adherence,
                })}
                {showDoses ? (
                  <Line
                    yAxisId="doses"
                    dataKey="dosesTaken"
                    name="Doses taken"
                    stroke={colors.doses}
                    strokeWidth={2}
                    dot={false}
                    type="stepAfter"
                    isAnimationActive={false}
                  />
                ) : null}
              </ComposedChart>
            </ResponsiveContainer>
          </div>
          <p className="muted">
            A day without a bar had nothing done, or nothing with a fixed time planned; the table tells them
            apart.
          </p>
        </>
      )}
    </div>
  );
}
