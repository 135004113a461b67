// A calendar heat map of routines done, one row of weeks per area with routines; the table gives every day's count.
import { memo } from 'react';
import { isoWeekdayOf } from '@shared/dates/calendar';
import { heatStep } from '@shared/insights/palette';
import type { AreaAdherence } from '@shared/insights/series';
import { routineCategoryNames } from '@shared/routines/schedule';
import { useChartColors } from '../hooks/use-chart-colors';
import { useWidth } from '../hooks/use-width';
import { longDate } from './chart-chrome';
import { ChartTable } from './chart-table';

const stepWords = ['none done', 'under a third', 'a third to two thirds', 'over two thirds', 'all done'];

/**
 * One path per colour (and one for the outlined days): a year of six areas as rects was over 2,000 SVG
 * nodes to lay out; the table below gives every day's count.
 */
function cellPaths(area: AreaAdherence, lead: number, cell: number, gap: number) {
  const byStep = new Map<number | null, string[]>();
  area.days.forEach((day, i) => {
    const index = lead + i;
    const step = heatStep(day.share);
    const x = Math.floor(index / 7) * (cell + gap);
    const y = (index % 7) * (cell + gap);
    // The outline is drawn inside the square, as a stroked rect of the same size would be.
    const square =
      step === null
        ? `M${x + 0.5} ${y + 0.5}h${cell - 1}v${cell - 1}h${1 - cell}z`
        : `M${x} ${y}h${cell}v${cell}h${-cell}z`;
    const parts = byStep.get(step);
    if (parts) parts.push(square);
    else byStep.set(step, [square]);
  });
  return [...byStep].map(([step, parts]) => ({ step, d: parts.join('') }));
}

function AreaGrid({ area, width, weekStart }: { area: AreaAdherence; width: number; weekStart: number }) {
  const colors = useChartColors();
  const first = area.days[0]?.date;
  if (!first) return null;
  const lead = (isoWeekdayOf(first) - weekStart + 7) % 7;
  const columns = Math.ceil((lead + area.days.length) / 7);
  const cell = Math.max(2, Math.min(16, Math.floor(width / columns) - 1));
  const gap = cell > 6 ? 2 : 1;
  const name = routineCategoryNames[area.area];
  return (
    <div className="heatmap-area">
      <h3 id={`heat-${area.area}`}>{name}</h3>
      <p className="muted" data-testid={`heat-text-${area.area}`}>
        {area.percent === null
          ? 'Nothing with a fixed day and time was planned in this range.'
          : `${area.done} of ${area.planned} planned done (${area.percent} %).`}
      </p>
      <svg
        role="img"
        aria-labelledby={`heat-${area.area}`}
        aria-describedby={`heat-text-${area.area}`}
        width={columns * (cell + gap)}
        height={7 * (cell + gap)}
        className="heatmap"
      >
        {cellPaths(area, lead, cell, gap).map(({ step, d }) =>
          step === null ? (
            <path key="none" d={d} fill="none" stroke={colors.grid} />
          ) : (
            <path key={step} d={d} fill={colors.heat[step]} />
          ),
        )}
      </svg>
    </div>
  );
}

export const AdherenceHeatmap = memo(function AdherenceHeatmap({
  areas,
  weekStart,
}: {
  areas: AreaAdherence[];
  weekStart: number;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const colors = useChartColors();
  const days = areas[0]?.days ?? [];
  const planned = days.map((_, i) => areas.some((a) => a.days[i]!.planned > 0));
  return (
    <section className="card insights-section" aria-labelledby="heatmap-heading" ref={ref}>
      <h2 id="heatmap-heading">Routines done, day by day</h2>
      {areas.length === 0 ? (
        <p>No routines yet. Add some on the Week screen and they will show here.</p>
      ) : (
        <>
          <p className="muted">
            One square a day, one column a week, the first day of the week at the top. Outlined squares had
            nothing with a fixed time planned.
          </p>
          <ul className="heatmap-legend" aria-label="Colour key">
            {stepWords.map((words, step) => (
              <li key={words}>
                <span className="swatch" style={{ background: colors.heat[step] }} aria-hidden="true" />
                {words}
              </li>
            ))}
          </ul>
          {areas.map((area) => (
            <AreaGrid key={area.area} area={area} width={width} weekStart={weekStart} />
          ))}
          <ChartTable
            summary="Show routines done by day as a table"
            caption="Routines done of planned, by day and area"
            columns={[
              { label: 'Day' },
              ...areas.map((a) => ({ label: routineCategoryNames[a.area], numeric: true })),
            ]}
            rows={days
              .map((day, i) => [
                longDate(day.date),
                ...areas.map((a) =>
                  a.days[i]!.planned === 0 ? '—' : `${a.days[i]!.done} of ${a.days[i]!.planned}`,
                ),
              ])
              .filter((_, i) => planned[i])
              .reverse()}
          />
        </>
      )}
    </section>
  );
});
