// RDA and supplemental upper limit for magnesium by life stage (NIH ODS fact sheet, from IOM 1997).
import type { AgeBand, LifeStage } from '../profile/profile';

export const rdaSource =
  'NIH Office of Dietary Supplements, Magnesium Fact Sheet for Health Professionals (from IOM 1997, Dietary Reference Intakes, nap.edu/5776); Steadyweek magnesium reference §1';
export const upperLimitSource =
  'IOM 1997 Tolerable Upper Intake Level, as given by the NIH Office of Dietary Supplements; Steadyweek magnesium reference §2';
export const upperLimitScope =
  'The upper limit applies to magnesium from supplements and medicines only, not to magnesium in food and water.';

type ByStatus = { male: number; female: number; pregnant?: number; lactating?: number };

/** RDA (AI for infants), elemental mg/day. */
const rdaTable: Record<AgeBand, ByStatus> = {
  '0-6m': { male: 30, female: 30 },
  '7-12m': { male: 75, female: 75 },
  '1-3': { male: 80, female: 80 },
  '4-8': { male: 130, female: 130 },
  '9-13': { male: 240, female: 240 },
  '14-18': { male: 410, female: 360, pregnant: 400, lactating: 360 },
  '19-30': { male: 400, female: 310, pregnant: 350, lactating: 310 },
  '31-50': { male: 420, female: 320, pregnant: 360, lactating: 320 },
  '51+': { male: 420, female: 320 },
};

/** Supplemental UL, elemental mg/day; null = not established (infants). Same for every sex and status. */
const upperLimitTable: Record<AgeBand, number | null> = {
  '0-6m': null,
  '7-12m': null,
  '1-3': 65,
  '4-8': 110,
  '9-13': 350,
  '14-18': 350,
  '19-30': 350,
  '31-50': 350,
  '51+': 350,
};

export interface Rda {
  mg: number;
  /** Infant values are Adequate Intakes, not RDAs. */
  kind: 'RDA' | 'AI';
  source: string;
}

export function rdaFor(stage: LifeStage): Rda {
  const row = rdaTable[stage.ageBand];
  const byStatus =
    stage.reproductiveStatus === 'pregnant'
      ? row.pregnant
      : stage.reproductiveStatus === 'lactating'
        ? row.lactating
        : undefined;
  const mg = byStatus ?? row[stage.sex];
  const kind = stage.ageBand === '0-6m' || stage.ageBand === '7-12m' ? 'AI' : 'RDA';
  return { mg, kind, source: rdaSource };
}

export type UpperLimit =
  | { established: true; mg: number; source: string; scope: string }
  | { established: false; reason: string; source: string };

export function upperLimitFor(stage: LifeStage): UpperLimit {
  const mg = upperLimitTable[stage.ageBand];
  if (mg === null) {
    return {
      established: false,
      reason:
        'No supplement upper limit has been set for babies under 12 months, so Steadyweek does not plan a supplement for them. A baby’s magnesium should come from breast milk, formula and food; ask the baby’s doctor about supplements.',
      source: upperLimitSource,
    };
  }
  return { established: true, mg, source: upperLimitSource, scope: upperLimitScope };
}
