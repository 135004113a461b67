// The deletion log: owners record each row they delete, in the same transaction, so a deletion can travel.
import type { SteadyweekDb, TableName } from '../db/schema';

/** Run inside the owner's rw transaction, which must include 'deletions'. */
async function recordDeletions(
  db: SteadyweekDb,
  table: Exclude<TableName, 'deletions'>,
  ids: readonly string[],
  deletedAtEpochMs: number,
): Promise<void> {
  if (ids.length === 0) return;
  await db.deletions.bulkPut(ids.map((id) => ({ table, id, deletedAtEpochMs })));
}

/** Deletes rows by key and records them; run inside a rw transaction over the table and 'deletions'. */
export async function deleteRows(
  db: SteadyweekDb,
  table: Exclude<TableName, 'deletions'>,
  ids: readonly string[],
  deletedAtEpochMs: number,
): Promise<void> {
  await db.table(table).bulkDelete([...ids]);
  await recordDeletions(db, table, ids, deletedAtEpochMs);
}
