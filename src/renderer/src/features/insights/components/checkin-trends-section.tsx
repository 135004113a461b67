// Check-in ratings over the range beside supplement adherence: the summary in words, the charts, the table.
import { memo, useMemo } from 'react';
import { pointsForWidth } from '@shared/insights/thin';
import type { InsightsView } from '../hooks/insights-view';
import { useWidth } from '../hooks/use-width';
import { InsightsSummary } from './insights-summary';
import { DrawWhenSeen } from './draw-when-seen';
import { InsightsTable } from './insights-table';

// Recharts is heavy; it loads only once this screen wants to draw.
const loadTrendCharts = () => import('./trend-charts');

export const CheckinTrendsSection = memo(function CheckinTrendsSection({
  checkins,
  span,
}: {
  checkins: InsightsView['checkins'];
  span: string;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const maxPoints = useMemo(() => pointsForWidth(width), [width]);
  return (
    <section className="card insights-section" aria-labelledby="trends-heading" ref={ref}>
      <h2 id="trends-heading">Check-ins and the supplement</h2>
      <InsightsSummary summary={checkins.summary} span={span} />
      <DrawWhenSeen
        load={loadTrendCharts}
        props={{ rows: checkins.rows, summary: checkins.summary, maxPoints }}
        minHeight={800}
        label="the check-in charts"
      />
      <InsightsTable rows={checkins.rows} />
    </section>
  );
});
