// Insights: a daily check-in, and how focus, mood and sleep moved beside the routine, presented with its limits.
import { lazy, Suspense, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { addDays, datesBetween, localDateAt } from '@shared/dates/calendar';
import { insightRows, summarizeInsights } from '@shared/wellbeing/insight-series';
import { FieldSet } from '../../../components/field';
import { Page } from '../../../components/page';
import { useProfile } from '../../../data/profile/profile-queries';
import { checkinQueries } from '../../../data/checkins/checkins-queries';
import { completionQueries } from '../../../data/completions/completion-queries';
import { routineQueries } from '../../../data/routines/routine-queries';
import { sleepQueries } from '../../../data/sleep/sleep-queries';
import { supplementQueries } from '../../../data/supplement/supplement-queries';
import { dayHistory } from '../hooks/day-history';
import { CheckinForm } from './checkin-form';
import { DoctorSummaryButton } from './doctor-summary-button';
import { InsightsSummary } from './insights-summary';
import { InsightsTable } from './insights-table';
import { LinksSection } from './links-section';
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
  const checkin = useQuery(checkinQueries.one(checkinDate));
  const sleepQuality = useQuery(sleepQueries.quality(checkinDate));
  const checkins = useQuery(checkinQueries.between(from, today));
  const routines = useQuery(routineQueries.list());
  const completions = useQuery(completionQueries.between(from, today));
  const doses = useQuery(supplementQueries.doses(from, today));

  const data = useMemo(() => {
    if (!checkins.data || !routines.data || !completions.data || !doses.data) return null;
    const dates = datesBetween(from, today);
    const history = dayHistory(routines.data, completions.data, doses.data, dates);
    const rows = insightRows(dates, checkins.data, history);
    const summary = summarizeInsights(rows, history, new Set(checkins.data.map((c) => c.date)));
    return { rows, summary };
  }, [checkins.data, routines.data, completions.data, doses.data, from, today]);

  return (
    <Page
      title="Insights"
      lead="A daily check-in, and how focus, mood and sleep moved alongside your routine."
      actions={<DoctorSummaryButton today={today} />}
    >
      <div className="insights-layout">
        {checkin.isSuccess && sleepQuality.isSuccess ? (
          <CheckinForm
            // Keyed by day only: a write elsewhere refreshes the figures below, never a draft being typed.
            key={checkinDate}
            date={checkinDate}
            today={today}
            checkin={checkin.data}
            sleepLogQuality={sleepQuality.data}
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
        <LinksSection today={today} timeZone={profile.data?.timeZone ?? 'UTC'} />
      </div>
    </Page>
  );
}
