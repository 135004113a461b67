// Thinning a long series to about one point per pixel while keeping every extreme: min/max buckets.

/**
 * At most `maxPoints` of `points`, in their order. The first and last points are always kept; the
 * points between are cut into equal buckets and each bucket keeps its lowest and highest value, so a
 * peak or a trough is never averaged away (a straight average or every-nth sample would hide the very
 * day above the upper limit). Points whose value is null are kept only when a bucket has nothing else.
 */
export function thinKeepingExtremes<T>(
  points: readonly T[],
  maxPoints: number,
  valueOf: (point: T) => number | null,
): T[] {
  if (points.length <= maxPoints || points.length <= 2) return [...points];
  const limit = Math.max(2, Math.floor(maxPoints));
  const buckets = Math.floor((limit - 2) / 2);
  if (buckets === 0) return [points[0]!, points[points.length - 1]!];
  const inner = points.length - 2;
  const kept: T[] = [points[0]!];
  for (let b = 0; b < buckets; b += 1) {
    const start = 1 + Math.floor((b * inner) / buckets);
    const end = 1 + Math.floor(((b + 1) * inner) / buckets);
    let low = -1;
    let high = -1;
    for (let i = start; i < end; i += 1) {
      const value = valueOf(points[i]!);
      if (value === null) continue;
      if (low === -1 || value < valueOf(points[low]!)!) low = i;
      if (high === -1 || value > valueOf(points[high]!)!) high = i;
    }
    if (low === -1) {
      if (start < end) kept.push(points[start]!);
      continue;
    }
    if (low === high) kept.push(points[low]!);
    else kept.push(points[Math.min(low, high)]!, points[Math.max(low, high)]!);
  }
  kept.push(points[points.length - 1]!);
  return kept;
}

/** About one point per pixel of a chart `widthPx` wide; never fewer than a week's worth of points. */
export function pointsForWidth(widthPx: number): number {
  return Math.max(14, Math.round(widthPx));
}
