// Insights: a daily check-in, and how the routine went over a chosen range, one section per pillar, presented with its limits.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { localDateAt } from '@shared/dates/calendar';
import { insightRangeLabels, insightRanges, rangeSpan, type InsightRange } from '@shared/insights/ranges';
import type { Profile } from '@shared/profile/profile';
import { FieldSet } from '../../../components/field';
import { Page } from '../../../components/page';
import { checkinQueries } from '../../../data/checkins/checkins-queries';
import { useProfile } from '../../../data/profile/profile-queries';
import { sleepQueries } from '../../../data/sleep/sleep-queries';
import { useRoute } from '../../../lib/router';
import { useScreenReady } from '../../../lib/screen-ready';
import { useSeededOnce } from '../../../lib/use-seeded-once';
import { useInsights, useWeekFigures, type Loaded } from '../hooks/use-insights';
import { AdherenceHeatmap } from './adherence-heatmap';
import { CheckinForm } from './checkin-form';
import { DoctorSummaryButton } from './doctor-summary-button';
import { LinksSection } from './links-section';
import { ReadFailed } from './read-failed';
import { CheckinTrendsSection } from './checkin-trends-section';
import { ExerciseSection } from './exercise-section';
import { MagnesiumSection } from './magnesium-section';
import { SleepSection } from './sleep-section';
import { StressSection } from './stress-section';
import { WeeklyCard } from './weekly-card';
import './insights.css';

const spanWords: Record<InsightRange, string> = {
  week: 'the last 7 days',
  month: 'the last 30 days',
  '3-months': 'the last 3 months',
  year: 'the last year',
  all: 'all your days',
};

/** Read, or failed to be read: either way nothing more is coming. */
const settled = (loaded: Loaded<unknown>) => loaded.data !== null || loaded.failed;

export function InsightsScreen() {
  const profile = useProfile();
  return (
    <Page
      title="Insights"
      lead="A daily check-in, and how magnesium, sleep, exercise, stress practice, focus and mood moved alongside your routine."
      actions={profile.data ? <DoctorSummaryButton timeZone={profile.data.timeZone} /> : null}
    >
      {profile.data ? <InsightsContent profile={profile.data} /> : <p role="status">Loading…</p>}
    </Page>
  );
}

function InsightsContent({ profile }: { profile: Profile }) {
  const [today] = useState(() => localDateAt(Date.now(), profile.timeZone));
  const [checkinDate, setCheckinDate] = useState(today);
  const requested = useRoute().params.get('range');
  // A link may open a range (#/insights?range=year); anything else starts at a month.
  const [range, setRange] = useState<InsightRange>(
    () => insightRanges.find((r) => r === requested) ?? 'month',
  );
  const { from } = rangeSpan(range, today, localDateAt(profile.createdAtEpochMs, profile.timeZone));
  const checkin = useQuery(checkinQueries.one(checkinDate));
  const sleepQuality = useQuery(sleepQueries.quality(checkinDate));
  // The weekly card, at the top, reads its fortnight first: a year's reads queued beside it held it back.
  const week = useWeekFigures(profile, today);
  const year = useInsights(profile, today, from, settled(week));
  const view = year.data;
  const checkinReady = useSeededOnce(checkinDate, checkin, sleepQuality);
  useScreenReady('insights', settled(week) && settled(year));

  return (
    <div className="insights-layout">
      <div className="insights-side">
        {checkinReady ? (
          <CheckinForm
            // Keyed by day only: a write elsewhere refreshes the figures, never a draft being typed.
            key={checkinDate}
            date={checkinDate}
            today={today}
            checkin={checkin.data ?? null}
            sleepLogQuality={sleepQuality.data ?? null}
            onDateChange={setCheckinDate}
          />
        ) : (
          <p role="status">Loading the check-in…</p>
        )}
      </div>
      <div className="insights-main">
        <section className="card" aria-labelledby="over-time-heading">
          <h2 id="over-time-heading">Over time</h2>
          <p className="insights-honesty">
            These are your own notes. A pattern here is not proof that anything caused it: sleep, stress,
            season, medication and much else move together. This is not medical advice; if something worries
            you, talk to your doctor.
          </p>
          <FieldSet legend="Show">
            {insightRanges.map((r) => (
              <label className="choice" key={r}>
                <input
                  type="radio"
                  name="insights-range"
                  checked={range === r}
                  onChange={() => setRange(r)}
                />
                {insightRangeLabels[r]}
              </label>
            ))}
          </FieldSet>
        </section>
        {week.data ? (
          <WeeklyCard figures={week.data} />
        ) : week.failed ? (
          <ReadFailed what="this week’s figures" />
        ) : (
          <p role="status">Loading this week…</p>
        )}
        {year.failed ? (
          <ReadFailed what="your history for this range" />
        ) : view ? (
          <>
            <MagnesiumSection magnesium={view.magnesium} />
            <SleepSection sleep={view.sleep} days={view.magnesium.days.length} />
            <ExerciseSection exercise={view.exercise} />
            <StressSection stress={view.stress} />
            <CheckinTrendsSection checkins={view.checkins} span={spanWords[range]} />
            <AdherenceHeatmap areas={view.areas} weekStart={profile.weekStart} />
          </>
        ) : (
          <p role="status">Loading your history…</p>
        )}
        <LinksSection today={today} timeZone={profile.timeZone} />
      </div>
    </div>
  );
}
