// Splits a day's units over the dose times in whole units (capsules) or tenths of a gram, in proportion to the shares.

/**
 * Largest-remainder allocation: each time gets its proportional share rounded down to the quantum,
 * and the leftover quanta go to the largest remainders, ties to the later time (an evening dose).
 */
export function allocateUnits(units: number, shares: readonly number[], quantum: number): number[] {
  if (shares.length === 0) return [];
  const totalQuanta = Math.round(units / quantum);
  const shareSum = shares.reduce((sum, share) => sum + share, 0);
  const weights = shareSum > 0 ? shares.map((s) => s / shareSum) : shares.map(() => 1 / shares.length);
  const raw = weights.map((w) => w * totalQuanta);
  const quanta = raw.map((r) => Math.floor(r + 1e-9));
  let left = totalQuanta - quanta.reduce((sum, q) => sum + q, 0);
  const order = raw
    .map((r, index) => ({ index, remainder: r - Math.floor(r + 1e-9) }))
    .sort((a, b) => b.remainder - a.remainder || b.index - a.index);
  for (const { index } of order) {
    if (left <= 0) break;
    quanta[index]! += 1;
    left -= 1;
  }
  return quanta.map((q) => Math.round(q * quantum * 10) / 10);
}
