// Week: a 7-day grid with time-of-day lanes; create, edit, move, delete routines and copy a week, all by keyboard.
import { useMemo, useState, type DragEvent } from 'react';
import type { LocalDate, TimeOfDay } from '@shared/dates/local-date';
import { addDays, isoWeekdayOf, localDateAt, type WeekStartDay, weekStartOf } from '@shared/dates/calendar';
import { timesOn, isActiveOn } from '@shared/recurrence/occurrences';
import { completionId } from '@shared/routines/day-plan';
import { Page } from '../../../components/page';
import type { RoutineRow } from '../../../db/schema';
import { useProfile } from '../../../data/profile/profile-queries';
import { useSettings } from '../../../data/settings/settings-queries';
import { toPlannable } from '../../../lib/reminders/plannable';
import { useCopyWeek, useMoveRoutine, useRoutines } from '../../../data/routines/routine-queries';
import { useCompletions } from '../../../data/completions/completion-queries';
import { useNow } from '../../../lib/routines/use-now';
import { MoveDialog } from './move-dialog';
import { routineCategoryNames } from '@shared/routines/schedule';
import { RoutineDialog } from './routine-dialog';
import { laneOf, lanes, weekdayNames } from './week-labels';
import './week.css';

type DialogState =
  | { kind: 'none' }
  | { kind: 'edit'; routine: RoutineRow | null; day: number; time: TimeOfDay }
  | { kind: 'move'; routine: RoutineRow; day: number; time: TimeOfDay };

const dragType = 'application/x-steadyweek-slot';

