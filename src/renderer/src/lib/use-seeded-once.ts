// When a form may take its first values from queries: once they are fresh, and then for good for that key.
import { useState } from 'react';

interface QueryState {
  isSuccess: boolean;
  isStale: boolean;
}

/**
 * True from the first render where every query holds fresh data for `key`, and true after that for the
 * same key. A form seeded from cached rows that a write elsewhere had already invalidated would keep the
 * old values (it reads them once, at mount); waiting for fresh ones avoids that, and staying true means
 * a later refresh never unmounts a draft being typed.
 */
export function useSeededOnce(key: string, ...queries: QueryState[]): boolean {
  const [seededFor, setSeededFor] = useState<string | null>(null);
  const fresh = queries.every((q) => q.isSuccess && !q.isStale);
  // Derived state, set during render (React's documented pattern for it).
  if (fresh && seededFor !== key) setSeededFor(key);
  return fresh || seededFor === key;
}
