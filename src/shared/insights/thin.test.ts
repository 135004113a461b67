import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thinKeepingExtremes } from './thin';

const id = (v: number | null) => v;

describe('thinKeepingExtremes', () => {
  it.each([
    // [series, maxPoints, expected]
    [[1, 2, 3], 10, [1, 2, 3]], // short: unchanged
    [[5, 1, 9, 2, 8, 3, 7, 4], 4, [5, 1, 9, 4]], // one bucket keeps its low and high, in order
    [[0, 0, 0, 100, 0, 0, 0, 0, 0, -50, 0, 0], 6, [0, 0, 100, 0, -50, 0]], // a one-day spike and dip survive
    [[3, 1, 2], 2, [3, 2]], // only the endpoints fit
    [[1, null, null, null, 2], 4, [1, null, 2]], // a bucket with no values keeps a gap
  ] as const)('%j thinned to %i is %j', (series, max, expected) => {
    expect(thinKeepingExtremes([...series], max, id)).toEqual(expected);
  });

  it('keeps the endpoints, the global extremes, order, and the point budget', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 3000 }),
        fc.integer({ min: 4, max: 800 }),
        (values, max) => {
          const points = values.map((value, index) => ({ index, value }));
          const thinned = thinKeepingExtremes(points, max, (p) => p.value);
          expect(thinned.length).toBeLessThanOrEqual(Math.max(max, 2));
          expect(thinned[0]).toBe(points[0]);
          expect(thinned.at(-1)).toBe(points.at(-1));
          const kept = thinned.map((p) => p.value);
          expect(Math.max(...kept)).toBe(Math.max(...values));
          expect(Math.min(...kept)).toBe(Math.min(...values));
          for (let i = 1; i < thinned.length; i += 1) {
            expect(thinned[i]!.index).toBeGreaterThan(thinned[i - 1]!.index);
          }
        },
      ),
    );
  });
});