export function WeekScreen() {
  const profile = useProfile();
  const settings = useSettings();
  const timeZone = profile.data?.timeZone ?? 'UTC';
  const weekStart = (profile.data?.weekStart ?? 1) as WeekStartDay;
  const now = useNow();
  const today = localDateAt(now, timeZone);
  const [start, setStart] = useState<LocalDate>(() => weekStartOf(today, weekStart));
  const shownStart = weekStartOf(start, weekStart);
  const dates = Array.from({ length: 7 }, (_, i) => addDays(shownStart, i));
  const routines = useRoutines();
  const completions = useCompletions(dates[0]!, dates[6]!);
  const copyWeek = useCopyWeek();
  const move = useMoveRoutine();
  const [dialog, setDialog] = useState<DialogState>({ kind: 'none' });
  const [message, setMessage] = useState<string | null>(null);

  const done = useMemo(
    () => new Set((completions.data ?? []).filter((c) => c.status === 'done').map((c) => c.id)),
    [completions.data],
  );
  const rows = routines.data ?? [];
  const flexible = rows.filter(
    (r) => r.schedule.kind === 'times-per-week' && dates.some((d) => isActiveOn(toPlannable(r), d)),
  );

  const close = (text?: string) => {
    setDialog({ kind: 'none' });
    if (text) setMessage(text);
  };

  const onDrop = (event: DragEvent, date: LocalDate, laneTime: TimeOfDay) => {
    event.preventDefault();
    const raw = event.dataTransfer.getData(dragType);
    if (!raw) return;
    const slot = JSON.parse(raw) as { routineId: string; day: number; time: TimeOfDay };
    const toDay = isoWeekdayOf(date);
    const sameLane = laneOf(slot.time) === laneOf(laneTime);
    const toTime = sameLane ? slot.time : laneTime;
    move.mutate(
      {
        routineId: slot.routineId,
        from: { day: slot.day, time: slot.time },
        to: { day: toDay, time: toTime },
      },
      {
        onSuccess: () => setMessage('Moved, every week.'),
        onError: (e) => setMessage(`Not moved: ${e.message}`),
      },
    );
  };

  const rangeLabel = `${formatDate(dates[0]!, { day: 'numeric', month: 'short' })} – ${formatDate(dates[6]!, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })}`;

  return (
    <Page
      title="Week"
      lead="Your routines across the week. They repeat every week; one-offs have start and end dates."
      actions={
        <button
          type="button"
          onClick={() => setDialog({ kind: 'edit', routine: null, day: isoWeekdayOf(today), time: '08:00' })}
        >
          Add routine
        </button>
      }
    >
      <nav className="week-nav" aria-label="Weeks">
        <button type="button" className="secondary" onClick={() => setStart(addDays(shownStart, -7))}>
          ← Previous week
        </button>
        <p className="week-range" aria-live="polite">
          {rangeLabel}
        </p>
        <button type="button" className="secondary" onClick={() => setStart(addDays(shownStart, 7))}>
          Next week →
        </button>
        <button type="button" className="secondary" onClick={() => setStart(weekStartOf(today, weekStart))}>
          This week
        </button>
        <button
          type="button"
          className="secondary"
          disabled={copyWeek.isPending}
          onClick={() =>
            copyWeek.mutate(shownStart, {
              onSuccess: ({ copied, alreadyRepeating }) =>
                setMessage(
                  `Copied ${copied} one-off routine${copied === 1 ? '' : 's'} to the next week; ${alreadyRepeating} already repeat every week.`,
                ),
              onError: (e) => setMessage(`Could not copy the week: ${e.message}. Nothing was changed.`),
            })
          }
        >
          Copy to next week
        </button>
      </nav>
      <p role="status" className="week-message">
        {message}
      </p>
      {routines.isPending ? (
        <p role="status">Loading routines…</p>
      ) : (
        <div className="week-scroll">
          <table className="week-grid">
            <caption className="visually-hidden">
              Routines for the week of {rangeLabel}, by time of day
            </caption>
            <thead>
              <tr>
                <td />
                {dates.map((date) => (
                  <th key={date} scope="col" className={date === today ? 'is-today' : undefined}>
                    {formatDate(date, { weekday: 'short' })}
                    <span className="week-date">{formatDate(date, { day: 'numeric', month: 'short' })}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lanes.map((lane) => (
                <tr key={lane.id}>
                  <th scope="row">
                    {lane.label}
                    <span className="week-date">{lane.hint}</span>
                  </th>
                  {dates.map((date) => {
                    const day = isoWeekdayOf(date);
                    const slots = rows
                      .flatMap((routine) =>
                        timesOn(toPlannable(routine), date)
                          .filter((time) => laneOf(time) === lane.id)
                          .map((time) => ({ routine, time })),
                      )
                      .sort(
                        (a, b) =>
                          a.time.localeCompare(b.time) || a.routine.title.localeCompare(b.routine.title),
                      );
                    return (
                      <td
                        key={date}
                        className={date === today ? 'is-today' : undefined}
                        onDragOver={(e) => e.preventDefault()}
                        onDrop={(e) => onDrop(e, date, lane.time)}
                      >
                        <ul className="week-slots">
                          {slots.map(({ routine, time }) => {
                            const isDone = done.has(completionId(routine.id, date, time));
                            return (
                              <li
                                key={`${routine.id}-${time}`}
                                className={`week-slot cat-${routine.category}${isDone ? ' is-done' : ''}`}
                                draggable
                                onDragStart={(e) =>
                                  e.dataTransfer.setData(
                                    dragType,
                                    JSON.stringify({ routineId: routine.id, day, time }),
                                  )
                                }
                              >
                                <button
                                  type="button"
                                  className="week-slot-edit"
                                  onClick={() => setDialog({ kind: 'edit', routine, day, time })}
                                >
                                  <span className="week-slot-time">{time}</span> {routine.title}
                                  {isDone ? ' ✓' : ''}
                                  <span className="visually-hidden">{`, ${weekdayNames[day - 1]}${isDone ? ', done' : ''}, edit`}</span>
                                </button>
                                <button
                                  type="button"
                                  className="week-slot-move"
                                  onClick={() => setDialog({ kind: 'move', routine, day, time })}
                                  aria-label={`Move ${routine.title}, ${weekdayNames[day - 1]} ${time}`}
                                  title="Move"
                                >
                                  ⇄
                                </button>
                              </li>
                            );
                          })}
                        </ul>
                        <button
                          type="button"
                          className="week-add"
                          onClick={() => setDialog({ kind: 'edit', routine: null, day, time: lane.time })}
                          aria-label={`Add a routine on ${weekdayNames[day - 1]} ${lane.label.toLowerCase()}`}
                        >
                          +
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {flexible.length > 0 ? (
        <section className="card week-flexible" aria-labelledby="flexible-heading">
          <h2 id="flexible-heading">Any days this week</h2>
          <ul>
            {flexible.map((routine) => (
              <li key={routine.id}>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setDialog({ kind: 'edit', routine, day: 1, time: '08:00' })}
                >
                  {routine.title}
                </button>{' '}
                {routine.schedule.kind === 'times-per-week' ? `${routine.schedule.count} times a week` : ''} ·{' '}
                {routineCategoryNames[routine.category]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {dialog.kind === 'edit' ? (
        <RoutineDialog
          routine={dialog.routine}
          defaults={{ day: dialog.day, time: dialog.time, today }}
          nag={{
            intervalMinutes: settings.data?.reminders.nagIntervalMinutes ?? 10,
            maxCount: settings.data?.reminders.nagMaxCount ?? 3,
          }}
          onClose={close}
        />
      ) : null}
      {dialog.kind === 'move' ? (
        <MoveDialog routine={dialog.routine} from={{ day: dialog.day, time: dialog.time }} onClose={close} />
      ) : null}
    </Page>
  );
}

function formatDate(date: LocalDate, options: Intl.DateTimeFormatOptions): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString(undefined, { ...options, timeZone: 'UTC' });
}
