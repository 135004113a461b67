// Today: every routine's occurrences for today in time order, with done / skip / snooze, progress and habits.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { addDays, localDateAt, localTimeAt } from '@shared/dates/calendar';
import { dayPlan, type DayItem } from '@shared/routines/day-plan';
import type { RoutineActivity } from '@shared/routines/activity';
import { habitStrengthExplanation, type HabitStats } from '@shared/routines/habit';
import { parseItemParam } from '@shared/reminders/item-route';
import { travelQuestion } from '@shared/profile/travel';
import { Page } from '../../../components/page';
import { useProfile } from '../../../data/profile/profile-queries';
import { useSettings } from '../../../data/settings/settings-queries';
import { useRoutines } from '../../../data/routines/routine-queries';
import {
  useCompletions,
  useReopenOccurrence,
  useSetOccurrenceStatus,
} from '../../../data/completions/completion-queries';
import { toPlannable } from '../../../lib/reminders/plannable';
import { useRoute } from '../../../lib/router';
import { usePlannedDose } from '../../../data/supplement/planned-dose';
import { HABIT_LOOKBACK_DAYS, routineHabits } from '../hooks/routine-habits';
import { useNow } from '../../../lib/routines/use-now';
import { useScreenReady } from '../../../lib/screen-ready';
import { NotificationPermission } from './notification-permission';
import './today.css';

// Loads only when a dose routine is paused, which a held plan does (its check needs the supplement maths).
const HeldPlanNotice = lazy(() => import('./held-plan-notice'));
// Loads only when the system's zone differs from the profile's and that zone was not answered yet.
const TravelNotice = lazy(() => import('./travel-notice'));
// Load after the list: they read the sleep and check-in owners, whose schemas are not needed for the first paint.
const LastNightCard = lazy(() => import('./last-night-card'));
const CheckinCard = lazy(() => import('./checkin-card'));

const categoryLabels: Record<string, string> = {
  supplement: 'Supplement',
  meal: 'Meal',
  sleep: 'Sleep',
  exercise: 'Exercise',
  stress: 'Stress',
  custom: 'Custom',
};

export function TodayScreen() {
  const profile = useProfile();
  const settings = useSettings();
  const now = useNow();
  const timeZone = profile.data?.timeZone ?? 'UTC';
  const today = localDateAt(now, timeZone);
  const routines = useRoutines();
  const completions = useCompletions(addDays(today, -(HABIT_LOOKBACK_DAYS - 1)), today);
  const route = useRoute();
  const highlighted = parseItemParam(route.params.get('item'));

  const plannable = useMemo(() => (routines.data ?? []).map(toPlannable), [routines.data]);
  const items = useMemo(
    () => dayPlan(plannable, completions.data ?? [], today, timeZone, profile.data?.weekStart ?? 1),
    [plannable, completions.data, today, timeZone, profile.data?.weekStart],
  );
  const habits = useMemo(
    () => routineHabits(plannable, completions.data ?? [], today),
    [plannable, completions.data, today],
  );

  const activities = useMemo(
    () => new Map((routines.data ?? []).map((r) => [r.id, r.activity ?? null])),
    [routines.data],
  );

  const loading = routines.isPending || completions.isPending || profile.isPending;
  useScreenReady('today', !loading);

  if (loading)
    return (
      <Page title="Today">
        <p role="status">Loading today…</p>
      </Page>
    );

  const doneCount = items.filter((item) => item.status === 'done').length;
  const hideStreaks = settings.data?.hideStreaks ?? false;
  const dateLabel = new Date(`${today}T12:00:00Z`).toLocaleDateString(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });

  const travel =
    profile.data && settings.data
      ? travelQuestion(
          profile.data.timeZone,
          Intl.DateTimeFormat().resolvedOptions().timeZone,
          settings.data.travel ?? null,
        )
      : null;
  const dosesPaused = (routines.data ?? []).some((r) => r.source?.kind === 'titration-plan' && r.paused);

  return (
    <Page title="Today" lead={`${dateLabel}. Everything planned for today, in time order.`}>
      <NotificationPermission />
      {travel ? (
        <Suspense fallback={null}>
          <TravelNotice question={travel} now={now} />
        </Suspense>
      ) : null}
      {dosesPaused ? (
        <Suspense fallback={null}>
          <HeldPlanNotice today={today} />
        </Suspense>
      ) : null}
      {items.length === 0 ? (
        <section className="card">
          <p>Nothing is planned for today.</p>
          <p>
            <a href="#/week">Plan your week</a> to add routines.
          </p>
        </section>
      ) : (
        <>
          <section className="today-progress" aria-label="Progress">
            <p>
              <strong>
                {doneCount} of {items.length} done
              </strong>
            </p>
            <progress
              value={doneCount}
              max={items.length}
              aria-label={`${doneCount} of ${items.length} done`}
            />
          </section>
          <ol className="today-list">
            {items.map((item) => (
              <TodayItem
                key={`${item.routineId}|${item.key}`}
                item={item}
                now={now}
                timeZone={timeZone}
                habit={hideStreaks ? null : (habits.get(item.routineId) ?? null)}
                activity={activities.get(item.routineId) ?? null}
                highlighted={
                  highlighted !== null &&
                  highlighted.routineId === item.routineId &&
                  highlighted.date === item.date &&
                  highlighted.plannedTime === item.plannedTime
                }
                snoozeMinutes={settings.data?.reminders.snoozeMinutes ?? 10}
              />
            ))}
          </ol>
          {hideStreaks ? null : <p className="hint">{habitStrengthExplanation}</p>}
        </>
      )}
      <Suspense fallback={null}>
        <div className="today-cards">
          <LastNightCard
            today={today}
            timeZone={timeZone}
            now={now}
            routines={routines.data ?? []}
            completions={completions.data ?? []}
          />
          <CheckinCard
            today={today}
            routines={routines.data ?? []}
            focused={
              highlighted !== null &&
              (routines.data ?? []).some(
                (r) => r.id === highlighted.routineId && r.source?.kind === 'evening-checkin',
              )
            }
          />
        </div>
      </Suspense>
    </Page>
  );
}

