// Reads the envelope fields of a Steadyweek export from the start of its text, without parsing the tables after them.

/** The top-level fields of the envelope (`exportEnvelopeSchema`). */
export const ENVELOPE_KEYS = [
  'format',
  'formatVersion',
  'appVersion',
  'schemaVersion',
  'exportedAt',
  'counts',
  'dateRange',
] as const;

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/**
 * The envelope's fields as plain values (for a schema to check), or null when `text` is not a JSON
 * object or ends before every envelope field was seen. Scans the top level only: each value that is
 * not an envelope field (the tables, megabytes of them) is skipped by matching brackets and strings,
 * never parsed, and the scan stops as soon as all envelope fields are in. A leading BOM is allowed.
 */
export function readEnvelopeHead(text: string): Record<string, unknown> | null {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const skipSpace = () => {
    while (at < text.length && WHITESPACE.has(text[at]!)) at += 1;
  };
  /** The end (exclusive) of the string starting at `start` (a quote), or -1 if it runs off the text. */
  const endOfString = (start: number) => {
    for (let i = start + 1; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c === 92)
        i += 1; // backslash: skip the escaped character
      else if (c === 34) return i + 1;
    }
    return -1;
  };
  /** The end (exclusive) of the JSON value starting at `start`, or -1. */
  const endOfValue = (start: number) => {
    const first = text[start];
    if (first === '"') return endOfString(start);
    if (first !== '{' && first !== '[') {
      let i = start;
      while (i < text.length && !',}] \t\n\r'.includes(text[i]!)) i += 1;
      return i < text.length ? i : -1;
    }
    let depth = 0;
    for (let i = start; i < text.length; i += 1) {
      const c = text[i];
      if (c === '"') {
        const end = endOfString(i);
        if (end < 0) return -1;
        i = end - 1;
      } else if (c === '{' || c === '[') depth += 1;
      else if (c === '}' || c === ']') {
        depth -= 1;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  };

  skipSpace();
  if (text[at] !== '{') return null;
  at += 1;
  const wanted = new Set<string>(ENVELOPE_KEYS);
  const found: Record<string, unknown> = {};
  try {
    for (;;) {
      skipSpace();
      if (text[at] === '}') return found;
      if (text[at] !== '"') return null;
      const keyEnd = endOfString(at);
      if (keyEnd < 0) return null;
      const key = JSON.parse(text.slice(at, keyEnd)) as string;
      at = keyEnd;
      skipSpace();
      if (text[at] !== ':') return null;
      at += 1;
      skipSpace();
      const valueEnd = endOfValue(at);
      if (valueEnd < 0) return null;
      if (wanted.delete(key)) {
        found[key] = JSON.parse(text.slice(at, valueEnd)) as unknown;
        if (wanted.size === 0) return found;
      }
      at = valueEnd;
      skipSpace();
      if (text[at] === ',') at += 1;
      else if (text[at] !== '}') return null;
    }
  } catch {
    // A value that is not JSON: not an export.
    return null;
  }
}
