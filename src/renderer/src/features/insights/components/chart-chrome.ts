// What every Insights chart shares: date ticks, axis and tooltip styling from the palette, and number words.
import { DateTime } from 'luxon';
import type { ChartColors } from '../hooks/use-chart-colors';

export const tickDate = (date: unknown) => DateTime.fromISO(String(date)).toFormat('d LLL');
export const longDate = (date: string) => DateTime.fromISO(date).toFormat('ccc d LLL yyyy');
export const weekOf = (date: string) => `Week of ${DateTime.fromISO(date).toFormat('d LLL yyyy')}`;

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
