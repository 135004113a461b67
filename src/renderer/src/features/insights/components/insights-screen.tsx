// Insights: a daily check-in, and how focus, mood and sleep moved beside the routine, presented with its limits.
import { lazy, Suspense, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { addDays, datesBetween, localDateAt } from '@shared/dates/calendar';
import { insightRows, summarizeInsights } from '@shared/wellbeing/insight-series';
import { FieldSet } from '../../../components/field';
import { Page } from '../../../components/page';
import { useProfile } from '../../../lib/profile-queries';
import { insightsQueries } from '../hooks/insights-queries';
import { CheckinForm } from './checkin-form';
import { InsightsSummary } from './insights-summary';
import { InsightsTable } from './insights-table';
import './insights.css';

// Recharts is heavy; it loads only once this screen wants to draw.
const TrendCharts = lazy(() => import('./trend-charts'));

const ranges = [4, 8, 12] as const;

export function InsightsScreen() {
  const profile = useProfile();
  const [today] = useState(() => localDateAt(Date.now(), profile.data?.timeZone ?? 'UTC'));
  const [checkinDate, setCheckinDate] = useState(today);
  const [weeks, setWeeks] = useState<(typeof ranges)[number]>(4);
  const from = addDays(today, -(weeks * 7 - 1));
  const checkin = useQuery(insightsQueries.checkin(checkinDate));
  const checkins = useQuery(insightsQueries.checkins(from, today));
  const history = useQuery(insightsQueries.history(from, today));

  const data = useMemo(() => {
    if (!checkins.data || !history.data) return null;
    const rows = insightRows(datesBetween(from, today), checkins.data, history.data);
    const summary = summarizeInsights(rows, history.data, new Set(checkins.data.map((c) => c.date)));
    return { rows, summary };
  }, [checkins.data, history.data, from, today]);

  return (
    <Page
      title="Insights"
      lead="A daily check-in, and how focus, mood and sleep moved alongside your routine."
    >
      <div className="insights-layout">
        {checkin.data ? (
          <CheckinForm
            key={checkinDate}
            date={checkinDate}
            today={today}
            checkin={checkin.data.checkin}
            sleepLogQuality={checkin.data.sleepLogQuality}
            onDateChange={setCheckinDate}
          />
        ) : (
          <p role="status">Loading the check-in…</p>
        )}
        <section className="card" aria-labelledby="trends-heading">
          <h2 id="trends-heading">Over time</h2>
          <p className="insights-honesty">
            These are your own notes. A pattern here is not proof that anything caused it: sleep, stress,
            season, medication and much else move together. This is not medical advice; if something worries
            you, talk to your doctor.
          </p>
          <FieldSet legend="Show the last">
            {ranges.map((n) => (
              <label className="choice" key={n}>
                <input
                  type="radio"
                  name="insights-range"
                  checked={weeks === n}
                  onChange={() => setWeeks(n)}
                />
                {n} weeks
              </label>
            ))}
          </FieldSet>
          {data ? (
            <>
              <InsightsSummary summary={data.summary} weeks={weeks} />
              <Suspense fallback={<p role="status">Drawing the charts…</p>}>
                <TrendCharts rows={data.rows} summary={data.summary} />
              </Suspense>
              <InsightsTable rows={data.rows} />
            </>
          ) : (
            <p role="status">Loading your history…</p>
          )}
        </section>
      </div>
    </Page>
  );
}
