// Stress: guided breathing, a meditation timer, logging other practices, and this week's minutes by kind.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { addDays, localDateAt, weekStartOf } from '@shared/dates/calendar';
import { practiceWeek } from '@shared/wellbeing/stress';
import { Page } from '../../../components/page';
import { useProfile } from '../../../data/profile/profile-queries';
import { stressQueries } from '../../../data/stress/stress-queries';
import { BreathingSession } from './breathing-session';
import { MeditationTimer } from './meditation-timer';
import { PracticeLogForm } from './practice-log-form';
import { StressWeek } from './stress-week';
import './stress.css';

export function StressScreen() {
  const profile = useProfile();
  const [today] = useState(() => localDateAt(Date.now(), profile.data?.timeZone ?? 'UTC'));
  const weekStart = weekStartOf(today, profile.data?.weekStart ?? 1);
  const weekEnd = addDays(weekStart, 6);
  const practices = useQuery(stressQueries.practices(weekStart, weekEnd));

  return (
    <Page
      title="Stress"
      lead="Small, regular pauses: breathing, meditation, mindfulness, or a hobby that absorbs you."
    >
      <BreathingSession today={today} />
      <div className="grid-2">
        <MeditationTimer today={today} />
        <PracticeLogForm today={today} />
      </div>
      {practices.data ? (
        <StressWeek
          week={practiceWeek(practices.data, weekStart, weekEnd)}
          practices={practices.data}
          weekStart={weekStart}
          weekEnd={weekEnd}
        />
      ) : (
        <p role="status">Loading this week…</p>
      )}
    </Page>
  );
}
