// Writes a checked import in one rw transaction over every table: replace everything, or merge by key
// (the newer `updatedAtEpochMs` wins; a deletion newer than a row deletes it). References are checked on
// the result before the first write, row counts after the last; any failure aborts the whole transaction.
import type { DeletionRow, SteadyweekDb, TableName } from '../../db/schema';
import { recheckPlans, standingOf } from '../supplement/supplement-repository';
import type { ExportFile } from './export-file';
import { ImportError } from './parse-import';
import { DATA_TABLES, keyOfRow, type DataTable, type Row, type Tables } from './tables';

export type ImportMode = 'replace' | 'merge';

export interface TableReport {
  /** Rows in the file. */
  inFile: number;
  /** Rows written from the file (new or newer than the ones here). */
  written: number;
  /** Merge: rows of the file not taken because the row here is as new or newer. */
  keptHere: number;
  /** Merge: rows of the file not taken because a later deletion (here or in the file) removed them. */
  skippedDeleted: number;
  /** Rows here removed: all of them on replace; on merge, those a newer deletion in the file removed. */
  removed: number;
  /** Rows after the import. */
  total: number;
}

export interface ImportReport {
  mode: ImportMode;
  tables: Record<DataTable, TableReport>;
  deletions: number;
  /** Active plans held after the import's upper-limit re-check (their doses are paused). */
  heldPlans: number;
}

const deletionKey = (table: string, id: string) => `${table}\u0000${id}`;
const updatedAt = (row: Row) => (typeof row.updatedAtEpochMs === 'number' ? row.updatedAtEpochMs : 0);

/** Each rule names the reference, the table it points to and how to read the key from a row. */
const references: { from: DataTable; to: DataTable; what: string; key: (row: Row) => unknown }[] = [
  { from: 'titrationPlans', to: 'products', what: 'product', key: (row) => row.productId },
  { from: 'doses', to: 'products', what: 'product', key: (row) => row.productId },
  { from: 'doses', to: 'titrationPlans', what: 'plan', key: (row) => row.planId },
  { from: 'completions', to: 'routines', what: 'routine', key: (row) => row.routineId },
  {
    from: 'routines',
    to: 'titrationPlans',
    what: 'plan',
    key: (row) => (row.source as { planId?: string } | null)?.planId,
  },
];

/**
 * Every reference resolves in the result, so no dose belongs to a plan that is not there (a deleted one)
 * and no completion to a routine that is gone. Meal items may name a food or recipe deleted since: the
 * app shows those as removed, as it does without an import, so they are not refused.
 */
export function checkReferences(tables: Tables): void {
  const keys = new Map<DataTable, Set<string>>();
  const keysOf = (table: DataTable) => {
    let set = keys.get(table);
    if (!set) keys.set(table, (set = new Set(tables[table].map((row) => keyOfRow(table, row)))));
    return set;
  };
  for (const rule of references) {
    for (const row of tables[rule.from]) {
      const key = rule.key(row);
      if (key === null || key === undefined) continue;
      if (!keysOf(rule.to).has(String(key))) {
        throw new ImportError(
          `A row of ${rule.from} ("${keyOfRow(rule.from, row)}") belongs to ${rule.what} "${String(key)}", which is not there (deleted, or missing from the file). Nothing was imported; your data is as it was.`,
        );
      }
    }
  }
}

interface Plan {
  result: Tables;
  deletions: DeletionRow[];
  /** Per table: rows to put and keys to delete (merge), or everything (replace). */
  puts: Record<DataTable, Row[]>;
  removes: Record<DataTable, string[]>;
  report: ImportReport;
}

const emptyReport = (inFile: number): TableReport => ({
  inFile,
  written: 0,
  keptHere: 0,
  skippedDeleted: 0,
  removed: 0,
  total: 0,
});

function planReplace(file: ExportFile, here: Record<DataTable, number>): Plan {
  const tables = {} as ImportReport['tables'];
  for (const table of DATA_TABLES) {
    tables[table] = {
      ...emptyReport(file.tables[table].length),
      written: file.tables[table].length,
      removed: here[table],
      total: file.tables[table].length,
    };
  }
  return {
    result: file.tables,
    deletions: file.deletions,
    puts: file.tables,
    removes: Object.fromEntries(DATA_TABLES.map((t) => [t, []])) as unknown as Record<DataTable, string[]>,
    report: { mode: 'replace', tables, deletions: file.deletions.length, heldPlans: 0 },
  };
}

