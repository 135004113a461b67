// The figures in words: days with data, averages, a trend only where there is enough data, supplement adherence and doses.
import { minCheckinsForTrend } from '@shared/wellbeing/checkin-trends';
import type { InsightSummary } from '@shared/wellbeing/insight-series';
import { ratingNames } from './rating-names';

function trendWords(change: number, direction: 'up' | 'down' | 'level'): string {
  if (direction === 'level') return 'stayed about level across the period';
  return `drifted ${direction} by about ${Math.abs(change).toFixed(1)} points across the period`;
}

export function InsightsSummary({ summary, span }: { summary: InsightSummary; span: string }) {
  return (
    <div className="insights-summary" data-testid="insights-summary">
      <p>
        <strong>
          {summary.daysWithCheckin} of {summary.days} days
        </strong>{' '}
        in {span} have a check-in.
      </p>
      <ul>
        {summary.ratings.map((rating) => (
          <li key={rating.field}>
            <strong>{ratingNames[rating.field]}:</strong>{' '}
            {rating.daysRated === 0
              ? 'not rated yet.'
              : `${rating.daysRated} ${rating.daysRated === 1 ? 'day' : 'days'} rated, average ${rating.average?.toFixed(1)}. `}
            {rating.daysRated === 0
              ? null
              : rating.trend
                ? `Your ratings ${trendWords(rating.trend.changePoints, rating.trend.direction)}.`
                : `No trend shown until ${minCheckinsForTrend} days are rated; fewer than that is mostly day-to-day noise.`}
          </li>
        ))}
        <li>
          <strong>Supplement routine:</strong>{' '}
          {summary.adherencePercent === null
            ? 'no supplement routine with a fixed day was planned in this period.'
            : `${summary.adherencePercent}% of planned supplement times done, over ${summary.daysWithPlans} days with one planned.`}
        </li>
        <li>
          <strong>Supplement doses marked taken:</strong> {summary.dosesTaken}.
        </li>
      </ul>
    </div>
  );
}
