// What every Insights chart shares: date ticks, axis and tooltip styling from the palette, and number words.
import { dateLabel } from '@shared/dates/calendar';
import type { ChartColors } from '../hooks/use-chart-colors';

export const tickDate = (date: unknown) => dateLabel(String(date), 'd LLL');
export const longDate = (date: string) => dateLabel(date, 'ccc d LLL yyyy');
export const weekOf = (date: string) => `Week of ${dateLabel(date, 'd LLL yyyy')}`;

/**
 * A date axis showing about seven labels, every nth by count: recharts' own spacing ("minTickGap")
 * measures every label in the DOM first, which for a year of days was most of a chart's drawing time.
 */
export const dateAxis = (count: number) => ({
  tickFormatter: tickDate,
  interval: Math.max(0, Math.ceil(count / 7) - 1),
});

export function chartChrome(colors: ChartColors) {
  return {
    axis: { stroke: colors.grid, tick: { fill: colors.muted, fontSize: 12 } },
    grid: { stroke: colors.grid, strokeDasharray: '3 3', vertical: false },
    tooltip: {
      contentStyle: { background: colors.surface, borderColor: colors.grid, color: colors.text },
      labelFormatter: tickDate,
    },
    legend: { wrapperStyle: { color: colors.text } },
  };
}

export const mg = (value: number) => `${Math.round(value)} mg`;
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
