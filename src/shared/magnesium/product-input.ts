// What a person types from the label (amounts per serving, as Supplement Facts print them), validated.
import { z } from 'zod';
import { nameSchema } from '../text-fields';
import { magnesiumFormIds, productUnitIds } from './forms';

/** Beyond these a figure is almost surely a typo (e.g. 50,000 for 500) rather than a real label. */
export const maxCompoundMgPerServing = 10_000;
export const maxElementalMgPerServing = 1_000;
export const maxUnitsPerServing = 50;
export const maxStockUnits = 10_000;

const amount = (what: string) =>
  z
    .number({ error: `Enter the ${what} as a number, like 2000.` })
    .refine(Number.isFinite, `Enter the ${what} as a number, like 2000.`)
    .refine(
      (n) => n > 0,
      `The ${what} must be more than 0 mg; leave it empty if the label does not give it.`,
    );

export const productInputSchema = z
  .object({
    name: nameSchema('Give the product a name, e.g. the brand on the bottle.'),
    form: z.enum(magnesiumFormIds, { error: 'Choose the magnesium form printed on the label.' }),
    unit: z.enum(productUnitIds, { error: 'Choose what one unit is: capsule, tablet, scoop or gram.' }),
    unitsPerServing: z
      .number({ error: 'Enter the serving size as a number, like 3.' })
      .refine((n) => n > 0, 'The serving size must be more than 0.')
      .refine(
        (n) => n <= maxUnitsPerServing,
        `A serving of more than ${maxUnitsPerServing} units looks like a typo.`,
      ),
    compoundMgPerServing: amount('compound amount')
      .refine(
        (n) => n <= maxCompoundMgPerServing,
        `More than ${maxCompoundMgPerServing.toLocaleString('en-US')} mg of compound per serving looks like a typo; check the label.`,
      )
      .nullable(),
    elementalMgPerServing: amount('elemental magnesium')
      .refine(
        (n) => n <= maxElementalMgPerServing,
        `More than ${maxElementalMgPerServing.toLocaleString('en-US')} mg of elemental magnesium per serving looks like a typo; check the label.`,
      )
      .nullable(),
    thirdPartyTested: z.boolean({ error: 'Answer yes or no.' }),
    stockUnits: z
      .number({ error: 'Enter how many units you have, like 90.' })
      .refine((n) => n >= 0, 'Stock cannot be negative; enter 0 if you have none.')
      .refine(
        (n) => n <= maxStockUnits,
        `More than ${maxStockUnits.toLocaleString('en-US')} units looks like a typo.`,
      ),
  })
  .superRefine((input, ctx) => {
    const whole = input.unit !== 'gram';
    if (whole && !Number.isInteger(input.unitsPerServing)) {
      ctx.addIssue({
        code: 'custom',
        path: ['unitsPerServing'],
        message: `Use a whole number of ${input.unit}s.`,
      });
    }
    if (whole && !Number.isInteger(input.stockUnits)) {
      ctx.addIssue({
        code: 'custom',
        path: ['stockUnits'],
        message: `Use a whole number of ${input.unit}s.`,
      });
    }
    if (input.compoundMgPerServing === null && input.elementalMgPerServing === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['elementalMgPerServing'],
        message: 'Enter the elemental magnesium or the compound amount from the label (or both).',
      });
    }
    if (
      input.compoundMgPerServing !== null &&
      input.elementalMgPerServing !== null &&
      input.elementalMgPerServing > input.compoundMgPerServing
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['elementalMgPerServing'],
        message:
          'Elemental magnesium cannot be more than the compound it is part of. Check which figure is which on the label.',
      });
    }
    if (input.form === 'other' && input.elementalMgPerServing === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['elementalMgPerServing'],
        message:
          'For "other or a blend" there is no fraction to estimate from: enter the elemental magnesium on the label.',
      });
    }
    if (
      input.unit === 'gram' &&
      input.compoundMgPerServing !== null &&
      input.compoundMgPerServing / input.unitsPerServing > 1000
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['compoundMgPerServing'],
        message:
          'A gram of powder cannot hold more than 1,000 mg of compound. Check the serving size and amount.',
      });
    }
  });
export type ProductInput = z.infer<typeof productInputSchema>;
