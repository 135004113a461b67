// v3: rows ready to travel. Every row gets the `updatedAtEpochMs` that export, merge-import and a later
// sync compare (the newer write wins), the deletion log starts empty, and a plan's upper-limit
// acknowledgement becomes the figure that was confirmed.
import type { Transaction } from 'dexie';

/** Tables and the field each row's last-write time is best taken from, oldest guess last. */
export const lastWriteFields: Record<string, readonly string[]> = {
  profile: ['updatedAtEpochMs', 'createdAtEpochMs'],
  settings: ['updatedAtEpochMs'],
  routines: ['updatedAtEpochMs', 'createdAtEpochMs'],
  completions: ['updatedAtEpochMs', 'atEpochMs'],
  products: ['updatedAtEpochMs', 'createdAtEpochMs'],
  titrationPlans: ['updatedAtEpochMs', 'createdAtEpochMs'],
  doses: ['updatedAtEpochMs', 'takenAtEpochMs', 'createdAtEpochMs'],
  checkins: ['updatedAtEpochMs'],
  mealPlan: ['updatedAtEpochMs', 'createdAtEpochMs'],
  customFoods: ['updatedAtEpochMs', 'createdAtEpochMs'],
  recipes: ['updatedAtEpochMs', 'createdAtEpochMs'],
  sleepLogs: ['updatedAtEpochMs'],
  exerciseLogs: ['updatedAtEpochMs'],
  stressLogs: ['updatedAtEpochMs'],
  mealTemplates: ['updatedAtEpochMs', 'createdAtEpochMs'],
  shoppingItems: ['updatedAtEpochMs'],
  supplementSafety: ['updatedAtEpochMs', 'answeredAtEpochMs'],
  appliedActions: ['updatedAtEpochMs', 'appliedAtEpochMs'],
  sleepTarget: ['updatedAtEpochMs'],
};

export function upgradeToV3(tx: Transaction, nowEpochMs: number = Date.now()): Promise<void> {
  return Promise.all(
    Object.entries(lastWriteFields).map(([table, fields]) =>
      tx
        .table(table)
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          const known = fields.map((f) => row[f]).find((v) => typeof v === 'number' && Number.isFinite(v));
          // Rows with no time of their own are as new as the upgrade: nothing older can be claimed for them.
          row.updatedAtEpochMs = known ?? nowEpochMs;
          if (table === 'titrationPlans') {
            // v2 kept only when a limit was acknowledged, not which figure: the person confirms it again,
            // so an acknowledgement never stands for a figure nobody saw.
            delete row.upperLimitAcknowledgedAtEpochMs;
            row.upperLimitAcknowledgement = null;
          }
        }),
    ),
  ).then(() => undefined);
}
