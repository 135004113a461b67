import { describe, expect, it } from 'vitest';
import { ciede2000, contrastRatio, hexToRgb, rgbToLab, simulate, type Deficiency } from './colour-vision';
import { chartPalettes, heatStep } from './palette';

const visions = ['typical', 'protanopia', 'deuteranopia', 'tritanopia'] as const;
const lab = (hex: string, vision: (typeof visions)[number]) =>
  rgbToLab(vision === 'typical' ? hexToRgb(hex) : simulate(hexToRgb(hex), vision as Deficiency));

/** Below about 10 ΔE00 two small chart marks start to look alike at a glance. */
const minSeriesDistance = 10;
/** Neighbouring heat steps only need to be told apart side by side. */
const minHeatStepDistance = 8;

describe.each(['light', 'dark'] as const)('the %s palette', (scheme) => {
  const palette = chartPalettes[scheme];

  it.each(visions)('keeps every pair of series colours apart with %s', (vision) => {
    const { series } = palette;
    for (let i = 0; i < series.length; i += 1) {
      for (let j = i + 1; j < series.length; j += 1) {
        const distance = ciede2000(lab(series[i]!, vision), lab(series[j]!, vision));
        expect(distance, `${series[i]} vs ${series[j]}`).toBeGreaterThanOrEqual(minSeriesDistance);
      }
    }
  });

  it.each(visions)('keeps neighbouring heat steps apart with %s', (vision) => {
    const steps = [palette.surface, ...palette.heat];
    for (let i = 1; i < steps.length; i += 1) {
      const distance = ciede2000(lab(steps[i - 1]!, vision), lab(steps[i]!, vision));
      expect(distance, `${steps[i - 1]} vs ${steps[i]}`).toBeGreaterThanOrEqual(minHeatStepDistance);
    }
  });

  it('draws every series with at least 3:1 contrast on the surface (WCAG 1.4.11)', () => {
    for (const colour of palette.series) {
      expect(contrastRatio(colour, palette.surface), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it('writes text at 4.5:1 or more', () => {
    expect(contrastRatio(palette.text, palette.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(palette.muted, palette.surface)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('heat steps', () => {
  it.each([
    [null, null], // nothing planned
    [0, 0],
    [0.2, 1],
    [0.5, 2],
    [0.8, 3],
    [1, 4],
  ])('a share of %s is step %s', (share, step) => {
    expect(heatStep(share)).toBe(step);
  });
});
