// A horizontal reference (RDA, upper limit, target) drawn the same way on every chart, named at its right end.
import { ReferenceLine } from 'recharts';
import type { ChartColors } from '../hooks/use-chart-colors';

/** Charts with a reference keep this much room on the right for its name. */
export const referenceMargin = { top: 16, right: 96, bottom: 0, left: 0 };

export function referenceLine(
  colors: ChartColors,
  y: number,
  name: string,
  style: { stroke?: string; dash?: string } = {},
) {
  return (
    <ReferenceLine
      y={y}
      stroke={style.stroke ?? colors.text}
      strokeDasharray={style.dash ?? '6 4'}
      strokeWidth={2}
      label={{ value: name, position: 'right', fill: colors.text, fontSize: 12 }}
    />
  );
}
