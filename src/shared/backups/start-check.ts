// What the app shows at start when its data is not as it was: the database could not open, or it is empty while the marker says it held rows.
import type { RowCounts, RowMarker } from '../ipc/data-transfer';
import { totalRowsOf } from './rotation';

export type OpenFailureKind = 'migration' | 'newer' | 'quota' | 'other';

export interface OpenFailure {
  kind: OpenFailureKind;
  /** What happened, in words a person can act on (the screen adds that the data is kept). */
  headline: string;
  /** The browser's own words, for a support request. */
  detail: string;
}

/** The fields of a Dexie or DOM error that tell what went wrong (Dexie wraps the cause in `inner`). */
export interface ErrorFacts {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
}

const factsOf = (error: unknown): ErrorFacts => (typeof error === 'object' && error !== null ? error : {});
const messageOf = (error: unknown) => String(factsOf(error).message ?? error).slice(0, 500);
const namesOf = (error: unknown): string[] => {
  const names: string[] = [];
  for (let at: unknown = error, depth = 0; at && depth < 5; at = factsOf(at).inner, depth += 1)
    if (typeof factsOf(at).name === 'string') names.push(factsOf(at).name as string);
  return names;
};

/**
 * Sorts an error from opening the database into what the failure screen says. `upgrading`: the stored
 * database was older than the schema, so an error while opening came from a migration.
 */
export function classifyOpenFailure(error: unknown, upgrading: boolean): OpenFailure {
  const names = namesOf(error);
  const detail = names.length > 0 ? `${names.join(' ← ')}: ${messageOf(error)}` : messageOf(error);
  if (names.includes('VersionError'))
    return {
      kind: 'newer',
      headline: 'Your data was saved by a newer version of Steadyweek than this one.',
      detail,
    };
  if (names.includes('QuotaExceededError'))
    return { kind: 'quota', headline: 'This computer has no room left for Steadyweek’s data.', detail };
  if (upgrading)
    return { kind: 'migration', headline: 'Steadyweek could not update your data to this version.', detail };
  return { kind: 'other', headline: 'Steadyweek could not open your data.', detail };
}

/** An empty database where the marker remembers rows: the store was wiped, so restoring comes before a fresh start. */
export function offersRestore(counts: RowCounts, marker: RowMarker | null): boolean {
  return totalRowsOf(counts) === 0 && marker !== null && totalRowsOf(marker.counts) > 0;
}

/** An existing database older than the schema is about to be upgraded: back it up first, as it is. */
export function needsPreMigrationBackup(storedIdbVersion: number | null, schemaIdbVersion: number): boolean {
  return storedIdbVersion !== null && storedIdbVersion > 0 && storedIdbVersion < schemaIdbVersion;
}
