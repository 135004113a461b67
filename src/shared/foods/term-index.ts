// A small inverted index over short names: exact, prefix (last word) and typo-tolerant matching.
// Why not MiniSearch: indexing 8,050 USDA names took ~230 ms (loadJSON of a prebuilt index ~80 ms)
// on the target machine, over the 100 ms start-to-searchable budget; this builds in a few ms.

export interface TermIndexOptions {
  /** Normalises one word; null drops it (stop words). Used for both names and queries. */
  processTerm: (word: string) => string | null;
}

export interface TermMatchOptions {
  /** Treat the last query word as a prefix (search as you type). */
  prefixLast: boolean;
  /** Allow one or two typos in words with no exact or prefix match. */
  fuzzy: boolean;
  /** Every query word must match (AND) or any (OR). */
  combineWith: 'AND' | 'OR';
  /** Only documents passing this are scored. */
  filter?: (doc: number) => boolean;
}

const splitWords = (text: string) => text.split(/[\s,;:/()[\]"'&+.-]+/);

export function tokenize(text: string, processTerm: TermIndexOptions['processTerm']): string[] {
  const out: string[] = [];
  for (const word of splitWords(text)) {
    const term = word ? processTerm(word) : null;
    if (term) out.push(term);
  }
  return out;
}

/** Edit distance, giving up (returning max + 1) once it must exceed `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

export interface TermIndex {
  /** Scores per document (higher is better) for the query; documents not matching are absent. */
  match(query: string, options: TermMatchOptions): Map<number, number>;
  termCount: number;
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

/**
 * `docs[i]` is a list of fields, each with a weight (e.g. the first comma segment weighs more than
 * the rest). A word scores the weight of the best field it appears in.
 */
export function buildTermIndexData(
  docs: readonly { text: string; weight: number }[][],
  processTerm: TermIndexOptions['processTerm'],
): TermIndexData {
  const postings = new Map<string, [number, number][]>();
  docs.forEach((fields, doc) => {
    const best = new Map<string, number>();
    for (const field of fields) {
      for (const term of tokenize(field.text, processTerm)) {
        if ((best.get(term) ?? 0) < field.weight) best.set(term, field.weight);
      }
    }
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

export function createTermIndex(data: TermIndexData, options: TermIndexOptions): TermIndex {
  const sortedTerms = data.terms;
  const termIds = new Map<string, number>();
  sortedTerms.forEach((term, i) => termIds.set(term, i));

  function prefixRange(prefix: string): string[] {
    let lo = 0;
    let hi = sortedTerms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedTerms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < sortedTerms.length && sortedTerms[i]!.startsWith(prefix); i += 1)
      out.push(sortedTerms[i]!);
    return out;
  }

  /** Dictionary terms a query word stands for, each with a match weight (exact 1, prefix, typo). */
  function expand(word: string, prefix: boolean, fuzzy: boolean): [string, number][] {
    const found: [string, number][] = [];
    if (termIds.has(word)) found.push([word, 1]);
    if (prefix && word.length >= 2) {
      for (const term of prefixRange(word)) {
        if (term !== word) found.push([term, 0.5 + (0.4 * word.length) / term.length]);
      }
    }
    if (found.length === 0 && fuzzy && word.length >= 4) {
      const max = word.length >= 7 ? 2 : 1;
      // Typos rarely hit the first letter; checking only those terms keeps this fast.
      for (const term of prefixRange(word[0]!)) {
        const distance = boundedEditDistance(word, term, max);
        if (distance <= max) found.push([term, 0.6 - 0.15 * distance]);
      }
    }
    return found;
  }

  return {
    termCount: sortedTerms.length,
    match(query, matchOptions) {
      const words = [...new Set(tokenize(query, options.processTerm))];
      const result = new Map<number, number>();
      if (words.length === 0) return result;
      const perWord = words.map((word, i) => {
        const scores = new Map<number, number>();
        const isLast = i === words.length - 1;
        for (const [term, matchWeight] of expand(
          word,
          matchOptions.prefixLast && isLast,
          matchOptions.fuzzy,
        )) {
          const t = termIds.get(term)!;
          for (let k = data.start[t]!; k < data.start[t + 1]!; k += 1) {
            const doc = data.docs[k]!;
            const score = data.weights[k]! * matchWeight;
            if ((scores.get(doc) ?? 0) < score) scores.set(doc, score);
          }
        }
        // One idf per query word, over everything it matched: a rare prefix completion
        // ("milk" → "milkfish") must not outrank the word itself.
        const wordIdf = Math.log(1 + data.docCount / Math.max(1, scores.size));
        for (const [doc, score] of scores) scores.set(doc, score * wordIdf);
        return scores;
      });
      if (matchOptions.combineWith === 'AND') {
        perWord.sort((a, b) => a.size - b.size);
        const [first, ...rest] = perWord;
        for (const [doc, score] of first!) {
          let total = score;
          let all = true;
          for (const other of rest) {
            const s = other.get(doc);
            if (s === undefined) {
              all = false;
              break;
            }
            total += s;
          }
          if (all && (!matchOptions.filter || matchOptions.filter(doc))) result.set(doc, total);
        }
      } else {
        for (const scores of perWord) {
          for (const [doc, score] of scores) {
            if (matchOptions.filter && !matchOptions.filter(doc)) continue;
            result.set(doc, (result.get(doc) ?? 0) + score);
          }
        }
      }
      return result;
    },
  };
}
