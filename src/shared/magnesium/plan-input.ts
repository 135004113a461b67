// The titration plan a person asks for, validated against the product's unit (whole capsules, tenths of a gram).
import { z } from 'zod';
import { maxIdChars } from '../bounds';
import { localDateSchema, timeOfDaySchema } from '../dates/local-date';
import { baseUnitLevels, maxSteps } from './titration';

export const maxUnitsPerDay = 100;
export const maxStepDays = 90;
/** A split dose is taken at most this many times a day. */
export const maxDoseTimesPerDay = 4;

const units = (what: string) =>
  z
    .number({ error: `Enter the ${what} as a number, like 1.` })
    .refine(Number.isFinite, `Enter the ${what} as a number, like 1.`)
    .refine((n) => n > 0, `The ${what} must be more than 0.`)
    .refine((n) => n <= maxUnitsPerDay, `More than ${maxUnitsPerDay} a day looks like a typo.`);

const isMultipleOf = (value: number, quantum: number) =>
  Math.abs(Math.round(value / quantum) * quantum - value) < 1e-9;

/** `quantum` is the smallest amount of the product's unit: 1 (capsules) or 0.1 (grams of powder). */
export function planInputSchema(quantum: number) {
  const wholeMessage = quantum === 1 ? 'Use whole units (no halves).' : 'Use steps of 0.1 g.';
  return z
    .object({
      productId: z
        .string({ error: 'Choose a product first.' })
        .min(1, 'Choose a product first.')
        .max(maxIdChars, 'Choose a product first.'),
      startDate: localDateSchema,
      startUnits: units('starting amount'),
      targetUnits: units('target amount'),
      stepUnits: z
        .number({ error: 'Enter the step as a number, like 1.' })
        .refine(Number.isFinite, 'Enter the step as a number, like 1.')
        .refine((n) => n >= 0, 'The step cannot be negative.'),
      stepDays: z
        .number({ error: 'Enter the days per step as a number, like 7.' })
        .refine((n) => Number.isInteger(n), 'Use a whole number of days.')
        .refine((n) => n >= 1 && n <= maxStepDays, `Use 1 to ${maxStepDays} days per step.`),
      timing: z.enum(['morning', 'evening', 'split'], { error: 'Choose when you take it.' }),
      times: z
        .array(timeOfDaySchema)
        .min(1, 'Add a time.')
        .max(maxDoseTimesPerDay, `Use at most ${maxDoseTimesPerDay} times a day.`),
      fullDoseUnitsPerTime: z
        .array(z.number({ error: 'Enter a number for each time.' }))
        .max(maxDoseTimesPerDay, 'Give an amount for each time.')
        .nullable(),
      upperLimitAcknowledged: z.boolean(),
    })
    .superRefine((plan, ctx) => {
      for (const key of ['startUnits', 'targetUnits', 'stepUnits'] as const) {
        if (Number.isFinite(plan[key]) && !isMultipleOf(plan[key], quantum)) {
          ctx.addIssue({ code: 'custom', path: [key], message: wholeMessage });
        }
      }
      if (plan.startUnits !== plan.targetUnits && plan.stepUnits <= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['stepUnits'],
          message: 'Enter how much to change at each step (more than 0).',
        });
      } else if (baseUnitLevels(plan).length > maxSteps) {
        ctx.addIssue({
          code: 'custom',
          path: ['stepUnits'],
          message: `That makes more than ${maxSteps} steps; use a larger step.`,
        });
      }
      const expectedTimes = plan.timing === 'split' ? null : 1;
      if (expectedTimes !== null && plan.times.length !== 1) {
        ctx.addIssue({ code: 'custom', path: ['times'], message: 'Give one time of day.' });
      }
      if (plan.timing === 'split') {
        if (plan.times.length < 2) {
          ctx.addIssue({
            code: 'custom',
            path: ['times'],
            message: 'A split dose needs at least two times.',
          });
        } else if (plan.times.some((time, i) => i > 0 && time <= plan.times[i - 1]!)) {
          ctx.addIssue({
            code: 'custom',
            path: ['times'],
            message: 'Give the times in the order of the day, each different.',
          });
        }
        const perTime = plan.fullDoseUnitsPerTime ?? [];
        const fullDose = Math.max(plan.startUnits, plan.targetUnits);
        const sum = Math.round(perTime.reduce((total, n) => total + n, 0) * 10) / 10;
        if (perTime.length !== plan.times.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['fullDoseUnitsPerTime'],
            message: 'Give an amount for each time.',
          });
        } else if (perTime.some((n) => !Number.isFinite(n) || n < 0 || !isMultipleOf(n, quantum))) {
          ctx.addIssue({
            code: 'custom',
            path: ['fullDoseUnitsPerTime'],
            message: `Each amount must be 0 or more. ${wholeMessage}`,
          });
        } else if (Number.isFinite(fullDose) && sum !== fullDose) {
          ctx.addIssue({
            code: 'custom',
            path: ['fullDoseUnitsPerTime'],
            message: `The amounts at each time add up to ${sum}; at the full dose they must add up to ${fullDose}.`,
          });
        }
      }
    });
}
export type PlanInput = z.infer<ReturnType<typeof planInputSchema>>;
