// A value a day, as bars or, past barsUpTo days, as the steps of an area (one shape per series).
import { Area, Bar } from 'recharts';

/**
 * Past this many days a bar is a pixel or two wide, and recharts draws each bar as a component of its own
 * (a year's 1,100 magnesium bars took ~450 ms to draw here); steps, one shape per series, look the same
 * and draw at once.
 */
export const barsUpTo = 120;

export interface DailySeries {
  dataKey: string;
  name: string;
  fill: string;
  stackId?: string;
  yAxisId?: string;
}

/** A function, not a component: recharts reads its series from its own elements. */
export function dailyBars(days: number, { dataKey, name, fill, stackId, yAxisId }: DailySeries) {
  const common = { dataKey, name, fill, stackId, yAxisId, isAnimationActive: false } as const;
  return days > barsUpTo ? (
    <Area {...common} type="stepAfter" legendType="square" fillOpacity={1} stroke="none" />
  ) : (
    <Bar {...common} />
  );
}
