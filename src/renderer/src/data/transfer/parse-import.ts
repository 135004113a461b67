// Reads a file picked for import into a whole, checked export before anything is written: the encoding,
// the JSON, the envelope, the format and schema versions, every row against its owner's schema, unique keys.
import { z } from 'zod';
import { canonicalTimeZone, localDateAt } from '@shared/dates/calendar';
import { exportEnvelopeSchema, MAX_TRANSFER_BYTES } from '@shared/ipc/data-transfer';
import { rowIdSchema } from '@shared/row-fields';
import { SCHEMA_VERSION, type DeletionRow } from '../../db/schema';
import { fieldErrorsOf } from '../validation';
import { FORMAT_VERSION, type ExportFile } from './export-file';
import { migrateFormat } from './format-migrations';
import { upgradeOlderSchema, type IdbFactories } from './older-schema';
import { rowSchemasFor } from './row-schemas';
import { DATA_TABLES, keyOfRow, type DataTable, type Row, type Tables } from './tables';

/** A file that cannot be imported; `message` says why in words a person can act on. Nothing was written. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

const nothingChanged = 'Nothing was imported; your data is as it was.';
const refuse = (why: string): never => {
  throw new ImportError(`${why} ${nothingChanged}`);
};
const count = (n: number) => n.toLocaleString('en-US');

/** The whole file as text: UTF-8 without a byte-order mark, or a message naming what it is instead. */
export function decodeImportBytes(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_TRANSFER_BYTES)
    refuse('The file is over 50 MB, more than any Steadyweek export.');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    refuse(
      'The file starts with a byte-order mark (it was saved by an editor); Steadyweek exports are plain UTF-8.',
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    refuse(
      'The file is UTF-16 text; Steadyweek exports are UTF-8. Import the file Steadyweek saved, unedited.',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('The file is not UTF-8 text (another encoding, or not text at all).');
  }
}

