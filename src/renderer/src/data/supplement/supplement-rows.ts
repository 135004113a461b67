// Supplement rows as stored (products per unit, plans, doses, the caution answers), for rows that arrive
// whole (an imported file). The same bounds as the forms; whether a plan may stand above the upper
// limit is not a row rule but `recheckPlans`', run after every write that can change it.
import { z } from 'zod';

import {
  localDateSchema,
  localDateUpToSchema,
  timeOfDaySchema,
  type LocalDate,
} from '@shared/dates/local-date';
import { magnesiumFormIds, productUnitIds } from '@shared/magnesium/forms';
import { medicationQuestions } from '@shared/magnesium/medication-caution';
import { maxDoseTimesPerDay, maxStepDays, maxUnitsPerDay } from '@shared/magnesium/plan-input';
import {
  maxCompoundMgPerServing,
  maxElementalMgPerServing,
  maxStockUnits,
  maxUnitsPerServing,
  productInputSchema,
} from '@shared/magnesium/product-input';
import { ageBands } from '@shared/profile/profile';
import { instantSchema, rowIdSchema, updatedAtSchema } from '@shared/row-fields';
import { shortTextSchema } from '@shared/text-fields';

const amount = (max: number) => z.number().min(0).max(max);
/** Label figures per unit: a serving is at least one unit's worth, so a unit holds no more than a serving. */
const perUnitMg = (max: number) => z.number().positive().max(max).nullable();

export const supplementRowSchemas = (today: LocalDate) => ({
  products: z.object({
    id: rowIdSchema,
    name: productInputSchema.shape.name,
    form: z.enum(magnesiumFormIds),
    unit: z.enum(productUnitIds),
    compoundMgPerUnit: perUnitMg(maxCompoundMgPerServing),
    elementalMgPerUnit: perUnitMg(maxElementalMgPerServing),
    unitsPerServing: z.number().positive().max(maxUnitsPerServing),
    thirdPartyTested: z.boolean(),
    stockUnits: amount(maxStockUnits),
    archived: z.boolean(),
    createdAtEpochMs: instantSchema,
    updatedAtEpochMs: updatedAtSchema,
  }),
  titrationPlans: z.object({
    id: rowIdSchema,
    productId: rowIdSchema,
    startDate: localDateSchema,
    startUnits: amount(maxUnitsPerDay),
    targetUnits: amount(maxUnitsPerDay),
    stepUnits: amount(maxUnitsPerDay),
    stepDays: z.number().int().min(1).max(maxStepDays),
    timing: z.enum(['morning', 'evening', 'split']),
    times: z.array(timeOfDaySchema).min(1).max(maxDoseTimesPerDay),
    overrides: z
      .array(
        z.object({
          fromDate: localDateSchema,
          unitsPerDay: amount(maxUnitsPerDay),
          reason: shortTextSchema(),
        }),
      )
      .max(1000),
    upperLimitAcknowledgement: z
      .object({
        mgPerDay: amount(100_000),
        limitMg: amount(100_000),
        ageBand: z.enum(ageBands),
        atEpochMs: instantSchema,
      })
      .nullable(),
    fullDoseUnitsPerTime: z.array(amount(maxUnitsPerDay)).max(maxDoseTimesPerDay).nullable().optional(),
    edits: z
      .array(z.object({ atEpochMs: instantSchema, summary: z.string().max(1000) }))
      .max(10_000)
      .optional(),
    active: z.boolean(),
    createdAtEpochMs: instantSchema,
    updatedAtEpochMs: updatedAtSchema,
  }),
  doses: z.object({
    id: rowIdSchema,
    planId: rowIdSchema.nullable(),
    productId: rowIdSchema,
    date: localDateUpToSchema(today),
    plannedTime: timeOfDaySchema.nullable(),
    status: z.enum(['taken', 'late', 'skipped']),
    takenAtEpochMs: instantSchema.nullable(),
    units: amount(maxUnitsPerDay),
    elementalMg: amount(100_000),
    createdAtEpochMs: instantSchema,
    updatedAtEpochMs: updatedAtSchema,
  }),
  supplementSafety: z.object({
    id: z.literal('me'),
    answers: z.partialRecord(
      z.enum(medicationQuestions.map((q) => q.id) as [string, ...string[]]),
      z.boolean(),
    ),
    answeredAtEpochMs: instantSchema,
    updatedAtEpochMs: updatedAtSchema,
  }),
});
