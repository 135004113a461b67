// How a routine repeats: the schedule shape stored in Dexie and sent to main's reminder engine.
import { z } from 'zod';
import { maxIdChars, maxTimesPerDay, maxTitleChars } from '../bounds';
import { epochMsSchema, localDateSchema, timeOfDaySchema } from '../dates/local-date';

export const routineCategories = ['supplement', 'meal', 'sleep', 'exercise', 'stress', 'custom'] as const;
export type RoutineCategory = (typeof routineCategories)[number];

/** What each area is called on screen (the week plan, Insights). */
export const routineCategoryNames: Record<RoutineCategory, string> = {
  supplement: 'Supplement',
  meal: 'Meal',
  sleep: 'Sleep',
  exercise: 'Exercise',
  stress: 'Stress practice',
  custom: 'Custom',
};

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const isoWeekdaySchema = z.number().int().min(1).max(7);

const timesSchema = z
  .array(timeOfDaySchema)
  .min(1, 'Add at least one time.')
  .max(maxTimesPerDay, `Use at most ${maxTimesPerDay} times a day.`);

export const scheduleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('weekly'),
    days: z.array(isoWeekdaySchema).min(1, 'Pick at least one day.').max(7),
    times: timesSchema,
  }),
  z.object({
    kind: z.literal('daily'),
    times: timesSchema,
  }),
  z.object({
    kind: z.literal('times-per-week'),
    count: z.number().int().min(1).max(21),
    /** Optional time for the nudge when behind. */
    nudgeTime: timeOfDaySchema.optional(),
  }),
]);
export type Schedule = z.infer<typeof scheduleSchema>;

export const nagSchema = z.object({
  intervalMinutes: z.number().int().min(1).max(240),
  maxCount: z.number().int().min(1).max(20),
});

/** What main needs to remind about one routine; derived from the Dexie routine row. */
export const reminderRuleSchema = z.object({
  routineId: z.string().min(1).max(maxIdChars),
  title: z.string().min(1).max(maxTitleChars),
  category: z.enum(routineCategories),
  schedule: scheduleSchema,
  startDate: localDateSchema,
  endDate: localDateSchema.nullable(),
  paused: z.boolean(),
  nag: nagSchema.nullable(),
  /** Local dates + times already done/skipped, so no reminder fires for them ("YYYY-MM-DDTHH:mm"). */
  settledOccurrences: z.array(z.string().max(40)).max(5000),
  /** Occurrences snoozed in the app (Today), so the engine reminds again at that instant. Optional: older senders omit it. */
  snoozed: z
    .array(z.object({ key: z.string().max(40), untilEpochMs: epochMsSchema.nonnegative() }))
    .max(500)
    .optional(),
});
export type ReminderRule = z.infer<typeof reminderRuleSchema>;
