// The person's profile: the life stage that sets magnesium targets, plus time zone, week start and units.
import { z } from 'zod';
import { timeZoneSchema, weekStartDaySchema } from '../dates/local-date';

/** Age bands of the NIH/IOM magnesium tables (RDA and supplemental upper limit). */
export const ageBands = ['0-6m', '7-12m', '1-3', '4-8', '9-13', '14-18', '19-30', '31-50', '51+'] as const;
export type AgeBand = (typeof ageBands)[number];

export const ageBandLabels: Record<AgeBand, string> = {
  '0-6m': 'Birth to 6 months',
  '7-12m': '7–12 months',
  '1-3': '1–3 years',
  '4-8': '4–8 years',
  '9-13': '9–13 years',
  '14-18': '14–18 years',
  '19-30': '19–30 years',
  '31-50': '31–50 years',
  '51+': '51 years and over',
};

export const sexes = ['female', 'male'] as const;
export type Sex = (typeof sexes)[number];

export const reproductiveStatuses = ['none', 'pregnant', 'lactating'] as const;
export type ReproductiveStatus = (typeof reproductiveStatuses)[number];

/** Bands where pregnancy and lactation have their own reference values. */
export const bandsWithPregnancyValues: readonly AgeBand[] = ['14-18', '19-30', '31-50'];

export const lifeStageSchema = z
  .object({
    ageBand: z.enum(ageBands, { error: 'Choose an age band.' }),
    sex: z.enum(sexes, { error: 'Choose the sex used for reference values.' }),
    reproductiveStatus: z.enum(reproductiveStatuses),
    /**
     * 65 or over, within the 51+ band (the NIH bands do not split there, the activity guidelines do:
     * balance training is added). Optional: profiles saved before it existed read as not said.
     */
    aged65OrOver: z.boolean().optional(),
  })
  .superRefine((stage, ctx) => {
    if (stage.aged65OrOver && stage.ageBand !== '51+')
      ctx.addIssue({
        code: 'custom',
        path: ['aged65OrOver'],
        message: '65 or over is in the 51 and over band.',
      });
    if (stage.reproductiveStatus === 'none') return;
    if (stage.sex !== 'female') {
      ctx.addIssue({
        code: 'custom',
        path: ['reproductiveStatus'],
        message: 'Pregnancy and breastfeeding values apply to the female reference values.',
      });
    } else if (!bandsWithPregnancyValues.includes(stage.ageBand)) {
      ctx.addIssue({
        code: 'custom',
        path: ['reproductiveStatus'],
        message: 'Reference values for pregnancy and breastfeeding exist for ages 14–50 only.',
      });
    }
  });
export type LifeStage = z.infer<typeof lifeStageSchema>;

/** ISO weekday the week starts on: Monday (1), Saturday (6) or Sunday (7). */
export const unitSystems = ['metric', 'us'] as const;
export type UnitSystem = (typeof unitSystems)[number];

export const profileInputSchema = z.object({
  lifeStage: lifeStageSchema,
  timeZone: timeZoneSchema,
  weekStart: weekStartDaySchema,
  units: z.enum(unitSystems, { error: 'Choose metric or US units.' }),
});
export type ProfileInput = z.infer<typeof profileInputSchema>;

export interface Profile extends ProfileInput {
  id: 'me';
  disclaimerAcceptedAtEpochMs: number;
  createdAtEpochMs: number;
  updatedAtEpochMs: number;
}
