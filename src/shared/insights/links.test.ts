import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/calendar';
import {
  averageRanks,
  highLowDifference,
  linkBetween,
  minPairedDaysForLinks,
  pairDays,
  spearman,
  studentTQuantile,
  type PairedDay,
} from './links';

const start = '2026-03-01';
const series = (values: readonly (number | null)[], from = start) =>
  new Map(values.flatMap((v, i) => (v === null ? [] : [[addDays(from, i), v] as const])));
const paired = (xs: readonly number[], ys: readonly number[]): PairedDay[] =>
  xs.map((x, i) => ({ date: addDays(start, i), x, y: ys[i]! }));

/** Reference written independently of the module: rank with ties averaged by counting, then Pearson. */
function referenceSpearman(xs: readonly number[], ys: readonly number[]): number {
  const rank = (v: readonly number[]) =>
    v.map((a) => v.filter((b) => b < a).length + (v.filter((b) => b === a).length + 1) / 2);
  const rx = rank(xs);
  const ry = rank(ys);
  const mx = rx.reduce((s, v) => s + v, 0) / rx.length;
  const my = ry.reduce((s, v) => s + v, 0) / ry.length;
  const cov = rx.reduce((s, v, i) => s + (v - mx) * (ry[i]! - my), 0);
  const vx = rx.reduce((s, v) => s + (v - mx) ** 2, 0);
  const vy = ry.reduce((s, v) => s + (v - my) ** 2, 0);
  return cov / Math.sqrt(vx * vy);
}

// Adherence (%) and a 1–5 rating over 16 days, with many ties in both.
const adherence = [0, 0, 50, 50, 100, 100, 100, 100, 0, 50, 100, 100, 50, 100, 0, 100];
const rating = [2, 3, 3, 2, 4, 3, 5, 4, 2, 3, 4, 5, 3, 4, 1, 3];
// Rising x beside a rating that wanders with no relation to it.
const noiseX = Array.from({ length: 16 }, (_, i) => i);
const noiseY = [3, 2, 4, 3, 3, 2, 4, 3, 2, 4, 3, 3, 2, 4, 3, 3];

describe('pairDays', () => {
  it('counts a day only when both values exist', () => {
    const pairs = pairDays(series([1, null, 3, 4]), series([5, 6, null, 8]));
    expect(pairs.map((p) => [p.date, p.x, p.y])).toEqual([
      ['2026-03-01', 1, 5],
      ['2026-03-04', 4, 8],
    ]);
  });

  it("pairs day d's x with day d + 1's y for next-day links, dated by the x day", () => {
    const pairs = pairDays(series([1, 2, 3]), series([10, 20, 30]), 1);
    expect(pairs.map((p) => [p.date, p.x, p.y])).toEqual([
      ['2026-03-01', 1, 20],
      ['2026-03-02', 2, 30],
    ]);
  });

  it('pairs the last day of a month with the first of the next', () => {
    const pairs = pairDays(new Map([['2026-02-28', 1]]), new Map([['2026-03-01', 4]]), 1);
    expect(pairs).toEqual([{ date: '2026-02-28', x: 1, y: 4 }]);
  });
});

describe('averageRanks', () => {
  it.each([
    [
      [10, 20, 30],
      [1, 2, 3],
    ],
    [
      [30, 10, 20],
      [3, 1, 2],
    ],
    [
      [5, 5, 1, 9],
      [2.5, 2.5, 1, 4],
    ], // a tie shares the mean of ranks 2 and 3
    [
      [7, 7, 7],
      [2, 2, 2],
    ], // all tied
  ])('%j ranks as %j', (values, ranks) => {
    expect(averageRanks(values)).toEqual(ranks);
  });
});

describe('spearman', () => {
  it('matches the textbook 1 − 6Σd²/(n(n²−1)) without ties: Σd² = 4, n = 5 gives 0.8', () => {
    const result = spearman(paired([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]));
    expect(result.kind === 'rho' && result.estimate).toBeCloseTo(0.8, 12);
  });

  it.each([
    ['many ties', adherence, rating],
    ['no relation', noiseX, noiseY],
    ['reversed', [1, 2, 3, 4, 5, 6], [9, 7, 7, 4, 2, 1]],
  ])('agrees with rank-then-Pearson on %s', (_label, xs, ys) => {
    const result = spearman(paired(xs, ys));
    expect(result.kind).toBe('rho');
    if (result.kind === 'rho') expect(result.estimate).toBeCloseTo(referenceSpearman(xs, ys), 12);
  });

  // Figures from scipy 1.17 (stats.spearmanr) and the Bonett–Wright Fisher interval computed beside it.
  it.each([
    ['a clear link', adherence, rating, 0.8167395497118357, 0.4770882391179603, 0.9441203929353508, false],
    ['no relation', noiseX, noiseY, 0.07669649888473705, -0.4362156980685134, 0.5519924947074855, true],
  ])(
    'gives %s the rho and Bonett–Wright interval that scipy gives',
    (_label, xs, ys, rho, low, high, includesNoEffect) => {
      const result = spearman(paired(xs, ys));
      expect(result).toMatchObject({ kind: 'rho', includesNoEffect });
      if (result.kind !== 'rho') return;
      expect(result.estimate).toBeCloseTo(rho, 10);
      expect(result.low).toBeCloseTo(low, 10);
      expect(result.high).toBeCloseTo(high, 10);
    },
  );

  it.each([
    ['x', [50, 50, 50, 50], [1, 2, 3, 4]],
    ['y', [1, 2, 3, 4], [3, 3, 3, 3]],
  ])('has no rho when %s never changes, and says which', (which, xs, ys) => {
    expect(spearman(paired(xs, ys))).toEqual({ kind: 'constant', series: which });
  });
});