/** "Done logs 30 min of aerobic exercise, moderate." */
function activityLine(activity: RoutineActivity): string {
  if (activity.area === 'exercise')
    return `Done logs ${activity.minutes} min of ${activity.kind} exercise, ${activity.intensity}.`;
  if (activity.area === 'stress') return `Done logs ${activity.minutes} min of ${activity.kind}.`;
  return activity.mark === 'lights-out'
    ? 'Done notes your bedtime for the sleep log.'
    : 'Done notes your wake time for the sleep log.';
}

function TodayItem({
  item,
  activity,
  now,
  timeZone,
  habit,
  highlighted,
  snoozeMinutes,
}: {
  item: DayItem;
  now: number;
  timeZone: string;
  habit: HabitStats | null;
  /** What Done logs, for a routine that logs itself. */
  activity: RoutineActivity | null;
  highlighted: boolean;
  snoozeMinutes: number;
}) {
  const setStatus = useSetOccurrenceStatus();
  const reopen = useReopenOccurrence();
  const [element, setElement] = useState<HTMLLIElement | null>(null);
  const occurrence = { routineId: item.routineId, date: item.date, plannedTime: item.plannedTime };
  const dose = usePlannedDose(occurrence, item.category === 'supplement');
  const titleId = `today-${item.routineId}-${item.key}`.replace(/[^\w-]/g, '-');

  useEffect(() => {
    if (!highlighted || !element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [highlighted, element]);

  const settled = item.status === 'done' || item.status === 'skipped';
  const snoozedActive = item.status === 'snoozed' && (item.snoozedUntilEpochMs ?? 0) > now;
  const overdue = !settled && item.dueEpochMs !== null && item.dueEpochMs < now && !snoozedActive;
  const error = setStatus.error ?? reopen.error;
  const busy = setStatus.isPending || reopen.isPending;
  const mark = (status: 'done' | 'skipped' | 'snoozed') =>
    setStatus.mutate({ occurrence, status, snoozeMinutes, timeZone });

  return (
    <li
      ref={setElement}
      tabIndex={highlighted ? -1 : undefined}
      className={`today-item status-${item.status}${highlighted ? ' highlighted' : ''}${overdue ? ' overdue' : ''}`}
      aria-labelledby={titleId}
    >
      <div className="today-time">{item.plannedTime ?? 'Any time'}</div>
      <div className="today-body">
        <p className="today-title" id={titleId}>
          {item.title} <span className="today-category">{categoryLabels[item.category]}</span>
        </p>
        {dose.data ? (
          <p className="today-detail">
            {dose.data.units} {dose.data.unitLabel} · {Math.round(dose.data.elementalMg)} mg elemental ·{' '}
            {dose.data.productName}
          </p>
        ) : null}
        {activity ? <p className="today-detail">{activityLine(activity)}</p> : null}
        {item.flexible ? (
          <p className="today-detail">
            {item.flexible.doneThisWeek} of {item.flexible.doneThisWeek + item.flexible.remaining} this week
            {item.flexible.behind ? ' · every day left counts now' : ''}
          </p>
        ) : null}
        <p className="today-state">
          {item.status === 'done'
            ? 'Done'
            : item.status === 'skipped'
              ? 'Skipped'
              : snoozedActive
                ? `Snoozed until ${localTimeAt(item.snoozedUntilEpochMs!, timeZone)}`
                : overdue
                  ? 'Due'
                  : 'Planned'}
        </p>
        {habit && habit.strength !== null ? (
          <p className="today-habit">
            Streak {habit.streakDays} {habit.streakDays === 1 ? 'day' : 'days'} · habit strength{' '}
            {Math.round(habit.strength * 100)}%
          </p>
        ) : null}
        {error ? (
          <p className="field-error" role="alert">
            Could not save: {error.message}. Nothing was changed.
          </p>
        ) : null}
      </div>
      <div className="today-actions" role="group" aria-label={`Actions for ${item.title}`}>
        {settled ? (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => reopen.mutate(occurrence)}
          >
            Undo
          </button>
        ) : (
          <>
            <button type="button" disabled={busy} onClick={() => mark('done')}>
              Done
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => mark('skipped')}>
              Skip
            </button>
            {item.dueEpochMs !== null ? (
              <button type="button" className="secondary" disabled={busy} onClick={() => mark('snoozed')}>
                Snooze {snoozeMinutes} min
              </button>
            ) : null}
          </>
        )}
      </div>
    </li>
  );
}
