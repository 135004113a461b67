// What a sleep, exercise or stress routine is, so that Done on it can write the matching log entry.
import { z } from 'zod';
import { loggedMinutesSchema as minutesSchema } from '../wellbeing/dated-log-input';
import { exerciseKindValues, intensityValues } from '../wellbeing/exercise';
import { practiceKindValues } from '../wellbeing/stress';
import type { LocalDate } from '../dates/local-date';
import type { RoutineCategory } from './schedule';

export const sleepMarkValues = ['lights-out', 'wake-up'] as const;
export type SleepMark = (typeof sleepMarkValues)[number];

export const routineActivitySchema = z.discriminatedUnion('area', [
  // Minutes share the logged-session bound, so a routine never writes an entry the log form would refuse.
  z.object({
    area: z.literal('exercise'),
    kind: z.enum(exerciseKindValues, { error: 'Choose a kind of exercise.' }),
    minutes: minutesSchema,
    intensity: z.enum(intensityValues, { error: 'Choose how hard it is.' }),
  }),
  z.object({
    area: z.literal('stress'),
    kind: z.enum(practiceKindValues, { error: 'Choose a kind of practice.' }),
    minutes: minutesSchema,
  }),
  z.object({
    area: z.literal('sleep'),
    /** Done on "Lights out" or "Wake up" gives the time that prefills last night's sleep log. */
    mark: z.enum(sleepMarkValues, { error: 'Choose lights out or wake up.' }),
  }),
]);
export type RoutineActivity = z.infer<typeof routineActivitySchema>;

/** The areas whose routines can carry an activity (the routine's own area must match it). */
export const activityAreas = ['sleep', 'exercise', 'stress'] as const satisfies readonly RoutineCategory[];

export function carriesActivity(category: RoutineCategory): category is (typeof activityAreas)[number] {
  return (activityAreas as readonly RoutineCategory[]).includes(category);
}

export interface ActivityRoutine {
  id: string;
  title: string;
  activity?: RoutineActivity | null;
}

export interface DoneOccurrence<A extends RoutineActivity> {
  /** The completion id, which is also the id of the entry the routine logged. */
  occurrenceId: string;
  title: string;
  activity: A;
  atEpochMs: number;
}

/**
 * The occurrences of routines in `area` marked done on `date`: what a hand-made entry can say it is
 * ("this is today's Brisk walk"), and where last night's bedtime and wake time come from.
 */
export function doneOccurrencesOn<Area extends RoutineActivity['area']>(
  routines: readonly ActivityRoutine[],
  completions: readonly {
    id: string;
    routineId: string;
    date: LocalDate;
    status: string;
    atEpochMs: number;
  }[],
  date: LocalDate,
  area: Area,
): DoneOccurrence<Extract<RoutineActivity, { area: Area }>>[] {
  const byId = new Map(routines.map((r) => [r.id, r]));
  const found: DoneOccurrence<Extract<RoutineActivity, { area: Area }>>[] = [];
  for (const completion of completions) {
    if (completion.date !== date || completion.status !== 'done') continue;
    const routine = byId.get(completion.routineId);
    const activity = routine?.activity;
    if (!routine || activity?.area !== area) continue;
    found.push({
      occurrenceId: completion.id,
      title: routine.title,
      activity: activity as Extract<RoutineActivity, { area: Area }>,
      atEpochMs: completion.atEpochMs,
    });
  }
  return found.sort((a, b) => a.atEpochMs - b.atEpochMs);
}
