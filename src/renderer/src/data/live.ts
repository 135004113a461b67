// Keeps every screen live: one map from each table to the query keys that read it, driven by Dexie's
// change events (writes in this page, in the app's other windows through Dexie's broadcast, and the
// tray's and notifications' actions, which the renderer writes like any other).
import Dexie, { type ObservabilitySet } from 'dexie';
import type { QueryClient } from '@tanstack/react-query';
import type { TableName } from '../db/schema';

/**
 * The query-key root of each table's owner. Every query key starts with one of these, and a query
 * reads only its owner's tables, so invalidating the root of a changed table refreshes every query
 * that could show the change. A table without readers (the deletion log) maps to none.
 */
export const queryRootOf = {
  profile: 'profile',
  settings: 'settings',
  routines: 'routines',
  completions: 'completions',
  appliedActions: 'completions',
  products: 'supplement',
  titrationPlans: 'supplement',
  doses: 'supplement',
  supplementSafety: 'supplement',
  checkins: 'checkins',
  mealPlan: 'meals',
  customFoods: 'meals',
  recipes: 'meals',
  mealTemplates: 'meals',
  shoppingItems: 'meals',
  sleepLogs: 'sleep',
  sleepTarget: 'sleep',
  exerciseLogs: 'exerciseLogs',
  stressLogs: 'stressLogs',
  deletions: null,
} as const satisfies Record<TableName, string | null>;

export type QueryRoot = Exclude<(typeof queryRootOf)[TableName], null>;

/** The roots to refresh for one change event; null when Dexie cannot say what changed ("all"). */
export function rootsChangedBy(parts: ObservabilitySet, databaseName: string): Set<QueryRoot> | null {
  const prefix = `idb://${databaseName}/`;
  const roots = new Set<QueryRoot>();
  for (const part of Object.keys(parts)) {
    // "all" comes when the page returns from the back-forward cache: anything may have changed.
    if (part === 'all') return null;
    if (!part.startsWith(prefix)) continue;
    const table = part.slice(prefix.length).split('/')[0] as TableName;
    const root = queryRootOf[table] as QueryRoot | null | undefined;
    if (root) roots.add(root);
  }
  return roots;
}

/** Invalidates the queries of every changed table from now on; returns the function that stops it. */
export function keepQueriesLive(queryClient: QueryClient, databaseName: string): () => void {
  const onMutated = (parts: ObservabilitySet) => {
    const roots = rootsChangedBy(parts, databaseName);
    if (roots === null) void queryClient.invalidateQueries();
    else for (const root of roots) void queryClient.invalidateQueries({ queryKey: [root] });
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on.storagemutated.unsubscribe(onMutated);
}
