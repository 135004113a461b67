// The charts (recharts, loaded lazily): ratings over time, and routine adherence with doses below on the same dates.
import { DateTime } from 'luxon';
import {
  Bar,
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
import type { InsightRow, InsightSummary } from '@shared/wellbeing/insight-series';
import { useChartColors } from '../hooks/use-chart-colors';
import { ratingNames } from './rating-names';

const tickDate = (date: string) => DateTime.fromISO(date).toFormat('d LLL');

export default function TrendCharts({ rows, summary }: { rows: InsightRow[]; summary: InsightSummary }) {
  const colors = useChartColors();
  const first = rows[0]?.date;
  const last = rows[rows.length - 1]?.date;
  const axis = { stroke: colors.grid, tick: { fill: colors.text, fontSize: 12 } };
  const tooltip = {
    contentStyle: { background: colors.surface, borderColor: colors.grid, color: colors.text },
    labelFormatter: (label: unknown) => tickDate(String(label)),
  };
  const showDoses = summary.dosesTaken > 0;

  return (
    <div className="insights-charts" key={colors.scheme}>
      {summary.ratings.map((rating) => (
        <div key={rating.field}>
          <h3>{ratingNames[rating.field]} (1–5)</h3>
          {rating.daysRated === 0 ? (
            <p className="muted">No {ratingNames[rating.field].toLowerCase()} ratings in this period.</p>
          ) : (
            <div
              className="insights-chart"
              role="img"
              aria-label={`${ratingNames[rating.field]} chart; the summary above and the table below give the same figures.`}
            >
              <ResponsiveContainer width="100%" height={150}>
                <LineChart
                  data={rows}
                  margin={{ top: 8, right: 16, bottom: 0, left: -24 }}
                  accessibilityLayer={false}
                >
                  <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="date" tickFormatter={tickDate} minTickGap={32} {...axis} />
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

      <h3 id="adherence-chart-heading">Routines done and supplement doses</h3>
      {summary.daysWithPlans === 0 && !showDoses ? (
        <p className="muted">
          No routines with a fixed time and no doses in this period, so there is nothing to chart.
        </p>
      ) : (
        <>
          <div
            className="insights-chart"
            role="img"
            aria-label="Routine and dose chart; the summary above and the table below give the same figures."
          >
            <ResponsiveContainer width="100%" height={200}>
              <ComposedChart
                data={rows}
                margin={{ top: 8, right: 16, bottom: 0, left: -16 }}
                accessibilityLayer={false}
              >
                <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="date" tickFormatter={tickDate} minTickGap={24} {...axis} />
                <YAxis yAxisId="percent" domain={[0, 100]} unit="%" {...axis} />
                {showDoses ? (
                  <YAxis yAxisId="doses" orientation="right" allowDecimals={false} {...axis} />
                ) : null}
                <Tooltip {...tooltip} />
                <Legend formatter={(value: string) => <span style={{ color: colors.text }}>{value}</span>} />
                <Bar
                  yAxisId="percent"
                  dataKey="adherencePercent"
                  name="Planned routines done (%)"
                  fill={colors.adherence}
                  isAnimationActive={false}
                />
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
