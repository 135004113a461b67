import { describe, expect, it } from 'vitest';
import { ciede2000, contrastRatio, hexToRgb, simulate } from './colour-vision';

describe('CIEDE2000', () => {
  // Reference pairs from Sharma, Wu & Dalal (2005), table 1.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[50, 2.5, 0], [50, 3.1736, 0.5854], 1.0], // hue close to 0
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[90.8027, -2.0831, 1.441], [91.1528, -1.6435, 0.0447], 1.4441],
  ] as const)('%j against %j is %f', (a, b, expected) => {
    expect(ciede2000([...a], [...b])).toBeCloseTo(expected, 3);
  });
});

describe('colour-blind simulation', () => {
  it.each([
    ['#ff0000', 'deuteranopia'], // red looks dim olive to a deuteranope, far from red
    ['#00ff00', 'protanopia'],
  ] as const)('%s changes under %s', (hex, deficiency) => {
    const [r, g] = simulate(hexToRgb(hex), deficiency);
    expect(Math.abs(r - g)).toBeLessThan(120);
  });

  it('leaves greys as they are', () => {
    for (const deficiency of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      const [r, g, b] = simulate([128, 128, 128], deficiency);
      expect(Math.max(Math.abs(r - 128), Math.abs(g - 128), Math.abs(b - 128))).toBeLessThan(2);
    }
  });
});

describe('contrast ratio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s is %f', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 1);
  });
});