const deletionSchema = z.object({
  table: z.enum(DATA_TABLES),
  id: rowIdSchema,
  deletedAtEpochMs: z.number().int().nonnegative().max(8.64e15),
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function firstIssue(issues: { path: PropertyKey[]; message: string }[]): string {
  const [field, message] = Object.entries(fieldErrorsOf(issues))[0] ?? ['', 'not valid'];
  return field ? `${field}: ${message}` : message;
}

/** The JSON of a file, with the first checks that need no schema: is it ours, and can this app read it. */
function readEnvelope(text: string): Record<string, unknown> {
  if (text.length > MAX_TRANSFER_BYTES) refuse('The file is over 50 MB, more than any Steadyweek export.');
  if (text.charCodeAt(0) === 0xfeff) {
    refuse(
      'The file starts with a byte-order mark (it was saved by an editor); Steadyweek exports are plain UTF-8.',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('The file is not valid JSON; it may be cut short or not a Steadyweek export.');
  }
  if (!isObject(json) || json.format !== 'steadyweek') {
    refuse(
      'This is not a Steadyweek export (its "format" is not "steadyweek"); it may come from another app.',
    );
  }
  const file = json as Record<string, unknown>;
  if (typeof file.formatVersion === 'number' && file.formatVersion > FORMAT_VERSION) {
    refuse(
      `The file was made by a newer Steadyweek (format ${file.formatVersion}; this app reads up to ${FORMAT_VERSION}). Update the app, then import it.`,
    );
  }
  const envelope = exportEnvelopeSchema.safeParse(file);
  if (!envelope.success) refuse(`The file's header is damaged (${firstIssue(envelope.error.issues)}).`);
  if (envelope.data!.schemaVersion > SCHEMA_VERSION) {
    refuse(
      `The file holds a newer database (version ${envelope.data!.schemaVersion}; this app knows ${SCHEMA_VERSION}). Update the app, then import it.`,
    );
  }
  return file;
}

/**
 * The tables and deletions as arrays, no table unknown, and (at this schema version) each table present;
 * a file from an older schema has only the tables of its version.
 */
function readTables(
  file: Record<string, unknown>,
  requireAll = true,
): { tables: Tables; deletions: unknown[] } {
  const tables = file.tables;
  if (!isObject(tables)) return refuse('The file has no tables.');
  for (const name of Object.keys(tables)) {
    if (!(DATA_TABLES as readonly string[]).includes(name))
      refuse(`The file has a table Steadyweek does not know: "${name.slice(0, 60)}".`);
  }
  for (const name of DATA_TABLES) {
    if (!requireAll && tables[name] === undefined) continue;
    if (!Array.isArray(tables[name]))
      refuse(`The table "${name}" is missing from the file (or is not a list).`);
  }
  if (!Array.isArray(file.deletions)) refuse('The list of deletions is missing from the file.');
  return { tables: tables as Tables, deletions: file.deletions as unknown[] };
}

/** The profile's zone in the file if it names a real one, else `fallback` (the database's, or UTC). */
function zoneOf(tables: Tables, fallback: string): string {
  const zone = tables.profile[0]?.timeZone;
  return typeof zone === 'string' && canonicalTimeZone(zone) !== null ? zone : fallback;
}

/** Every row against its owner's schema, keys unique, counts as the header says. Throws at the first bad row. */
function checkRows(tables: Tables, deletions: unknown[], counts: Record<string, number>, today: string) {
  const schemas = rowSchemasFor(today);
  const checked = {} as Tables;
  for (const table of DATA_TABLES) {
    const rows = tables[table];
    if (counts[table] !== rows.length) {
      refuse(
        `The header says ${count(counts[table] ?? 0)} rows of ${table} but the file holds ${count(rows.length)}; it may have been edited or cut short.`,
      );
    }
    const keys = new Set<string>();
    checked[table] = rows.map((row, index) => {
      const result = schemas[table].safeParse(row);
      const key = isObject(row) ? keyOfRow(table, row) : '?';
      if (!result.success) {
        refuse(
          `Row ${count(index + 1)} of ${table} (key "${key.slice(0, 100)}") is not valid: ${firstIssue(result.error.issues)}.`,
        );
      }
      if (keys.has(key)) refuse(`Two rows of ${table} have the same key "${key.slice(0, 100)}".`);
      keys.add(key);
      return (result as { data: Row }).data;
    });
  }
  if ((counts.deletions ?? 0) !== deletions.length) {
    refuse(
      `The header says ${count(counts.deletions ?? 0)} deletions but the file holds ${count(deletions.length)}.`,
    );
  }
  const seen = new Set<string>();
  const checkedDeletions = deletions.map((row, index) => {
    const result = deletionSchema.safeParse(row);
    if (!result.success)
      refuse(`Deletion ${count(index + 1)} is not valid: ${firstIssue(result.error.issues)}.`);
    const deletion = result.data as DeletionRow;
    const key = `${deletion.table}\u0000${deletion.id}`;
    if (seen.has(key)) refuse(`The deletion of ${deletion.table} "${deletion.id}" is listed twice.`);
    seen.add(key);
    return deletion;
  });
  return { tables: checked, deletions: checkedDeletions };
}

export interface ParseOptions {
  /** Now, for "not in the future" (logs, doses, completions and check-ins). */
  nowEpochMs: number;
  /** The zone for "today" when the file has no profile: the database's profile zone, or UTC. */
  fallbackZone: string;
  /** Where a file from an older schema is upgraded (tests: fake-indexeddb). */
  idb?: IdbFactories;
}

/**
 * The file as a whole, checked export at this app's format and schema version, or an `ImportError`.
 * Reads nothing from and writes nothing to the person's database (an older schema is upgraded in a
 * temporary database of its own).
 */
export async function parseImport(input: string | Uint8Array, options: ParseOptions): Promise<ExportFile> {
  const text = typeof input === 'string' ? input : decodeImportBytes(input);
  let file = migrateFormat(readEnvelope(text));
  const older = (file.schemaVersion as number) < SCHEMA_VERSION;
  let { tables, deletions } = readTables(file, !older);
  const counts = file.counts as Record<string, number>;
  if (older) {
    // The header's counts describe the rows as written; check them before the upgrade reshapes anything.
    for (const table of DATA_TABLES) {
      const rows = tables[table]?.length ?? 0;
      if ((counts[table] ?? 0) !== rows) {
        refuse(
          `The header says ${count(counts[table] ?? 0)} rows of ${table} but the file holds ${count(rows)}.`,
        );
      }
    }
    try {
      file = (await upgradeOlderSchema(
        file as unknown as ExportFile,
        options.nowEpochMs,
        options.idb,
      )) as unknown as Record<string, unknown>;
    } catch (error) {
      if (error instanceof ImportError) throw error;
      refuse(
        `The file is from an older Steadyweek and could not be brought up to date (${(error as Error).message}).`,
      );
    }
    ({ tables, deletions } = readTables(file));
  }
  const today = localDateAt(options.nowEpochMs, zoneOf(tables, options.fallbackZone));
  const checked = checkRows(tables, deletions, file.counts as Record<string, number>, today);
  return { ...(file as unknown as ExportFile), tables: checked.tables, deletions: checked.deletions };
}

export type { DataTable };
