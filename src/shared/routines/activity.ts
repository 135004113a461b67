// What a sleep, exercise or stress routine is, so that Done on it can write the matching log entry.
import { z } from 'zod';
import { loggedMinutesSchema as minutesSchema } from '../wellbeing/dated-log-input';
import { exerciseKindValues, intensityValues } from '../wellbeing/exercise';
import { practiceKindValues } from '../wellbeing/stress';
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
