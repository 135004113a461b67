// How much a person uses each food they planned or ate, as one weight for search: recent and frequent first.

export interface FoodUse {
  /** `usda:11457`, `custom:<id>`, `recipe:<id>` */
  key: string;
  lastUsedEpochMs: number;
  count: number;
}

/** A use counts fully today and half after two weeks, so last week's breakfast beats last spring's. */
const halfLifeDays = 14;
const dayMs = 86_400_000;

/** Food key → weight (count × ½ per two weeks since the last use); every used food gets a weight above 0. */
export function foodUsageWeights(uses: readonly FoodUse[], nowEpochMs: number): Map<string, number> {
  const weights = new Map<string, number>();
  for (const use of uses) {
    if (use.count <= 0) continue;
    const ageDays = Math.max(0, nowEpochMs - use.lastUsedEpochMs) / dayMs;
    // The floor keeps a food used long ago above foods never used.
    const weight = Math.max(use.count * 0.5 ** (ageDays / halfLifeDays), 1e-9);
    weights.set(use.key, (weights.get(use.key) ?? 0) + weight);
  }
  return weights;
}
