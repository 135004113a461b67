// Exercise: log a session in a few keystrokes, and see this week's mix beside a published reference.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { addDays, localDateAt, weekStartOf } from '@shared/dates/calendar';
import { weeklyMix } from '@shared/wellbeing/exercise';
import { Page } from '../../../components/page';
import { useProfile } from '../../../data/profile/profile-queries';
import { exerciseQueries } from '../../../data/exercise/exercise-queries';
import { useRoutines } from '../../../data/routines/routine-queries';
import { useCompletions } from '../../../data/completions/completion-queries';
import { doneOccurrencesOn } from '@shared/routines/activity';
import { exerciseTargetFor, plannedSessions, weeklyProgress } from '@shared/wellbeing/exercise-targets';
import { toPlannable } from '../../../lib/reminders/plannable';
import { ExerciseLogForm } from './exercise-log-form';
import { ExerciseWeek } from './exercise-week';
import './exercise.css';

export function ExerciseScreen() {
  const profile = useProfile();
  const timeZone = profile.data?.timeZone ?? 'UTC';
  const [today] = useState(() => localDateAt(Date.now(), timeZone));
  const [weekOffset, setWeekOffset] = useState(0);
  const weekStart = addDays(weekStartOf(today, profile.data?.weekStart ?? 1), weekOffset * 7);
  const weekEnd = addDays(weekStart, 6);
  const sessions = useQuery(exerciseQueries.sessions(weekStart, weekEnd));
  const routines = useRoutines();
  const completionsToday = useCompletions(today, today);
  const doneToday = doneOccurrencesOn(routines.data ?? [], completionsToday.data ?? [], today, 'exercise');
  const target = profile.data ? exerciseTargetFor(profile.data.lifeStage) : null;
  const planned = plannedSessions(
    (routines.data ?? []).flatMap((row) =>
      row.activity?.area === 'exercise' ? [{ ...toPlannable(row), activity: row.activity }] : [],
    ),
    weekStart,
    weekEnd,
  );

  return (
    <Page title="Exercise" lead="A mix of movement that gets your heart going and some that builds strength.">
      <div className="grid-2">
        <ExerciseLogForm today={today} doneToday={doneToday} />
        {sessions.data && target ? (
          <ExerciseWeek
            mix={weeklyMix(sessions.data, weekStart, weekEnd)}
            target={target}
            progress={weeklyProgress(target, sessions.data, planned, weekStart, weekEnd)}
            sessions={sessions.data}
            weekStart={weekStart}
            weekEnd={weekEnd}
            isCurrentWeek={weekOffset === 0}
            onPrevious={() => setWeekOffset((w) => w - 1)}
            onNext={() => setWeekOffset((w) => Math.min(0, w + 1))}
          />
        ) : (
          <p role="status">Loading this week…</p>
        )}
      </div>
    </Page>
  );
}