describe('highLowDifference', () => {
  // Figures from scipy 1.17: ttest_ind(high, low, equal_var=False).confidence_interval(0.95).
  it.each([
    // median 75: 8 days above (all 100 %), 8 at or below
    [
      'split at the median',
      adherence,
      rating,
      75,
      8,
      8,
      1.625,
      0.8206859802708266,
      2.4293140197291736,
      false,
    ],
    // the median is the largest value (100 %): days at it are high, those below low
    [
      'median at the top',
      [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 0, 50, 0, 50, 80, 0],
      [4, 3, 4, 5, 3, 4, 4, 3, 5, 4, 2, 3, 3, 2, 4, 2],
      100,
      10,
      6,
      1.2333333333333334,
      0.3241462589347368,
      2.14252040773193,
      false,
    ],
    ['no difference', noiseX, noiseY, 7.5, 8, 8, 0, -0.8106531702160584, 0.8106531702160584, true],
    // most nights at the median and one above it: the days at the median join the high side, so the
    // groups are 12 and 4 rather than 1 and 15
    [
      'median shared by most days',
      [8.25, 8.25, 8.25, 8.25, 8.25, 8.25, 8.25, 8.25, 8.25, 8.25, 8.25, 7.5, 7.5, 7.5, 7.5, 8.5],
      [4, 3, 5, 4, 3, 4, 2, 5, 4, 3, 4, 3, 2, 3, 2, 5],
      8.25,
      12,
      4,
      1.3333333333333335,
      0.43427563336561226,
      2.2323910333010546,
      false,
    ],
  ])(
    "%s: the split, the group sizes and Welch's interval match scipy",
    (_label, xs, ys, threshold, highDays, lowDays, estimate, low, high, includesNoEffect) => {
      const result = highLowDifference(paired(xs, ys));
      expect(result).toMatchObject({ kind: 'difference', threshold, highDays, lowDays, includesNoEffect });
      if (result.kind !== 'difference') return;
      expect(result.estimate).toBeCloseTo(estimate, 10);
      expect(result.low).toBeCloseTo(low, 8);
      expect(result.high).toBeCloseTo(high, 8);
    },
  );

  it('has no groups when every day has the same x', () => {
    expect(highLowDifference(paired([60, 60, 60, 60], [1, 2, 3, 4]))).toEqual({ kind: 'no-groups' });
  });

  it('has no groups when one side has a single day', () => {
    expect(highLowDifference(paired([100, 100, 100, 0], [4, 4, 5, 1]))).toEqual({ kind: 'no-groups' });
  });

  it('has no interval when y does not vary within either group', () => {
    expect(highLowDifference(paired([0, 0, 100, 100], [2, 2, 4, 4]))).toEqual({
      kind: 'no-spread',
      highMean: 4,
      lowMean: 2,
    });
  });
});

describe('linkBetween', () => {
  it.each([
    [minPairedDaysForLinks - 1, 'too-few'],
    [minPairedDaysForLinks, 'ready'],
  ])('with %i paired days is %s', (days, status) => {
    const xs = adherence.slice(0, days);
    const ys = rating.slice(0, days);
    const result = linkBetween(series(xs), series(ys));
    expect(result).toMatchObject({ status, pairedDays: days });
    if (result.status === 'too-few') {
      expect(result.needed).toBe(14);
      expect(result).not.toHaveProperty('rho');
    }
  });

  it('counts only paired days toward the 14: 20 days of x with 13 rated days is not enough', () => {
    const ys = Array.from({ length: 20 }, (_, i) => (i < 13 ? (i % 5) + 1 : null));
    const result = linkBetween(series(Array.from({ length: 20 }, (_, i) => i)), series(ys));
    expect(result).toEqual({ status: 'too-few', pairedDays: 13, needed: 14 });
  });

  it('loses the last day to the lag for next-day links', () => {
    const values = adherence.slice(0, 14);
    expect(linkBetween(series(values), series(rating.slice(0, 14)), 1)).toMatchObject({
      status: 'too-few',
      pairedDays: 13,
    });
  });
});

describe('studentTQuantile', () => {
  // Reference values from scipy 1.17 stats.t.ppf(0.975, df).
  it.each([
    [1, 12.706204736174694],
    [2, 4.302652729749462],
    [7.5, 2.333039626864974], // a fractional df, as Welch's often is
    [10, 2.228138851986274],
    [30, 2.0422724563012378],
  ])('the 97.5 %% point with %d df is %d', (df, expected) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(expected, 8);
  });
});
