// What "log last night" on Today starts from: the Done times of the "Lights out" and "Wake up" routines,
// or the target where there is none. Pure: the zone and today are parameters.
import { addDays, instantOfLocalTime, localTimeAt } from '../dates/calendar';
import type { LocalDate, TimeOfDay } from '../dates/local-date';
import type { DoneOccurrence, RoutineActivity } from '../routines/activity';

export interface LastNightPrefill {
  bedtime: TimeOfDay;
  wakeTime: TimeOfDay;
  /** Where each time came from, so the card can say so. */
  bedtimeFrom: 'routine' | 'target';
  wakeTimeFrom: 'routine' | 'target';
}

type SleepDone = DoneOccurrence<Extract<RoutineActivity, { area: 'sleep' }>>;

/**
 * `yesterday` and `today` are the sleep routines done on those dates. The wake time is the first
 * "Wake up" done today; the bedtime is the last "Lights out" done before that wake-up (or before now),
 * from yesterday evening or after midnight today.
 */
export function lastNightPrefill(input: {
  yesterday: readonly SleepDone[];
  today: readonly SleepDone[];
  todayDate: LocalDate;
  target: { bedtime: TimeOfDay; wakeTime: TimeOfDay };
  timeZone: string;
  nowEpochMs: number;
}): LastNightPrefill {
  const wake = input.today
    .filter((o) => o.activity.mark === 'wake-up')
    .sort((a, b) => a.atEpochMs - b.atEpochMs)[0];
  const wakeAt = wake?.atEpochMs ?? input.nowEpochMs;
  // A night starts after noon yesterday at the earliest, so a nap's "Lights out" at lunch is not last night.
  const earliest = instantOfLocalTime(addDays(input.todayDate, -1), '12:00', input.timeZone);
  const lightsOut = [...input.yesterday, ...input.today]
    .filter((o) => o.activity.mark === 'lights-out' && o.atEpochMs >= earliest && o.atEpochMs < wakeAt)
    .sort((a, b) => b.atEpochMs - a.atEpochMs)[0];
  return {
    bedtime: lightsOut ? localTimeAt(lightsOut.atEpochMs, input.timeZone) : input.target.bedtime,
    wakeTime: wake ? localTimeAt(wake.atEpochMs, input.timeZone) : input.target.wakeTime,
    bedtimeFrom: lightsOut ? 'routine' : 'target',
    wakeTimeFrom: wake ? 'routine' : 'target',
  };
}
