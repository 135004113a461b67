// Elemental magnesium fraction of each supplement form, with the reference row and source it comes from.
import type { MagnesiumFormId } from './forms';

export interface FractionFigure {
  /** Mass fraction of magnesium in the compound, e.g. 0.141 for 14.1 %. */
  fraction: number;
  /** The compound the figure is for, e.g. "Chloride, hexahydrate (MgCl₂·6H₂O)". */
  compound: string;
  /** Where the figure comes from, as cited in the reference table (resources/reference/magnesium-reference.md §3). */
  source: string;
  /** How well the reference table confirms it. */
  status: 'confirmed' | 'secondary only' | 'computed only';
}

export interface FormFraction extends FractionFigure {
  /** Other variants of the same form, shown for comparison but not used for estimates. */
  variants: FractionFigure[];
}

const molecules = 'Molecules 2020;25:3172 Table 3 and Molecules 2021;26:2419 Table 1';
const table = 'Steadyweek magnesium reference §3';

/**
 * The figure used to estimate elemental magnesium when a label gives the compound weight only.
 * For forms sold as several hydrates or salts, the usual supplement form is used and named.
 * `other` has no fraction: such a product needs the label's elemental figure.
 */
export const formFractions: Record<Exclude<MagnesiumFormId, 'other'>, FormFraction> = {
  'l-threonate': {
    // Sold as the commercial hydrate (Magtein®); 2,000 mg → 144 mg is what labels print.
    fraction: 0.072,
    compound: 'L-threonate, commercial hydrate (Magtein®)',
    source: `${table}: ~7.2 %, "2,000 mg MgT provides 144 mg Mg" (nutridetector.com and other consumer pages)`,
    status: 'secondary only',
    variants: [
      {
        fraction: 0.083,
        compound: 'L-threonate, anhydrous Mg(C₄H₇O₅)₂',
        source: `${table}: 8.3 %, ${molecules}`,
        status: 'confirmed',
      },
    ],
  },
  glycinate: {
    fraction: 0.141,
    compound: 'Glycinate (bisglycinate) Mg(C₂H₄NO₂)₂',
    source: `${table}: 14.1 %, Molecules 2021;26:2419 Table 1`,
    status: 'confirmed',
    variants: [],
  },
  citrate: {
    // Trimagnesium dicitrate is the usual "magnesium citrate"; the 1:1 salt carries less.
    fraction: 0.162,
    compound: 'Citrate, trimagnesium dicitrate Mg₃(C₆H₅O₇)₂',
    source: `${table}: 16.2 % (computed; "up to 16 %" in the Mercola table, 2015)`,
    status: 'confirmed',
    variants: [
      {
        fraction: 0.113,
        compound: 'Citrate, 1:1 magnesium hydrogen citrate MgC₆H₆O₇',
        source: `${table}: 11.3 %, ${molecules}`,
        status: 'confirmed',
      },
    ],
  },
  malate: {
    fraction: 0.155,
    compound: 'Malate MgC₄H₄O₅',
    source: `${table}: 15.5 %, ${molecules}`,
    status: 'confirmed',
    variants: [],
  },
  taurate: {
    fraction: 0.089,
    compound: 'Taurate Mg(C₂H₆NO₃S)₂',
    source: `${table}: 8.9 %, ${molecules}`,
    status: 'confirmed',
    variants: [],
  },
  oxide: {
    fraction: 0.603,
    compound: 'Oxide MgO',
    source: `${table}: 60.3 %, ${molecules}`,
    status: 'confirmed',
    variants: [],
  },
  chloride: {
    // Supplements and flakes are the hexahydrate.
    fraction: 0.12,
    compound: 'Chloride, hexahydrate MgCl₂·6H₂O',
    source: `${table}: 12.0 % ("12 %" in the Mercola table, 2015, and PharmacistAnswers)`,
    status: 'confirmed',
    variants: [
      {
        fraction: 0.255,
        compound: 'Chloride, anhydrous MgCl₂',
        source: `${table}: 25.5 %, ${molecules}`,
        status: 'confirmed',
      },
    ],
  },
  lactate: {
    fraction: 0.12,
    compound: 'Lactate, anhydrous Mg(C₃H₅O₃)₂',
    source: `${table}: 12.0 % (EU product information: 404.85 mg lactate = 48.62 mg Mg)`,
    status: 'confirmed',
    variants: [
      {
        fraction: 0.102,
        compound: 'Lactate, dihydrate',
        source: `${table}: 10.2 % (computed only, not confirmed)`,
        status: 'computed only',
      },
    ],
  },
  gluconate: {
    // Supplement gluconate is the hydrate.
    fraction: 0.054,
    compound: 'Gluconate, dihydrate Mg(C₆H₁₁O₇)₂·2H₂O',
    source: `${table}: ≈5.4 %, "500 mg ≈ 27 mg Mg" (ntro.it.com, secondary)`,
    status: 'secondary only',
    variants: [
      {
        fraction: 0.059,
        compound: 'Gluconate, anhydrous',
        source: `${table}: 5.9 % (computed)`,
        status: 'computed only',
      },
    ],
  },
  sulfate: {
    // Taken by mouth as Epsom salt, the heptahydrate; "dried" sulfate carries about twice as much.
    fraction: 0.099,
    compound: 'Sulfate, heptahydrate MgSO₄·7H₂O (Epsom salt)',
    source: `${table}: 9.9 % (computed from the formula only, not confirmed by a published figure)`,
    status: 'computed only',
    variants: [
      {
        fraction: 0.201,
        compound: 'Sulfate, anhydrous (dried) MgSO₄',
        source: `${table}: 20.1 %, ${molecules}`,
        status: 'confirmed',
      },
    ],
  },
  carbonate: {
    fraction: 0.288,
    compound: 'Carbonate MgCO₃',
    source: `${table}: 28.8 %, ${molecules} (basic or heavy carbonates vary, 29–45 %)`,
    status: 'confirmed',
    variants: [],
  },
  hydroxide: {
    fraction: 0.417,
    compound: 'Hydroxide Mg(OH)₂ (milk of magnesia)',
    source: `${table}: 41.7 %, ${molecules}`,
    status: 'confirmed',
    variants: [],
  },
  aspartate: {
    fraction: 0.085,
    compound: 'Aspartate, anhydrous Mg(C₄H₆NO₄)₂',
    source: `${table}: 8.5 %, ${molecules} (8.4 % computed)`,
    status: 'confirmed',
    variants: [
      {
        fraction: 0.075,
        compound: 'Aspartate, dihydrate',
        source: `${table}: 7.5 % (computed only, not confirmed)`,
        status: 'computed only',
      },
    ],
  },
  orotate: {
    fraction: 0.072,
    compound: 'Orotate, anhydrous Mg(C₅H₃N₂O₄)₂',
    source: `${table}: 7.2 %, ${molecules} (7.3 % computed)`,
    status: 'confirmed',
    variants: [
      {
        fraction: 0.066,
        compound: 'Orotate, dihydrate',
        source: `${table}: 6.6 % (computed only, not confirmed)`,
        status: 'computed only',
      },
    ],
  },
};

export function fractionForForm(form: MagnesiumFormId): FormFraction | null {
  return form === 'other' ? null : formFractions[form];
}