/** Merge by key: the newest of the row here, the file's row and a deletion on either side wins. */
export function planMerge(file: ExportFile, here: Tables, hereDeletions: DeletionRow[]): Plan {
  const deletions = new Map<string, DeletionRow>();
  for (const d of [...hereDeletions, ...file.deletions]) {
    const key = deletionKey(d.table, d.id);
    const known = deletions.get(key);
    if (!known || d.deletedAtEpochMs > known.deletedAtEpochMs) deletions.set(key, d);
  }
  const deletedAt = (table: DataTable, id: string) => deletions.get(deletionKey(table, id))?.deletedAtEpochMs;
  // A deletion at or after a row's last write removes it; a row written after the deletion survives it.
  const deletes = (table: DataTable, row: Row) => {
    const at = deletedAt(table, keyOfRow(table, row));
    return at !== undefined && at >= updatedAt(row);
  };

  const result = {} as Tables;
  const puts = {} as Record<DataTable, Row[]>;
  const removes = {} as Record<DataTable, string[]>;
  const tables = {} as ImportReport['tables'];
  for (const table of DATA_TABLES) {
    const report = emptyReport(file.tables[table].length);
    const merged = new Map<string, Row>();
    const taken = new Set<Row>();
    for (const row of here[table]) merged.set(keyOfRow(table, row), row);
    puts[table] = [];
    removes[table] = [];
    for (const row of file.tables[table]) {
      const key = keyOfRow(table, row);
      const mine = merged.get(key);
      if (deletes(table, row)) report.skippedDeleted += 1;
      else if (mine && updatedAt(mine) >= updatedAt(row)) report.keptHere += 1;
      else {
        merged.set(key, row);
        puts[table].push(row);
        taken.add(row);
        report.written += 1;
      }
    }
    for (const [key, row] of merged) {
      if (!deletes(table, row)) continue;
      merged.delete(key);
      if (taken.has(row)) continue;
      removes[table].push(key);
      report.removed += 1;
    }
    result[table] = [...merged.values()];
    report.total = result[table].length;
    tables[table] = report;
  }
  return {
    result,
    deletions: [...deletions.values()],
    puts,
    removes,
    report: { mode: 'merge', tables, deletions: file.deletions.length, heldPlans: 0 },
  };
}

export interface ApplyOptions {
  nowEpochMs: number;
}

/** Writes `file` (already checked by `parseImport`) into `db`; the report says what came in and what did not. */
export async function applyImport(
  db: SteadyweekDb,
  file: ExportFile,
  mode: ImportMode,
  { nowEpochMs }: ApplyOptions,
): Promise<ImportReport> {
  const all: TableName[] = [...DATA_TABLES, 'deletions'];
  // One rw transaction over every table; the database opens every transaction with strict durability.
  return db.transaction('rw', all, async () => {
    // Replace needs only how many rows go; merge needs every row here to compare.
    const read = <T>(each: (table: DataTable) => Promise<T>) =>
      Promise.all(DATA_TABLES.map(each)).then(
        (values) =>
          Object.fromEntries(DATA_TABLES.map((table, i) => [table, values[i]])) as Record<DataTable, T>,
      );
    const plan =
      mode === 'replace'
        ? planReplace(file, await read((table) => db.table(table).count()))
        : planMerge(file, await read((table) => db.table(table).toArray()), await db.deletions.toArray());
    checkReferences(plan.result);

    if (mode === 'replace') for (const table of all) await db.table(table).clear();
    else await db.deletions.clear();
    for (const table of DATA_TABLES) {
      if (plan.removes[table].length > 0) await db.table(table).bulkDelete(plan.removes[table]);
      if (plan.puts[table].length === 0) continue;
      // Into emptied tables, add: a put makes Dexie read each key's old row first (for its change
      // events), which cost about as much again as the writes themselves.
      if (mode === 'replace') await db.table(table).bulkAdd(plan.puts[table]);
      else await db.table(table).bulkPut(plan.puts[table]);
    }
    await db.deletions.bulkPut(plan.deletions);

    // The counts the plan expects, read back inside the transaction: any difference aborts it.
    for (const table of DATA_TABLES) {
      const stored = await db.table(table).count();
      if (stored !== plan.result[table].length) {
        throw new ImportError(
          `After writing, ${table} held ${stored} rows instead of ${plan.result[table].length}; the import was undone and your data is as it was.`,
        );
      }
    }

    // The upper-limit rule holds on this path too: a plan above the limit without the matching
    // acknowledgement ends up held, exactly as any other write to a plan's inputs leaves it.
    const profile = await db.profile.get('me');
    if (profile) {
      await recheckPlans(db, profile.lifeStage, nowEpochMs);
      for (const row of await db.titrationPlans.toArray()) {
        const product = row.active ? await db.products.get(row.productId) : undefined;
        if (product && standingOf(row, product, profile.lifeStage).kind === 'held')
          plan.report.heldPlans += 1;
      }
    }
    return plan.report;
  });
}
