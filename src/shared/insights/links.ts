// Honest links between two daily series: the paired days, Spearman's rho and a difference in means, each with its 95 % interval.
import type { LocalDate } from '../dates/local-date';
import { addDays } from '../dates/calendar';

/** Below this many paired days, any figure is mostly noise, so nothing is shown at all. */
export const minPairedDaysForLinks = 14;

/** The two-sided 95 % point of the standard normal distribution. */
const z975 = 1.959963984540054;

export interface PairedDay {
  /** The day of the first series (the cause-side day, e.g. the adherence day). */
  date: LocalDate;
  x: number;
  y: number;
}

/**
 * Days on which both values exist. With `lagDays` = 1, day d's x is paired with day d + 1's y
 * ("adherence → next-day focus"); the pair is dated by its x day.
 */
export function pairDays(
  x: ReadonlyMap<LocalDate, number>,
  y: ReadonlyMap<LocalDate, number>,
  lagDays = 0,
): PairedDay[] {
  const out: PairedDay[] = [];
  for (const [date, xValue] of x) {
    const yValue = y.get(lagDays === 0 ? date : addDays(date, lagDays));
    if (yValue !== undefined && Number.isFinite(xValue) && Number.isFinite(yValue))
      out.push({ date, x: xValue, y: yValue });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Ranks 1..n, tied values sharing the mean of the ranks they span. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k += 1) ranks[order[k]!.index] = rank;
    start = end + 1;
  }
  return ranks;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Sample variance (n − 1). */
function variance(values: readonly number[]): number {
  const m = mean(values);
  return values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1);
}

export interface Interval {
  estimate: number;
  low: number;
  high: number;
  /** True when the 95 % interval contains no effect (0), i.e. the data are compatible with chance. */
  includesNoEffect: boolean;
}

export type SpearmanResult =
  | ({ kind: 'rho' } & Interval)
  /** One series never changed over the paired days, so there is no ordering to correlate. */
  | { kind: 'constant'; series: 'x' | 'y' };

/**
 * Spearman's rho (Pearson's r on average ranks, which handles ties) with a 95 % interval by Fisher's z
 * and Bonett & Wright's (2000) variance for Spearman, (1 + rho²/2) / (n − 3). A closed form was chosen
 * over a bootstrap because it is deterministic (the same data always show the same interval), costs
 * nothing, and Bonett & Wright found it holds its coverage from about n = 10, below our 14-day floor.
 */
export function spearman(pairs: readonly PairedDay[]): SpearmanResult {
  const rx = averageRanks(pairs.map((p) => p.x));
  const ry = averageRanks(pairs.map((p) => p.y));
  const mx = mean(rx);
  const my = mean(ry);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < rx.length; i += 1) {
    sxy += (rx[i]! - mx) * (ry[i]! - my);
    sxx += (rx[i]! - mx) ** 2;
    syy += (ry[i]! - my) ** 2;
  }
  if (sxx === 0) return { kind: 'constant', series: 'x' };
  if (syy === 0) return { kind: 'constant', series: 'y' };
  const rho = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  const n = pairs.length;
  const se = Math.sqrt((1 + (rho * rho) / 2) / (n - 3));
  const z = Math.atanh(rho);
  const low = Math.tanh(z - z975 * se);
  const high = Math.tanh(z + z975 * se);
  return { kind: 'rho', estimate: rho, low, high, includesNoEffect: low <= 0 && high >= 0 };
}

export type DifferenceResult =
  | ({
      kind: 'difference';
      /** The median x that splits the days. */
      threshold: number;
      /** Whether days at the threshold count as high (else low). */
      atThresholdIsHigh: boolean;
      highDays: number;
      lowDays: number;
      highMean: number;
      lowMean: number;
      /** Welch–Satterthwaite degrees of freedom. */
      df: number;
    } & Interval)
  /** Every paired day had the same x, or a group had fewer than 2 days: no two groups to compare. */
  | { kind: 'no-groups' }
  /** Within both groups y never varied, so there is no spread to build an interval from. */
  | { kind: 'no-spread'; highMean: number; lowMean: number };

/**
 * Mean y on high-x days minus mean y on low-x days, with Welch's 95 % interval. Days are split at the
 * median x: days at the median go to whichever side leaves the two groups more even (with most days
 * at 100 % adherence, say, the days at 100 % are the high group and those below it the low one).
 */
export function highLowDifference(pairs: readonly PairedDay[]): DifferenceResult {
  const xs = pairs.map((p) => p.x).sort((a, b) => a - b);
  const mid = Math.floor(xs.length / 2);
  const median = xs.length % 2 === 1 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
  const aboveCount = pairs.filter((p) => p.x > median).length;
  const belowCount = pairs.filter((p) => p.x < median).length;
  const atMedianHigh =
    Math.min(pairs.length - belowCount, belowCount) > Math.min(aboveCount, pairs.length - aboveCount);
  const high = pairs.filter((p) => (atMedianHigh ? p.x >= median : p.x > median));
  const low = pairs.filter((p) => (atMedianHigh ? p.x < median : p.x <= median));
  if (high.length < 2 || low.length < 2) return { kind: 'no-groups' };
  const hy = high.map((p) => p.y);
  const ly = low.map((p) => p.y);
  const highMean = mean(hy);
  const lowMean = mean(ly);
  const vh = variance(hy) / hy.length;
  const vl = variance(ly) / ly.length;
  if (vh + vl === 0) return { kind: 'no-spread', highMean, lowMean };
  const df = (vh + vl) ** 2 / (vh ** 2 / (hy.length - 1) + vl ** 2 / (ly.length - 1));
  const half = studentTQuantile(0.975, df) * Math.sqrt(vh + vl);
  const estimate = highMean - lowMean;
  return {
    kind: 'difference',
    threshold: median,
    atThresholdIsHigh: atMedianHigh,
    highDays: high.length,
    lowDays: low.length,
    highMean,
    lowMean,
    df,
    estimate,
    low: estimate - half,
    high: estimate + half,
    includesNoEffect: estimate - half <= 0 && estimate + half >= 0,
  };
}

export type LinkResult =
  | { status: 'too-few'; pairedDays: number; needed: number }
  | {
      status: 'ready';
      pairedDays: number;
      pairs: PairedDay[];
      rho: SpearmanResult;
      difference: DifferenceResult;
    };

/** Everything the Links section shows for one pair, or only how many paired days there are so far. */
export function linkBetween(
  x: ReadonlyMap<LocalDate, number>,
  y: ReadonlyMap<LocalDate, number>,
  lagDays = 0,
): LinkResult {
  const pairs = pairDays(x, y, lagDays);
  if (pairs.length < minPairedDaysForLinks)
    return { status: 'too-few', pairedDays: pairs.length, needed: minPairedDaysForLinks };
  return {
    status: 'ready',
    pairedDays: pairs.length,
    pairs,
    rho: spearman(pairs),
    difference: highLowDifference(pairs),
  };
}

// --- Student's t quantile (for Welch's interval), from the regularized incomplete beta function. ---

function logGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9), accurate to ~1e-15 for x > 0.
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const xx = x - 1;
  let a = c[0]!;
  const t = xx + 7.5;
  for (let i = 1; i < 9; i += 1) a += c[i]! / (xx + i);
  return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction for the incomplete beta (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m += 1) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(a, b, x)) / a
    : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom (df may be fractional, as Welch's is). */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The p-quantile of Student's t, found by bisection on the CDF (monotone, so it always converges). */
export function studentTQuantile(p: number, df: number): number {
  if (p === 0.5) return 0;
  let lo = -1e4;
  let hi = 1e4;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i += 1) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
