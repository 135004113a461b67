// A small inverted index over short names: the dictionary of terms (exact, prefix, one-typo look-ups) and postings.
// Why not MiniSearch: indexing 8,050 USDA names took ~230 ms (loadJSON of a prebuilt index ~80 ms)
// on the target machine, over the 100 ms start-to-searchable budget; this builds in a few ms.
// Ranking is not done here: food-search.ts combines the postings with what it knows about food names.

/**
 * Optimal string alignment distance (edits, with a swap of two neighbouring letters as one edit, as
 * typists make it), giving up (returning max + 1) once it must exceed `max`.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

export interface TermIndex {
  termCount: number;
  /** The id of a term, or undefined when no document has it. */
  termId(term: string): number | undefined;
  /** Ids of the terms that start with `prefix` and are longer than it. */
  completions(prefix: string): number[];
  /** Whether any term starts with `prefix` and is longer than it. */
  hasCompletions(prefix: string): boolean;
  /** Ids of the terms one edit (or one swap) away from `word` that share its first letter. */
  nearTerms(word: string): number[];
  term(id: number): string;
  /** The term's postings are entries from … to - 1 of `docs` (the document) and `weights` (its weight there). */
  postingRange(id: number): [from: number, to: number];
  docs: readonly number[];
  weights: readonly number[];
}

/**
 * The index as plain arrays (so it can be built at build time and shipped as JSON): sorted terms;
 * term t's postings are entries start[t] … start[t + 1] - 1 of `docs` and `weights`.
 */
export interface TermIndexData {
  docCount: number;
  terms: string[];
  start: number[];
  docs: number[];
  weights: number[];
}

/** `docs[i]` lists document i's terms, each with its weight there (a term listed twice keeps the higher). */
export function buildTermIndexData(docs: readonly (readonly [string, number])[][]): TermIndexData {
  const postings = new Map<string, [number, number][]>();
  docs.forEach((terms, doc) => {
    const best = new Map<string, number>();
    for (const [term, weight] of terms) if ((best.get(term) ?? 0) < weight) best.set(term, weight);
    for (const [term, weight] of best) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push([doc, Math.round(weight * 1000) / 1000]);
    }
  });
  const terms = [...postings.keys()].sort();
  const data: TermIndexData = { docCount: docs.length, terms, start: [0], docs: [], weights: [] };
  for (const term of terms) {
    for (const [doc, weight] of postings.get(term)!) {
      data.docs.push(doc);
      data.weights.push(weight);
    }
    data.start.push(data.docs.length);
  }
  return data;
}

/**
 * The index in a smaller shipping form: per term its posting count, the documents as gaps from the
 * previous one (postings are in document order, so gaps are small), and each weight as one
 * character indexing a short palette.
 */
export interface PackedTermIndex {
  docCount: number;
  terms: string[];
  counts: number[];
  docGaps: number[];
  weightPalette: number[];
  weightCodes: string;
}

export function packTermIndex(data: TermIndexData): PackedTermIndex {
  const palette = [...new Set(data.weights)].sort((a, b) => a - b);
  if (palette.length > 90) throw new Error('Too many distinct weights to pack.');
  const code = new Map(palette.map((w, i) => [w, String.fromCharCode(35 + i)]));
  const docGaps: number[] = [];
  const counts: number[] = [];
  for (let t = 0; t < data.terms.length; t += 1) {
    counts.push(data.start[t + 1]! - data.start[t]!);
    let previous = 0;
    for (let k = data.start[t]!; k < data.start[t + 1]!; k += 1) {
      docGaps.push(data.docs[k]! - previous);
      previous = data.docs[k]!;
    }
  }
  return {
    docCount: data.docCount,
    terms: data.terms,
    counts,
    docGaps,
    weightPalette: palette,
    weightCodes: data.weights.map((w) => code.get(w)!).join(''),
  };
}

export function unpackTermIndex(packed: PackedTermIndex): TermIndexData {
  const docs = new Array<number>(packed.docGaps.length);
  const weights = new Array<number>(packed.docGaps.length);
  const start = [0];
  let k = 0;
  for (const count of packed.counts) {
    let previous = 0;
    for (let end = k + count; k < end; k += 1) {
      previous += packed.docGaps[k]!;
      docs[k] = previous;
      weights[k] = packed.weightPalette[packed.weightCodes.charCodeAt(k) - 35]!;
    }
    start.push(k);
  }
  return { docCount: packed.docCount, terms: packed.terms, start, docs, weights };
}

export function createTermIndex(data: TermIndexData): TermIndex {
  const sortedTerms = data.terms;
  const termIds = new Map<string, number>();
  sortedTerms.forEach((term, i) => termIds.set(term, i));

  function firstAtLeast(prefix: string): number {
    let lo = 0;
    let hi = sortedTerms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedTerms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function withPrefix(prefix: string): number[] {
    const out: number[] = [];
    for (let i = firstAtLeast(prefix); i < sortedTerms.length && sortedTerms[i]!.startsWith(prefix); i += 1)
      out.push(i);
    return out;
  }

  return {
    termCount: sortedTerms.length,
    termId: (term) => termIds.get(term),
    term: (id) => sortedTerms[id]!,
    completions: (prefix) => withPrefix(prefix).filter((id) => sortedTerms[id] !== prefix),
    hasCompletions(prefix) {
      let i = firstAtLeast(prefix);
      if (sortedTerms[i] === prefix) i += 1;
      return i < sortedTerms.length && sortedTerms[i]!.startsWith(prefix);
    },
    // Typos rarely hit the first letter; checking only those terms keeps this fast.
    nearTerms: (word) =>
      withPrefix(word[0]!).filter((id) => boundedEditDistance(word, sortedTerms[id]!, 1) === 1),
    postingRange: (id) => [data.start[id]!, data.start[id + 1]!],
    docs: data.docs,
    weights: data.weights,
  };
}
