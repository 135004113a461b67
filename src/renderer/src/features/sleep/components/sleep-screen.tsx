// Sleep: the target schedule, last night in a few keystrokes, and two weeks of nights with how regular they were.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { addDays, localDateAt } from '@shared/dates/calendar';
import { Page } from '../../../components/page';
import { useProfile } from '../../../data/profile/profile-queries';
import { useSettings } from '../../../data/settings/settings-queries';
import { defaultFreeDays } from '@shared/wellbeing/sleep-regularity';
import { sleepQueries } from '../../../data/sleep/sleep-queries';
import { SleepLogForm } from './sleep-log-form';
import { SleepHistory } from './sleep-history';
import { SleepTargetCard } from './sleep-target-card';
import { BedtimeOptions } from './bedtime-options';
import { WindDownCard } from './wind-down-card';
import { useRoutines } from '../../../data/routines/routine-queries';
import './sleep.css';

export function SleepScreen() {
  const profile = useProfile();
  const settings = useSettings();
  const timeZone = profile.data?.timeZone ?? 'UTC';
  const [today] = useState(() => localDateAt(Date.now(), timeZone));
  const from = addDays(today, -13);
  const target = useQuery(sleepQueries.target());
  const logs = useQuery(sleepQueries.logs(from, today));
  const routines = useRoutines();

  return (
    <Page title="Sleep" lead="A steady sleep schedule: roughly the same bedtime and wake time, most days.">
      <div className="grid-2">
        {target.data ? <SleepTargetCard target={target.data} /> : null}
        {target.data && logs.data ? (
          <SleepLogForm
            key={`${target.data.bedtime}-${target.data.wakeTime}`}
            target={target.data}
            logs={logs.data}
            today={today}
            timeZone={timeZone}
          />
        ) : null}
      </div>
      {logs.data && target.data ? (
        <SleepHistory
          logs={logs.data}
          from={from}
          to={today}
          timeZone={timeZone}
          target={target.data}
          freeDays={settings.data?.freeDays ?? defaultFreeDays}
        />
      ) : (
        <p role="status">Loading your nights…</p>
      )}
      <div className="grid-2">
        {target.data && routines.data ? (
          <WindDownCard
            key={target.data.bedtime}
            target={target.data}
            routines={routines.data}
            today={today}
          />
        ) : null}
        <BedtimeOptions />
      </div>
    </Page>
  );
}
