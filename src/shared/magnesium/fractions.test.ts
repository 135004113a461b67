import { describe, expect, it } from 'vitest';
import { formFractions } from './fractions';
import { elementalMgPerUnit, roundMg } from './elemental';
import { magnesiumFormIds } from './forms';

// Standard atomic weights used by the reference table.
const weight = { Mg: 24.305, C: 12.011, H: 1.008, N: 14.007, O: 15.999, S: 32.06, Cl: 35.45 } as const;
const percentMg = (atoms: Partial<Record<keyof typeof weight, number>>) => {
  const mass = Object.entries(atoms).reduce(
    (sum, [el, n]) => sum + weight[el as keyof typeof weight] * n!,
    0,
  );
  return (100 * weight.Mg * (atoms.Mg ?? 0)) / mass;
};

describe('the fraction each form uses matches the reference table to 0.1 percentage point', () => {
  it.each([
    // form, % Mg in the reference row the app uses
    ['l-threonate', 7.2], // commercial hydrate, "2,000 mg → 144 mg" (secondary sources)
    ['glycinate', 14.1],
    ['citrate', 16.2], // trimagnesium dicitrate
    ['malate', 15.5],
    ['taurate', 8.9],
    ['oxide', 60.3],
    ['chloride', 12.0], // hexahydrate, the usual supplement form
    ['lactate', 12.0],
    ['gluconate', 5.4], // hydrate
    ['sulfate', 9.9], // heptahydrate (Epsom salt), computed only
    ['carbonate', 28.8],
    ['hydroxide', 41.7],
    ['aspartate', 8.5], // published figure; 8.4 computed
    ['orotate', 7.2], // published figure; 7.3 computed
  ] as const)('%s is %s %%', (form, percent) => {
    expect(Math.abs(formFractions[form].fraction * 100 - percent)).toBeLessThan(0.1 + 1e-9);
    expect(formFractions[form].source).toMatch(/%/);
  });

  it('covers every form except "other", which has no fraction', () => {
    expect(Object.keys(formFractions).sort()).toEqual(magnesiumFormIds.filter((f) => f !== 'other').sort());
  });
});

describe('the computed column of the reference table follows from the formulas', () => {
  it.each([
    ['oxide MgO', { Mg: 1, O: 1 }, 60.3],
    ['hydroxide Mg(OH)2', { Mg: 1, O: 2, H: 2 }, 41.7],
    ['carbonate MgCO3', { Mg: 1, C: 1, O: 3 }, 28.8],
    ['chloride MgCl2·6H2O', { Mg: 1, Cl: 2, H: 12, O: 6 }, 12.0],
    ['chloride MgCl2', { Mg: 1, Cl: 2 }, 25.5],
    ['sulfate MgSO4·7H2O', { Mg: 1, S: 1, O: 11, H: 14 }, 9.9],
    ['citrate Mg3(C6H5O7)2', { Mg: 3, C: 12, H: 10, O: 14 }, 16.2],
    ['citrate MgC6H6O7', { Mg: 1, C: 6, H: 6, O: 7 }, 11.3],
    ['glycinate Mg(C2H4NO2)2', { Mg: 1, C: 4, H: 8, N: 2, O: 4 }, 14.1],
    ['malate MgC4H4O5', { Mg: 1, C: 4, H: 4, O: 5 }, 15.5],
    ['lactate Mg(C3H5O3)2', { Mg: 1, C: 6, H: 10, O: 6 }, 12.0],
    ['taurate Mg(C2H6NO3S)2', { Mg: 1, C: 4, H: 12, N: 2, O: 6, S: 2 }, 8.9],
    ['L-threonate Mg(C4H7O5)2', { Mg: 1, C: 8, H: 14, O: 10 }, 8.3],
    ['gluconate Mg(C6H11O7)2·2H2O', { Mg: 1, C: 12, H: 26, O: 16 }, 5.4],
  ] as const)('%s → %s %%', (_name, atoms, percent) => {
    expect(Math.abs(percentMg(atoms) - percent)).toBeLessThan(0.1);
  });

  it('the anhydrous L-threonate variant is the formula figure, 8.3 %', () => {
    expect(formFractions['l-threonate'].variants[0]!.fraction).toBe(0.083);
  });
});

describe('elemental magnesium per unit', () => {
  it('uses the label: 2,000 mg L-threonate labelled 144 mg elemental per 3 capsules is 48 mg a capsule, 144 a serving', () => {
    const perUnit = elementalMgPerUnit({
      form: 'l-threonate',
      compoundMgPerUnit: 2000 / 3,
      elementalMgPerUnit: 48,
    });
    expect(perUnit).toEqual({ mg: 48, basis: 'label', source: expect.stringMatching(/label/) });
    expect(roundMg(perUnit!.mg * 3)).toBe(144);
  });

  it('estimates label-less L-threonate from the commercial 7.2 % and says so: 2,000 mg → 144 mg', () => {
    const perUnit = elementalMgPerUnit({
      form: 'l-threonate',
      compoundMgPerUnit: 2000,
      elementalMgPerUnit: null,
    });
    expect(perUnit?.basis).toBe('estimate');
    expect(perUnit?.fraction).toBe(0.072);
    expect(perUnit?.source).toMatch(/2,000 mg MgT provides 144 mg/);
    expect(roundMg(perUnit!.mg)).toBe(144);
  });

  it('lets a label figure win even where the estimate would differ (buffered glycinate)', () => {
    const perUnit = elementalMgPerUnit({
      form: 'glycinate',
      compoundMgPerUnit: 500,
      elementalMgPerUnit: 100,
    });
    expect(perUnit?.mg).toBe(100);
    expect(perUnit?.basis).toBe('label');
  });

  it.each([
    // form, compound, elemental, expected
    ['glycinate', 500, null, 70.5], // the reference's example: 500 × 0.141 ≈ 70
    ['oxide', 400, null, 241.2],
    ['other', 500, null, null], // no fraction for a blend
    ['citrate', null, null, null], // nothing to go on
    ['citrate', 0, null, null], // zero is not an amount
  ] as const)('%s with %s mg compound and %s mg elemental → %s mg', (form, compound, elemental, expected) => {
    const perUnit = elementalMgPerUnit({ form, compoundMgPerUnit: compound, elementalMgPerUnit: elemental });
    expect(perUnit === null ? null : roundMg(perUnit.mg)).toBe(expected);
  });
});
