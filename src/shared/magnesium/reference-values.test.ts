import { describe, expect, it } from 'vitest';
import type { LifeStage } from '../profile/profile';
import { rdaFor, upperLimitFor } from './reference-values';

const stage = (
  ageBand: LifeStage['ageBand'],
  sex: LifeStage['sex'],
  reproductiveStatus: LifeStage['reproductiveStatus'] = 'none',
): LifeStage => ({
  ageBand,
  sex,
  reproductiveStatus,
});

describe('RDA for every row of the reference table', () => {
  it.each([
    ['0-6m', 'male', 'none', 30, 'AI'], // infants: Adequate Intake
    ['0-6m', 'female', 'none', 30, 'AI'],
    ['7-12m', 'male', 'none', 75, 'AI'],
    ['7-12m', 'female', 'none', 75, 'AI'],
    ['1-3', 'male', 'none', 80, 'RDA'],
    ['1-3', 'female', 'none', 80, 'RDA'],
    ['4-8', 'male', 'none', 130, 'RDA'],
    ['4-8', 'female', 'none', 130, 'RDA'],
    ['9-13', 'male', 'none', 240, 'RDA'],
    ['9-13', 'female', 'none', 240, 'RDA'],
    ['14-18', 'male', 'none', 410, 'RDA'],
    ['14-18', 'female', 'none', 360, 'RDA'],
    ['14-18', 'female', 'pregnant', 400, 'RDA'],
    ['14-18', 'female', 'lactating', 360, 'RDA'],
    ['19-30', 'male', 'none', 400, 'RDA'],
    ['19-30', 'female', 'none', 310, 'RDA'],
    ['19-30', 'female', 'pregnant', 350, 'RDA'],
    ['19-30', 'female', 'lactating', 310, 'RDA'],
    ['31-50', 'male', 'none', 420, 'RDA'],
    ['31-50', 'female', 'none', 320, 'RDA'],
    ['31-50', 'female', 'pregnant', 360, 'RDA'],
    ['31-50', 'female', 'lactating', 320, 'RDA'],
    ['51+', 'male', 'none', 420, 'RDA'],
    ['51+', 'female', 'none', 320, 'RDA'],
  ] as const)('%s %s %s → %s mg (%s)', (ageBand, sex, status, mg, kind) => {
    const rda = rdaFor(stage(ageBand, sex, status));
    expect(rda.mg).toBe(mg);
    expect(rda.kind).toBe(kind);
    expect(rda.source).toMatch(/NIH Office of Dietary Supplements.*IOM 1997/);
  });
});

describe('supplemental upper limit for every row of the reference table', () => {
  it.each([
    ['1-3', 'male', 'none', 65],
    ['1-3', 'female', 'none', 65],
    ['4-8', 'male', 'none', 110],
    ['4-8', 'female', 'none', 110],
    ['9-13', 'male', 'none', 350],
    ['9-13', 'female', 'none', 350],
    ['14-18', 'male', 'none', 350],
    ['14-18', 'female', 'none', 350],
    ['14-18', 'female', 'pregnant', 350],
    ['14-18', 'female', 'lactating', 350],
    ['19-30', 'male', 'none', 350],
    ['19-30', 'female', 'pregnant', 350],
    ['31-50', 'female', 'lactating', 350],
    ['51+', 'male', 'none', 350],
    ['51+', 'female', 'none', 350],
  ] as const)('%s %s %s → %s mg, for supplements and medicines only', (ageBand, sex, status, mg) => {
    const limit = upperLimitFor(stage(ageBand, sex, status));
    expect(limit).toMatchObject({ established: true, mg });
    expect(limit.established && limit.scope).toMatch(/supplements and medicines only, not .* food/);
  });

  it.each([
    ['0-6m', 'female'],
    ['7-12m', 'male'],
  ] as const)('is not established for infants (%s %s): no plan, and a plain reason', (ageBand, sex) => {
    const limit = upperLimitFor(stage(ageBand, sex));
    expect(limit.established).toBe(false);
    expect(!limit.established && limit.reason).toMatch(/under 12 months.*breast milk, formula and food/);
  });
});
